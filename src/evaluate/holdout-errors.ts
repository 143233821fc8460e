import { InputError } from '../errors.js';

/** How far per-customer predictions of holdout purchases are from what happened. */
export interface HoldoutErrors {
  readonly customers: number;
  /** Mean absolute error per customer: (1/n) Σ |ŷᵢ − yᵢ|. */
  readonly mae: number;
  /** Root mean squared error per customer: √((1/n) Σ (ŷᵢ − yᵢ)²). */
  readonly rmse: number;
  /** Σ ŷᵢ: purchases the model expects across the whole base. */
  readonly totalPredicted: number;
  /** Σ yᵢ: purchases that happened. */
  readonly totalActual: number;
  /** Σ ŷᵢ − Σ yᵢ (positive = the model over-forecasts). */
  readonly totalError: number;
  /** (Σ ŷᵢ − Σ yᵢ) / Σ yᵢ; NaN when nothing was bought. */
  readonly relativeTotalError: number;
}

/**
 * Compares predicted with actual holdout purchases, per customer (MAE, RMSE)
 * and in aggregate (total error) — the two views Fader, Hardie & Lee (2005,
 * §4, "Counting your customers the easy way") use: individual forecasts are
 * noisy, yet the cohort total should be close.
 *
 * One pass, plain double sums: terms are O(1) per customer, so rounding stays
 * far below the statistical noise even for 10⁷ customers.
 *
 * Example: `holdoutErrors(Float64Array.of(1, 2), Float64Array.of(0, 4))`
 * → mae 1.5, rmse √2.5 ≈ 1.581, totalError −1.
 *
 * @throws InputError when the arrays differ in length, are empty, or hold a non-finite value.
 */
export function holdoutErrors(predicted: ArrayLike<number>, actual: ArrayLike<number>): HoldoutErrors {
  const n = predicted.length;
  if (actual.length !== n) {
    throw new InputError(`holdoutErrors: ${n} predictions but ${actual.length} actual counts`, [
      { reason: 'predicted and actual must have one entry per customer' },
    ]);
  }
  if (n === 0) {
    throw new InputError('holdoutErrors: no customers to evaluate', [{ reason: 'empty input' }]);
  }
  let absSum = 0;
  let sqSum = 0;
  let totalPredicted = 0;
  let totalActual = 0;
  for (let i = 0; i < n; i++) {
    const p = predicted[i];
    const a = actual[i];
    if (!Number.isFinite(p) || !Number.isFinite(a)) {
      throw new InputError('holdoutErrors: non-finite value', [
        { row: i + 1, column: Number.isFinite(p) ? 'actual' : 'predicted', value: String(Number.isFinite(p) ? a : p), reason: 'must be a finite number' },
      ]);
    }
    const d = p - a;
    absSum += Math.abs(d);
    sqSum += d * d;
    totalPredicted += p;
    totalActual += a;
  }
  const totalError = totalPredicted - totalActual;
  return {
    customers: n,
    mae: absSum / n,
    rmse: Math.sqrt(sqSum / n),
    totalPredicted,
    totalActual,
    totalError,
    relativeTotalError: totalActual === 0 ? Number.NaN : totalError / totalActual,
  };
}
