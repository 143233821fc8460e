/**
 * Progress and messages for long CLI work, always on stderr so stdout stays
 * machine-readable. On a TTY a step redraws one line (with a percentage when
 * the work reports one); otherwise each step prints a plain line when it
 * ends. `quiet` silences everything but warnings.
 */
import type { Writable } from 'node:stream';

/** Lets a step say how far it is: `done` of `total` units (bytes, rows …). */
export type ReportProgress = (done: number, total: number | undefined) => void;

export interface Progress {
  /** Runs `work` as a named step, reporting its duration; returns its result. */
  step<T>(label: string, work: (report: ReportProgress) => T | Promise<T>): Promise<T>;
  info(message: string): void;
  warn(message: string): void;
}

/** Redraws of a TTY progress line are at most this often. */
const REDRAW_MS = 100;

export function createProgress(options: { quiet: boolean; stream: Writable & { isTTY?: boolean } }): Progress {
  const { quiet, stream } = options;
  const tty = Boolean(stream.isTTY) && !quiet;
  const write = (text: string) => {
    if (!quiet) stream.write(text);
  };
  return {
    async step(label, work) {
      const started = performance.now();
      let lastDraw = 0;
      const report: ReportProgress = (done, total) => {
        const now = performance.now();
        if (!tty || total === undefined || total <= 0 || now - lastDraw < REDRAW_MS) return;
        lastDraw = now;
        stream.write(`\r\x1b[2K… ${label} ${Math.min(100, Math.floor((100 * done) / total))}%`);
      };
      if (tty) write(`… ${label}`);
      const result = await work(report);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      write(tty ? `\r\x1b[2K✓ ${label} (${seconds} s)\n` : `${label}: done in ${seconds} s\n`);
      return result;
    },
    info(message) {
      write(`${message}\n`);
    },
    warn(message) {
      stream.write(`warning: ${message}\n`);
    },
  };
}
