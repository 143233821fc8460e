import { InputError } from '../errors.js';

/** How concentrated predicted value is among the most valuable customers. */
export interface ValueConcentration {
  readonly customers: number;
  readonly totalValue: number;
  /**
   * The concentration curve: after ranking customers from most to least
   * valuable, the top `customerShare[j]` of customers hold `valueShare[j]` of
   * the total. Sampled at `points` + 1 evenly spaced customer shares 0 … 1.
   */
  readonly customerShare: Float64Array;
  readonly valueShare: Float64Array;
  /** Value share held by the top 1%, 5%, 10%, 20% and 50% of customers. */
  readonly top: readonly { readonly customerShare: number; readonly valueShare: number }[];
  /** Gini coefficient (0 = everyone equal, → 1 = one customer holds everything). */
  readonly gini: number;
}

const TOP_SHARES = [0.01, 0.05, 0.1, 0.2, 0.5];

/**
 * The value-concentration (cumulative gains / Lorenz) curve of predicted
 * customer value, the "top x% hold y%" shares marketers quote, and the Gini
 * coefficient G = 1 − 2·L̄, where L̄ is the area under the ascending Lorenz
 * curve (Gini 1912; computed exactly as G = Σᵢ (2i − n − 1) vᵢ / (n Σ v) with
 * v ascending, i = 1…n).
 *
 * The share held by a fractional number of customers q·n is interpolated
 * linearly between whole customers, so the curve is exact at its knots.
 *
 * Example: values [0, 0, 0, 10] → the top 25% hold 100%, Gini 0.75.
 *
 * @throws InputError on a negative or non-finite value, or when every value is 0 (shares are undefined).
 */
export function valueConcentration(values: ArrayLike<number>, points = 200): ValueConcentration {
  const n = values.length;
  if (n === 0) throw new InputError('valueConcentration: no customers', [{ reason: 'empty input' }]);
  const sorted = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!(v >= 0) || !Number.isFinite(v)) {
      throw new InputError('valueConcentration: values must be finite and ≥ 0', [{ row: i + 1, column: 'value', value: String(v), reason: 'must be a finite number ≥ 0' }]);
    }
    sorted[i] = v;
    total += v;
  }
  if (total === 0) throw new InputError('valueConcentration: every value is 0', [{ reason: 'shares of a zero total are undefined' }]);
  sorted.sort(); // ascending
  // cumulativeTop[m] = value of the m most valuable customers.
  const cumulativeTop = new Float64Array(n + 1);
  for (let m = 1; m <= n; m++) cumulativeTop[m] = cumulativeTop[m - 1] + sorted[n - m];
  const shareOfTop = (q: number): number => {
    const pos = q * n;
    const m = Math.min(Math.floor(pos), n - 1);
    const frac = pos - m;
    return (cumulativeTop[m] + frac * (cumulativeTop[m + 1] - cumulativeTop[m])) / total;
  };
  const customerShare = new Float64Array(points + 1);
  const valueShare = new Float64Array(points + 1);
  for (let j = 0; j <= points; j++) {
    customerShare[j] = j / points;
    valueShare[j] = Math.min(1, shareOfTop(j / points));
  }
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (2 * (i + 1) - n - 1) * sorted[i];
  return {
    customers: n,
    totalValue: total,
    customerShare,
    valueShare,
    top: TOP_SHARES.map((q) => ({ customerShare: q, valueShare: Math.min(1, shareOfTop(q)) })),
    gini: weighted / (n * total),
  };
}
