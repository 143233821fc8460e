/**
 * `npm run bench`: runs every benchmark script in this folder as its own Node
 * process (so each reports its own peak memory), collects the JSON lines they
 * print, and prints a Markdown table for the README.
 *
 * Files starting with "_" are shared modules or slow reports, not benchmarks.
 *
 * Usage: node dist/test/bench/run-all.js [name-filter]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface BenchRow {
  name: string;
  ms: number;
  peakRssMb?: number;
  [key: string]: unknown;
}

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const scripts = readdirSync(here)
  .filter((file) => file.endsWith('.js') && file !== 'run-all.js' && !file.startsWith('_'))
  .filter((file) => !filter || file.includes(filter))
  .sort();

const rows: BenchRow[] = [];
for (const script of scripts) {
  process.stderr.write(`running ${script}\n`);
  const result = spawnSync(process.execPath, ['--expose-gc', join(here, script)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(`${script} failed with exit code ${String(result.status)}\n`);
    process.exitCode = 1;
  }
  for (const line of result.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      rows.push(JSON.parse(line) as BenchRow);
    } catch {
      // a non-JSON line that happens to start with "{" is not a result
    }
  }
}

const describe = (row: BenchRow) =>
  Object.entries(row)
    .filter(([key]) => !['name', 'ms', 'peakRssMb'].includes(key))
    .map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(', ');

console.log('| benchmark | time | peak RSS | details |');
console.log('|---|---:|---:|---|');
for (const row of rows) {
  const time = row.ms >= 1000 ? `${(row.ms / 1000).toFixed(2)} s` : `${row.ms.toFixed(0)} ms`;
  const rss = row.peakRssMb === undefined ? '' : `${row.peakRssMb.toFixed(0)} MB`;
  console.log(`| ${row.name} | ${time} | ${rss} | ${describe(row)} |`);
}
