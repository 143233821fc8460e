import { DAYS_PER_UNIT, type TimeUnit } from '../../data/time-unit.js';
import { UsageError } from '../../errors.js';
import { createRandom, type RandomSource } from '../../math/random-source.js';
import { createGammaSampler } from '../../math/create-gamma-sampler.js';
import type { BgnbdParams } from './bgnbd-model.js';

/** Options of {@link simulateBgnbd} and {@link simulateBgnbdTransactions}. */
export interface SimulateBgnbdOptions {
  readonly customers: number;
  /** Observation length per customer (first purchase → end), one for all or one each, in `unit`. */
  readonly T: number | Float64Array;
  /** Seed of the xoshiro128** stream; same seed → same data. */
  readonly seed: number;
  /** Time unit of T and of the parameters' α. Default 'week'. */
  readonly unit?: TimeUnit;
  /**
   * Record purchases at day resolution, as real transaction logs are: a
   * purchase at continuous time τ falls on day ⌊τ⌋, T is cut to whole days,
   * and same-day purchases merge (x counts distinct purchase days after the
   * first). Default false (exact continuous times).
   */
  readonly wholeDays?: boolean;
}

/** Simulated customer summaries (in `unit`). */
export interface SimulatedRfm {
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
  readonly unit: TimeUnit;
}

/** Simulated purchase histories: customer i's times are `times[offsets[i] .. offsets[i+1])`, the first being 0. */
export interface SimulatedTransactions {
  readonly offsets: Int32Array;
  readonly times: Float64Array;
  readonly T: Float64Array;
  readonly unit: TimeUnit;
}

/**
 * Simulates customers from the BG/NBD generative story (Fader, Hardie & Lee
 * 2005, §3): each customer draws λ ~ Gamma(r, rate α) and p ~ Beta(a, b),
 * makes a first purchase at time 0, then purchases as a Poisson process
 * with rate λ; after each repeat purchase they drop out with probability p.
 * Purchases after T are not observed. Returns (x, t_x, T) per customer.
 *
 * Deterministic for a given seed (xoshiro128**, Marsaglia–Tsang gamma draws);
 * used for parameter-recovery tests and benchmarks.
 *
 * Example: simulateBgnbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   { customers: 10_000, T: 39, seed: 1 }) → mean frequency ≈ 1.2 (E[X(39)] = 1.197).
 */
export function simulateBgnbd(params: BgnbdParams, options: SimulateBgnbdOptions): SimulatedRfm {
  const simulation = setUp(params, options);
  const { n, horizon, unit, perDay } = simulation;
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const observed = observedLength(horizon(i), perDay);
    const x = simulateCustomer(simulation, observed);
    const last = x > 0 ? simulation.times[x - 1] : 0;
    frequency[i] = x;
    recency[i] = perDay ? last / perDay : last;
    T[i] = perDay ? observed / perDay : observed;
  }
  return { frequency, recency, T, unit };
}

/**
 * Like {@link simulateBgnbd} but returns each customer's purchase times
 * (first purchase at 0; with `wholeDays`, distinct whole days in `unit`).
 * Same seed → the same customers as `simulateBgnbd`.
 *
 * Example: const s = simulateBgnbdTransactions(params, { customers: 3, T: 52, seed: 7 });
 * s.times.subarray(s.offsets[0], s.offsets[1]) → [0, 3.1, 17.8] (for instance).
 */
export function simulateBgnbdTransactions(params: BgnbdParams, options: SimulateBgnbdOptions): SimulatedTransactions {
  const simulation = setUp(params, options);
  const { n, horizon, unit, perDay } = simulation;
  const offsets = new Int32Array(n + 1);
  const T = new Float64Array(n);
  let out = new Float64Array(Math.max(16, 2 * n));
  let used = 0;
  for (let i = 0; i < n; i++) {
    const observed = observedLength(horizon(i), perDay);
    const x = simulateCustomer(simulation, observed);
    if (used + x + 1 > out.length) {
      const grown = new Float64Array(Math.max(2 * out.length, used + x + 1));
      grown.set(out);
      out = grown;
    }
    out[used++] = 0;
    for (let k = 0; k < x; k++) out[used++] = perDay ? simulation.times[k] / perDay : simulation.times[k];
    offsets[i + 1] = used;
    T[i] = perDay ? observed / perDay : observed;
  }
  return { offsets, times: out.slice(0, used), T, unit };
}

