/**
 * Benchmark: fitting BG/NBD to 100k and 1M simulated customers (seeded), with
 * continuous times (≈ every customer a distinct pattern) and with whole-day
 * times (shared patterns collapse). Reference: python lifetimes takes ≈ 9.6 s
 * for 1M customers. Prints one JSON line per case.
 *
 * Run: npm run build && node dist/test/bench/bgnbd-fit.js
 */
import { createRandom } from '../../src/math/random-source.js';
import { fitBgnbd } from '../../src/models/bgnbd/fit.js';
import { simulateBgnbd } from '../../src/models/bgnbd/simulate.js';
import type { BgnbdModel } from '../../src/models/bgnbd/bgnbd-model.js';
import { measure } from './_measure.js';

const TRUTH = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** Customer ages uniform on [1, 78] weeks (a 1.5-year acquisition window), continuous. */
function ages(customers: number, seed: number): Float64Array {
  const random = createRandom(seed);
  return new Float64Array(customers).map(() => 1 + 77 * random.next());
}

/** Runs `work` and also reports its CPU time (wall time is inflated when the machine is shared). */
function withCpu<T>(work: () => T): () => { result: T; cpuMs: number } {
  return () => {
    const started = process.cpuUsage();
    const result = work();
    const used = process.cpuUsage(started);
    return { result, cpuMs: Math.round((used.user + used.system) / 1000) };
  };
}

const details = ({ result: model, cpuMs }: { result: BgnbdModel; cpuMs: number }) => ({
  cpuMs,
  customers: model.provenance.customers,
  patterns: model.provenance.patterns,
  params: Object.fromEntries(Object.entries(model.params).map(([k, v]) => [k, Number(v.toPrecision(5))])),
  converged: model.converged,
  iterations: model.diagnostics.iterations,
  fitMs: Math.round(model.diagnostics.elapsedMs),
});

for (const customers of [100_000, 1_000_000]) {
  for (const wholeDays of [false, true]) {
    const data = simulateBgnbd(TRUTH, { customers, T: ages(customers, 7), seed: 2005, wholeDays });
    const label = `${customers >= 1_000_000 ? `${customers / 1_000_000}M` : `${customers / 1000}k`} (${wholeDays ? 'whole days' : 'continuous'})`;
    // Warm-up on the same data so the timed run measures steady-state code, not JIT compilation.
    await measure(`bgnbd fit ${label}`, withCpu(() => fitBgnbd(data)), details, { warmup: true });
  }
}
