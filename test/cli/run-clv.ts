/**
 * Spawns the built `clv` (dist/src/cli/main.js) as a real process, as users
 * and batch jobs run it. `npm test` builds first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLV = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

export interface ClvRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runClv(args: readonly string[], options: { input?: string; cwd?: string } = {}): ClvRun {
  if (!existsSync(CLV)) throw new Error(`${CLV} is missing: run \`npm run build\` (npm test does it)`);
  const result = spawnSync(process.execPath, [CLV, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The options that read datasets/CDNOW_sample.txt (whitespace-separated, no header). */
export const CDNOW_READ_ARGS = [
  '--delimiter', 'whitespace', '--no-header', '--columns', 'master_id,customer_id,date,cds,amount',
  '--amount-col', 'amount', '--date-format', 'yyyyMMdd',
] as const;

/** Parses simple CSV output (no quoted commas) into records. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => {
    const fields = line.split(',');
    return Object.fromEntries(names.map((name, i) => [name, fields[i]]));
  });
}