/** Random source, per-shape gamma samplers and a reusable buffer of one customer's purchase times. */
interface Simulation {
  readonly n: number;
  readonly horizon: (i: number) => number;
  readonly unit: TimeUnit;
  readonly perDay: number;
  readonly alpha: number;
  readonly random: RandomSource;
  readonly gammaR: () => number;
  readonly gammaA: () => number;
  readonly gammaB: () => number;
  times: Float64Array;
}

function setUp(params: BgnbdParams, options: SimulateBgnbdOptions): Simulation {
  for (const name of ['r', 'alpha', 'a', 'b'] as const) {
    const v = params[name];
    if (!(Number.isFinite(v) && v > 0)) throw new UsageError(`simulateBgnbd: ${name} must be finite and > 0, got ${v}`);
  }
  const n = options.customers;
  if (!(Number.isInteger(n) && n >= 0)) throw new UsageError(`simulateBgnbd: customers must be a whole number ≥ 0, got ${n}`);
  const t = options.T;
  if (typeof t !== 'number' && t.length !== n) throw new UsageError(`simulateBgnbd: ${t.length} values of T for ${n} customers`);
  const horizon = typeof t === 'number' ? () => t : (i: number) => t[i];
  for (let i = 0; i < (typeof t === 'number' ? 1 : n); i++) {
    if (!(Number.isFinite(horizon(i)) && horizon(i) > 0)) {
      throw new UsageError(`simulateBgnbd: T must be finite and > 0, got ${horizon(i)}`);
    }
  }
  const unit = options.unit ?? 'week';
  const random = createRandom(options.seed);
  return {
    n,
    horizon,
    unit,
    perDay: options.wholeDays ? DAYS_PER_UNIT[unit] : 0,
    alpha: params.alpha,
    random,
    gammaR: createGammaSampler(random, params.r),
    gammaA: createGammaSampler(random, params.a),
    gammaB: createGammaSampler(random, params.b),
    times: new Float64Array(64),
  };
}

/** T in days (whole, ≥ 1) when simulating at day resolution, else T unchanged. */
function observedLength(T: number, perDay: number): number {
  return perDay ? Math.max(1, Math.floor(T * perDay)) : T;
}

/**
 * One customer: draws λ ~ Gamma(r, α), p ~ Beta(a, b) (as G_a/(G_a + G_b)),
 * then exponential gaps and a dropout coin after each purchase. Writes the
 * observed repeat-purchase times (in the unit, or distinct whole days when
 * perDay > 0) to `simulation.times` and returns how many there are.
 */
function simulateCustomer(simulation: Simulation, observed: number): number {
  const { random, perDay } = simulation;
  const lambda = simulation.gammaR() / simulation.alpha;
  const ga = simulation.gammaA();
  const p = ga / (ga + simulation.gammaB());
  const limit = perDay ? (observed + 1) / perDay : observed; // with days, the last observed day is day `observed`
  let count = 0;
  let last = 0;
  let time = 0;
  for (;;) {
    time -= Math.log(random.nextOpen()) / lambda;
    if (!(time <= limit)) return count;
    const recorded = perDay ? Math.floor(time * perDay) : time;
    if (perDay && recorded > observed) return count;
    if (recorded > last) {
      if (count === simulation.times.length) {
        const grown = new Float64Array(2 * count);
        grown.set(simulation.times);
        simulation.times = grown;
      }
      simulation.times[count++] = recorded;
      last = recorded;
    }
    if (random.next() < p) return count;
  }
}
