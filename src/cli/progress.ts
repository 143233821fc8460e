/**
 * Progress and messages for long CLI work, always on stderr so stdout stays
 * machine-readable. On a TTY a step redraws one line; otherwise each step
 * prints a plain line when it ends. `quiet` silences everything but warnings.
 */
import type { Writable } from 'node:stream';

export interface Progress {
  /** Runs `work` as a named step, reporting its duration; returns its result. */
  step<T>(label: string, work: () => T | Promise<T>): Promise<T>;
  info(message: string): void;
  warn(message: string): void;
}

export function createProgress(options: { quiet: boolean; stream: Writable & { isTTY?: boolean } }): Progress {
  const { quiet, stream } = options;
  const tty = Boolean(stream.isTTY);
  const write = (text: string) => {
    if (!quiet) stream.write(text);
  };
  return {
    async step(label, work) {
      const started = performance.now();
      if (tty) write(`… ${label}`);
      const result = await work();
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
