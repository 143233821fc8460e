/**
 * Realised (historical) revenue per customer: the money already taken.
 */
import { UsageError } from '../errors.js';
import type { TransactionLog } from '../data/transaction-log.js';

/**
 * Sum of all past amounts of every customer, first purchase included, in the
 * order of `log.customerId`:
 *
 *   H_i = Σ_k amount_ik   over all purchase periods k of customer i.
 *
 * This is revenue, not margin: multiply by the margin before adding it to a
 * margin-based predicted LTV (groupCacCeilings does that for you). It is not
 * discounted: past money is counted at face value.
 *
 * Unlike the BTYD monetary value (mean of the *repeat* periods only, 0 when
 * x = 0) it includes the first purchase, so it cannot be rebuilt from
 * frequency × monetaryValue; that is why it reads the log.
 *
 * Throws UsageError when the log was read without an amount column.
 *
 * @example
 * // customer A: periods of 10 and 5; customer B: one period of 7
 * historicalValue(log) // → Float64Array [15, 7]
 */
export function historicalValue(log: TransactionLog): Float64Array {
  if (!log.hasAmount) {
    throw new UsageError('historicalValue: the transaction log has no amount column, so there is no revenue to sum');
  }
  const n = log.customerId.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = log.offsets[i]; k < log.offsets[i + 1]; k++) sum += log.amount[k];
    out[i] = sum;
  }
  return out;
}
