/**
 * Benchmark: transaction CSV → customer summary with summariseTransactions.
 *
 * Generates seeded synthetic logs (1M and 10M rows by default) in a temp
 * folder, then times each in a fresh Node process so that peak RSS belongs
 * to the summary alone. Prints one JSON line per run:
 * {name, rows, customers, periods, ms, cpuMs, peakRssMb, fileMb, generateMs}
 * (cpuMs counts all threads, GC included; on a busy machine ms can exceed it).
 *
 *   npm run build && node dist/test/bench/summarise-bench.js [rows …]
 *   node dist/test/bench/summarise-bench.js --generate <rows> <file>   (just write a log)
 *   node dist/test/bench/summarise-bench.js --measure <file> [name]    (just time one file)
 *
 * Synthetic log: rows in time order over two years (2019-2020), customers
 * drawn with a skewed distribution over rows/10 ids ("C" + 7 digits), so
 * buyers interleave as in a real log; amounts in cents, 1.00 to 200.00.
 * Reference point (lifetimes' summary_data_from_transaction_data on 10M rows):
 * about 20 s and 1.9 GB.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summariseTransactions } from '../../src/data/summarise-transactions.js';
import { createRandom } from '../../src/math/random-source.js';

/** A seeded uniform stream (the project's own generator, src/math/random-source). */
function seededUniform(seed: number): () => number {
  const random = createRandom(seed);
  return () => random.next();
}

/** Writes `rows` synthetic transactions as CSV bytes straight into 4 MiB buffers. */
function generateLog(path: string, rows: number, seed: number): void {
  const random = seededUniform(seed);
  const customers = Math.max(1, Math.floor(rows / 10));
  const days = 731;
  const dates: Buffer[] = [];
  for (let d = 0; d < days; d++) dates.push(Buffer.from(new Date(Date.UTC(2019, 0, 1 + d)).toISOString().slice(0, 10)));
  const fd = openSync(path, 'w');
  const size = 4 << 20;
  let buffer = Buffer.allocUnsafe(size);
  let pos = buffer.write('customer_id,date,amount\n');
  const digits = (value: number, width: number) => {
    for (let i = width - 1; i >= 0; i--) {
      buffer[pos + i] = 48 + (value % 10);
      value = Math.floor(value / 10);
    }
    pos += width;
  };
  for (let i = 0; i < rows; i++) {
    if (pos > size - 64) {
      writeSync(fd, buffer, 0, pos);
      buffer = Buffer.allocUnsafe(size);
      pos = 0;
    }
    // Skewed: u² puts more purchases on low ids (heavy buyers), all ids reachable.
    const u = random();
    const customer = Math.floor(u * u * customers);
    buffer[pos++] = 67; // C
    digits(customer, 7);
    buffer[pos++] = 44;
    pos += dates[Math.floor((i / rows) * days)].copy(buffer, pos);
    buffer[pos++] = 44;
    const cents = 100 + Math.floor(random() * 19_901);
    digits(Math.floor(cents / 100), String(Math.floor(cents / 100)).length);
    buffer[pos++] = 46;
    digits(cents % 100, 2);
    buffer[pos++] = 10;
  }
  writeSync(fd, buffer, 0, pos);
  closeSync(fd);
}

/** Child mode: summarise one file and print the measurement. */
async function measure(path: string, name: string): Promise<void> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await summariseTransactions(path, { amountCol: 'amount', unit: 'week' });
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      name,
      rows: result.stats.rows,
      customers: result.summary.numRows(),
      periods: result.stats.periods,
      ms: Math.round(ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRssMb: Math.round(peakRssMb),
      fileMb: Math.round(statSync(path).size / 1e6),
    }),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--measure') {
    await measure(args[1], args[2] ?? 'summarise');
    return;
  }
  if (args[0] === '--generate') {
    generateLog(args[2], Number(args[1]), 20_240_101 + Number(args[1]));
    return;
  }
  const sizes = args.length > 0 ? args.map(Number) : [1_000_000, 10_000_000];
  const folder = mkdtempSync(join(tmpdir(), 'clvkit-bench-'));
  try {
    for (const rows of sizes) {
      const path = join(folder, `log-${rows}.csv`);
      const generated = performance.now();
      generateLog(path, rows, 20_240_101 + rows);
      const generateMs = Math.round(performance.now() - generated);
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', path, `summarise-${rows}`], {
        stdio: ['ignore', 'pipe', 'inherit'],
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`benchmark child failed with status ${child.status}`);
      const line = JSON.parse(child.stdout.trim()) as Record<string, unknown>;
      console.log(JSON.stringify({ ...line, generateMs }));
      rmSync(path);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
