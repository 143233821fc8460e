/**
 * Seeded simulation of a transaction log for churn tests and benchmarks
 * (shared by test/models/churn and churn-bench). Customers follow the BG/NBD
 * story (Fader, Hardie & Lee 2005, §2): purchase rate λ ~ Gamma(r, α) per
 * week, dropout probability p ~ Beta(a, b) after each purchase, exponential
 * gaps while alive. Defaults are the CDNOW estimates of that paper (Table 1:
 * r = 0.243, α = 4.414, a = 0.793, b = 2.426). An 'offline' channel
 * (half the customers) multiplies the dropout odds by `offlineDropoutOdds`,
 * so a categorical feature has something to find. Amounts are Gamma(2) × 15
 * per purchase. Same-day purchases are merged (grain 'day').
 */
import type { TransactionLog } from '../../src/data/transaction-log.js';

export interface SimulateChurnLogOptions {
  readonly customers: number;
  readonly seed: number;
  /** First day of acquisitions (days since 1970-01-01). Default 10_000. */
  readonly startDay?: number;
  /** Acquisitions are uniform over this many days. Default 84 (12 weeks, as CDNOW's Q1 cohort). */
  readonly acquisitionDays?: number;
  /** Last simulated day (inclusive). Default startDay + 546 (78 weeks). */
  readonly endDay?: number;
  readonly r?: number;
  readonly alpha?: number;
  readonly a?: number;
  readonly b?: number;
  /** Odds multiplier of p for 'offline' customers. Default 3. */
  readonly offlineDropoutOdds?: number;
}

/** mulberry32 (public domain), as in src/models/churn/seeded-random.ts; duplicated to keep the fixture independent of the code under test. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), with the shape < 1 boost U^(1/shape). */
function gamma(shape: number, random: () => number): number {
  if (shape < 1) return gamma(shape + 1, random) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      // Box–Muller normal
      x = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function simulateChurnLog(options: SimulateChurnLogOptions): TransactionLog {
  const random = generator(options.seed);
  const startDay = options.startDay ?? 10_000;
  const acquisitionDays = options.acquisitionDays ?? 84;
  const endDay = options.endDay ?? startDay + 546;
  const { r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, offlineDropoutOdds = 3 } = options;
  const offsets = new Int32Array(options.customers + 1);
  const time: number[] = [];
  const amount: number[] = [];
  const count: number[] = [];
  const channel: string[] = [];
  for (let i = 0; i < options.customers; i += 1) {
    const offline = random() < 0.5;
    channel.push(offline ? 'offline' : 'online');
    const lambda = gamma(r, random) / alpha / 7; // per day
    const ga = gamma(a, random);
    let p = ga / (ga + gamma(b, random));
    if (offline) p = (p * offlineDropoutOdds) / (1 - p + p * offlineDropoutOdds);
    let day = startDay + Math.floor(random() * acquisitionDays);
    let t = day;
    time.push(day);
    amount.push(gamma(2, random) * 15);
    count.push(1);
    // BG/NBD: alive through T until a repeat purchase, after which the customer drops out with probability p.
    for (;;) {
      t += -Math.log(1 - random()) / lambda;
      if (!(t < endDay + 1)) break;
      const next = Math.floor(t);
      const spend = gamma(2, random) * 15;
      if (next === day) {
        amount[amount.length - 1] += spend;
        count[count.length - 1] += 1;
      } else {
        day = next;
        time.push(day);
        amount.push(spend);
        count.push(1);
      }
      if (random() < p) break;
    }
    offsets[i + 1] = time.length;
  }
  return {
    customerId: Array.from({ length: options.customers }, (_, i) => String(i + 1)),
    offsets,
    time: Float64Array.from(time),
    amount: Float64Array.from(amount),
    count: Int32Array.from(count),
    grain: 'day',
    hasAmount: true,
    attributes: { channel },
  };
}
