import { InputError, type InputIssue } from '../../errors.js';

const MAX_ISSUES = 1000;

/**
 * Checks that (frequency, recency, T) are a valid BG/NBD customer summary and
 * throws one {@link InputError} listing every bad row (up to 1000), each
 * with its 1-based row, column, value and reason:
 * - frequency x: a finite integer ≥ 0 (repeat purchase periods);
 * - recency t_x: finite, 0 ≤ t_x ≤ T; 0 when x = 0 and > 0 when x > 0
 *   (anything else means the summary was built wrongly);
 * - T: finite and ≥ 0. T = 0 is a customer first seen on the last day: its
 *   likelihood contribution is exactly 1 (log 0) and its predictions are
 *   those of a brand-new customer, so it is scored, not rejected.
 * `who` names the calling function in the message.
 *
 * Example: validateRfm('fitBgnbd', [1], [5], [3]) throws
 * "fitBgnbd: 1 invalid customer row … row 1, column recency: recency exceeds T (3)".
 */
export function validateRfm(
  who: string,
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  T: ArrayLike<number>,
  customerId?: readonly string[],
): void {
  const n = frequency.length;
  if (recency.length !== n || T.length !== n) {
    throw new InputError(`${who}: frequency, recency and T differ in length (${n}, ${recency.length}, ${T.length})`);
  }
  const issues: InputIssue[] = [];
  let bad = 0;
  const report = (i: number, column: string, value: number, reason: string): void => {
    bad++;
    if (issues.length < MAX_ISSUES) {
      const who = customerId?.[i] !== undefined ? ` (customer ${customerId[i]})` : '';
      issues.push({ row: i + 1, column, value: String(value), reason: reason + who });
    }
  };
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const tx = recency[i];
    const t = T[i];
    if (!Number.isInteger(x) || x < 0) {
      report(i, 'frequency', x, 'frequency must be a whole number ≥ 0');
      continue;
    }
    if (!(Number.isFinite(t) && t >= 0)) {
      report(i, 'T', t, 'T must be a finite number ≥ 0');
      continue;
    }
    if (!(Number.isFinite(tx) && tx >= 0)) report(i, 'recency', tx, 'recency must be a finite number ≥ 0');
    else if (tx > t) report(i, 'recency', tx, `recency exceeds T (${t})`);
    else if (x === 0 && tx !== 0) report(i, 'recency', tx, 'recency must be 0 when frequency is 0');
    else if (x > 0 && tx === 0) report(i, 'recency', tx, 'recency must be > 0 when frequency > 0');
  }
  if (bad > 0) {
    throw new InputError(`${who}: ${bad} invalid customer row${bad === 1 ? '' : 's'} out of ${n}`, issues);
  }
}
