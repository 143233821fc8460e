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
import { createRandom } from '../../src/math/random-source.js';
import { sampleBeta } from '../../src/math/sample-beta.js';
import { sampleGamma } from '../../src/math/sample-gamma.js';

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

export function simulateChurnLog(options: SimulateChurnLogOptions): TransactionLog {
  const rng = createRandom(options.seed);
  const random = () => rng.next();
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
    const lambda = sampleGamma(rng, r, alpha) / 7; // per day
    let p = sampleBeta(rng, a, b);
    if (offline) p = (p * offlineDropoutOdds) / (1 - p + p * offlineDropoutOdds);
    let day = startDay + Math.floor(random() * acquisitionDays);
    let t = day;
    time.push(day);
    amount.push(sampleGamma(rng, 2, 1 / 15));
    count.push(1);
    // BG/NBD: alive through T until a repeat purchase, after which the customer drops out with probability p.
    for (;;) {
      t += -Math.log(1 - random()) / lambda;
      if (!(t < endDay + 1)) break;
      const next = Math.floor(t);
      const spend = sampleGamma(rng, 2, 1 / 15);
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
