import { DAYS_PER_UNIT, type TimeUnit } from '../../data/time-unit.js';
import { UsageError } from '../../errors.js';
import { createRandom, type RandomSource } from '../../math/random-source.js';
import { sampleBeta } from '../../math/sample-beta.js';
import { sampleGamma } from '../../math/sample-gamma.js';
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
  const { n, horizon, unit, random, perDay } = setUp(params, options);
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const observed = observedLength(horizon(i), perDay);
    let x = 0;
    let last = 0;
    simulateCustomer(random, params, observed, perDay, (time) => {
      if (time > last) {
        x++;
        last = time;
      }
    });
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
  const { n, horizon, unit, random, perDay } = setUp(params, options);
  const offsets = new Int32Array(n + 1);
  const T = new Float64Array(n);
  let times = new Float64Array(Math.max(16, 2 * n));
  let used = 0;
  const push = (value: number): void => {
    if (used === times.length) {
      const grown = new Float64Array(times.length * 2);
      grown.set(times);
      times = grown;
    }
    times[used++] = value;
  };
  for (let i = 0; i < n; i++) {
    const observed = observedLength(horizon(i), perDay);
    push(0);
    let last = 0;
    simulateCustomer(random, params, observed, perDay, (time) => {
      if (time > last) {
        push(perDay ? time / perDay : time);
        last = time;
      }
    });
    offsets[i + 1] = used;
    T[i] = perDay ? observed / perDay : observed;
  }
  return { offsets, times: times.slice(0, used), T, unit };
}

function setUp(params: BgnbdParams, options: SimulateBgnbdOptions) {
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
  const perDay = options.wholeDays ? DAYS_PER_UNIT[unit] : 0;
  return { n, horizon, unit, random: createRandom(options.seed), perDay };
}

/** T in days (whole, ≥ 1) when simulating at day resolution, else T unchanged. */
function observedLength(T: number, perDay: number): number {
  return perDay ? Math.max(1, Math.floor(T * perDay)) : T;
}

/**
 * One customer: calls `onPurchase(time)` for each observed repeat purchase in
 * order; time is in the unit, or in whole days (⌊τ⌋) when perDay > 0.
 * Always draws λ, p first so customers stay aligned across variants.
 */
function simulateCustomer(
  random: RandomSource,
  params: BgnbdParams,
  observed: number,
  perDay: number,
  onPurchase: (time: number) => void,
): void {
  const lambda = sampleGamma(random, params.r, params.alpha);
  const p = sampleBeta(random, params.a, params.b);
  const limit = perDay ? (observed + 1) / perDay : observed; // last observed day is day `observed`
  let time = 0;
  for (;;) {
    time += -Math.log(random.nextOpen()) / lambda;
    if (!(time <= limit) || time === Number.POSITIVE_INFINITY) return;
    if (perDay) {
      const day = Math.floor(time * perDay);
      if (day > observed) return;
      onPurchase(day);
    } else {
      onPurchase(time);
    }
    if (random.next() < p) return;
  }
}
