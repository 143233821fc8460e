/**
 * Realised revenue in each customer's first N months: the empirical payback
 * window used for per-channel CAC ceilings.
 */
import { UsageError } from '../errors.js';
import { DAYS_PER_UNIT } from '../data/time-unit.js';
import type { TransactionLog } from '../data/transaction-log.js';
import { checkPaybackMonths } from './check-economics.js';

export interface RevenueInFirstMonthsOptions {
  /** Length of the window after the first purchase, in months of 365.25/12 days (> 0). */
  readonly months: number;
  /** End of observation, in days since 1970-01-01 UTC (the log's time scale). */
  readonly observationEnd: number;
}

/**
 * Revenue of each customer in the half-open window [t₀, t₀ + N months) after
 * their first purchase t₀, first purchase included; NaN for customers whose
 * window is not fully observed (t₀ + N months > observationEnd), because a
 * censored window would understate what a customer pays back.
 *
 *   P_i = Σ_k amount_ik · 1[t_ik − t₀ᵢ < N · 365.25/12 days]   if t₀ᵢ + N months ≤ end, else NaN
 *
 * A month is 365.25/12 days (never 30). Use with margin: payback margin =
 * margin × P_i. Throws UsageError when the log has no amount column, N ≤ 0,
 * or observationEnd is not finite.
 *
 * @example
 * // first purchase day 0 ($10), another on day 20 ($5), one on day 40 ($8)
 * revenueInFirstMonths(log, { months: 1, observationEnd: 100 }) // → [15]
 * revenueInFirstMonths(log, { months: 6, observationEnd: 100 }) // → [NaN] (window ends day 182.6)
 */
export function revenueInFirstMonths(log: TransactionLog, options: RevenueInFirstMonthsOptions): Float64Array {
  const caller = 'revenueInFirstMonths';
  const { months, observationEnd } = options;
  checkPaybackMonths(caller, months);
  if (!Number.isFinite(observationEnd)) {
    throw new UsageError(`${caller}: observationEnd must be a finite day number, got ${observationEnd}`);
  }
  if (!log.hasAmount) {
    throw new UsageError(`${caller}: the transaction log has no amount column, so there is no revenue to sum`);
  }
  const windowDays = months * DAYS_PER_UNIT.month;
  const n = log.customerId.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = log.offsets[i];
    const end = log.offsets[i + 1];
    if (start === end) {
      out[i] = NaN;
      continue;
    }
    const first = log.time[start];
    if (first + windowDays > observationEnd) {
      out[i] = NaN;
      continue;
    }
    let sum = 0;
    for (let k = start; k < end && log.time[k] - first < windowDays; k++) sum += log.amount[k];
    out[i] = sum;
  }
  return out;
}
