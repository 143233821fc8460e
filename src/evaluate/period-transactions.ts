import { InputError, UsageError } from '../errors.js';

/**
 * P(X(t) = n): probability that a newly acquired customer makes exactly n
 * repeat purchases in (0, t], e.g. `(t, n) => purchaseCountPmf(model, t, n)`
 * for BG/NBD (Fader, Hardie & Lee 2005, eq. 8).
 */
export type PurchaseCountPmf = (t: number, n: number) => number;

/** One bar pair of the period-transactions histogram. */
export interface PeriodTransactionsRow {
  /** "0", "1", …, or "7+". */
  readonly label: string;
  readonly frequency: number;
  /** Customers observed with this calibration frequency. */
  readonly observed: number;
  /** Σᵢ P(X(Tᵢ) = n): customers the model expects with this frequency. */
  readonly expected: number;
}

/** Options of {@link periodTransactions}. */
export interface PeriodTransactionsOptions {
  /** First frequency pooled into the open class "k+" (default 7). */
  readonly maxFrequency?: number;
}

/**
 * The repeat-frequency histogram of the calibration period, observed versus
 * model-expected (Fader, Hardie & Lee 2005, Fig. 3): the expected number of
 * customers with n repeat purchases is Σᵢ P(X(Tᵢ) = n), each customer observed
 * for their own Tᵢ; the open class gets Σᵢ (1 − Σ_{n<k} P(X(Tᵢ) = n)), so the
 * expected bars add up to the number of customers.
 *
 * Numerical strategy: customers sharing a T (common with day-level data: one
 * value per acquisition day) are collapsed, so the pmf is evaluated
 * (distinct T) × k times rather than n × k.
 *
 * Example: with a Poisson(t) pmf, one customer at T = 1 and one at T = 2,
 * maxFrequency 1 → expected "0" = e⁻¹ + e⁻², "1+" = 2 − e⁻¹ − e⁻².
 *
 * @throws InputError on length mismatch, invalid frequency or T ≤ 0 / non-finite.
 */
export function periodTransactions(
  frequency: ArrayLike<number>,
  T: ArrayLike<number>,
  pmf: PurchaseCountPmf,
  options: PeriodTransactionsOptions = {},
): PeriodTransactionsRow[] {
  const k = options.maxFrequency ?? 7;
  if (!Number.isInteger(k) || k < 1) throw new UsageError(`periodTransactions: maxFrequency must be an integer ≥ 1, got ${k}`);
  const n = frequency.length;
  if (T.length !== n) {
    throw new InputError('periodTransactions: frequency and T differ in length', [
      { reason: `frequency ${n}, T ${T.length} entries` },
    ]);
  }
  const observed = new Float64Array(k + 1);
  const weightByT = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const t = T[i];
    if (!(x >= 0) || !Number.isFinite(x)) {
      throw new InputError('periodTransactions: invalid frequency', [
        { row: i + 1, column: 'frequency', value: String(x), reason: 'must be a finite number ≥ 0' },
      ]);
    }
    if (!(t >= 0) || !Number.isFinite(t)) {
      throw new InputError('periodTransactions: invalid T', [
        { row: i + 1, column: 'T', value: String(t), reason: 'must be a finite number ≥ 0' },
      ]);
    }
    observed[Math.min(Math.round(x), k)] += 1;
    weightByT.set(t, (weightByT.get(t) ?? 0) + 1);
  }
  const expected = new Float64Array(k + 1);
  for (const [t, weight] of weightByT) {
    let below = 0;
    for (let c = 0; c < k; c++) {
      const p = pmf(t, c);
      expected[c] += weight * p;
      below += p;
    }
    // Tail by complement; clamp at 0 so rounding in the pmf cannot make it negative.
    expected[k] += weight * Math.max(0, 1 - below);
  }
  const rows: PeriodTransactionsRow[] = [];
  for (let c = 0; c <= k; c++) {
    rows.push({ label: c === k ? `${k}+` : String(c), frequency: c, observed: observed[c], expected: expected[c] });
  }
  return rows;
}
