/**
 * Gamma-Gamma predictions of spend per transaction.
 */
import { InputError, UsageError, type InputIssue } from '../../errors.js';
import type { GammaGammaParams } from './log-likelihood.js';

/** Anything carrying Gamma-Gamma parameters: a fitted model or a plain `{ params }`. */
export interface HasGammaGammaParams {
  readonly params: GammaGammaParams;
}

/**
 * Expected spend per transaction of a new (or any not-yet-observed) customer:
 * the population mean E[Z] = pγ / (q − 1) (Fader & Hardie 2013, "The
 * Gamma-Gamma Model of Monetary Value": E[Z | ν] = p/ν with
 * ν ~ Gamma(q, γ), and E[1/ν] = γ/(q − 1)).
 *
 * Throws UsageError when q ≤ 1: the heterogeneity distribution then has so
 * heavy a tail that the population mean spend is infinite, and any finite
 * number reported for it would be meaningless.
 *
 * @example
 * expectedAverageSpendNewCustomer({ params: { p: 6.25, q: 3.74, v: 15.44 } }) // ≈ 35.22
 */
export function expectedAverageSpendNewCustomer(model: HasGammaGammaParams): number {
  const { p, q, v } = checkedParams(model);
  if (!(q > 1)) {
    throw new UsageError(
      `Gamma-Gamma: q = ${q} ≤ 1, so the population mean spend pγ/(q − 1) is infinite; ` +
        'no expected spend exists for a customer without repeat purchases',
    );
  }
  return (p * v) / (q - 1);
}

/**
 * Expected spend per transaction of each customer given x repeat purchases
 * with mean value z̄ — the posterior mean of p/ν (Fader, Hardie & Lee 2005,
 * JMR 42(4); Fader & Hardie 2013, eq. 5):
 *
 *   E[Z | p, q, γ; x, z̄] = p(γ + x z̄) / (px + q − 1)
 *                        = (q − 1)/(px + q − 1) · pγ/(q − 1) + px/(px + q − 1) · z̄
 *
 * a weighted average of the population mean and the customer's own mean,
 * the weight on z̄ growing with x. For x = 0 this is the population mean
 * pγ/(q − 1) and z̄ is not read. For x > 0 and z̄ = 0 the value is the
 * z̄ → 0⁺ limit pγ/(px + q − 1) (such customers are outside the fitting
 * support but still get a finite, lower-than-average prediction).
 *
 * Throws InputError naming every row with a negative or NaN frequency, or
 * with x > 0 and a negative or non-finite z̄; UsageError when the answer
 * is infinite (px + q ≤ 1, which includes every x = 0 row when q ≤ 1).
 * The inputs are not modified.
 *
 * @example
 * conditionalExpectedAverageSpend({ params: { p: 6.25, q: 3.74, v: 15.44 } }, [2, 0], [22.35, 0])
 * // → Float64Array [≈ 24.66, ≈ 35.22]
 */
export function conditionalExpectedAverageSpend(
  model: HasGammaGammaParams,
  frequency: ArrayLike<number>,
  monetaryValue: ArrayLike<number>,
): Float64Array {
  const { p, q, v } = checkedParams(model);
  const n = frequency.length;
  if (monetaryValue.length !== n) {
    throw new InputError(
      `conditionalExpectedAverageSpend: frequency has ${n} entries but monetaryValue has ${monetaryValue.length}`,
    );
  }
  const issues: InputIssue[] = [];
  let badRows = 0;
  let infiniteRow = -1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    if (!(x >= 0) || !Number.isFinite(x)) {
      badRows++;
      if (issues.length < 100) issues.push({ row: i + 1, column: 'frequency', value: String(x), reason: 'frequency must be a finite number ≥ 0' });
      continue;
    }
    const z = x === 0 ? 0 : monetaryValue[i];
    if (!(z >= 0) || !Number.isFinite(z)) {
      badRows++;
      if (issues.length < 100) {
        issues.push({ row: i + 1, column: 'monetaryValue', value: String(z), reason: 'mean repeat spend must be a finite number ≥ 0' });
      }
      continue;
    }
    const denominator = p * x + q - 1;
    if (!(denominator > 0)) {
      if (infiniteRow < 0) infiniteRow = i;
      continue;
    }
    out[i] = (p * (v + x * z)) / denominator;
  }
  if (issues.length > 0) {
    const listed = badRows > issues.length ? ` (the first ${issues.length} are listed)` : '';
    throw new InputError(`conditionalExpectedAverageSpend: ${badRows} row(s) have invalid values${listed}`, issues);
  }
  if (infiniteRow >= 0) {
    throw new UsageError(
      `conditionalExpectedAverageSpend: q = ${q} makes the expected spend infinite for row ${infiniteRow + 1} ` +
        `(frequency ${frequency[infiniteRow]}: px + q − 1 ≤ 0); the fitted spend distribution has no finite mean there`,
    );
  }
  return out;
}

function checkedParams(model: HasGammaGammaParams): GammaGammaParams {
  const params = model?.params;
  if (!params || !(params.p > 0) || !(params.q > 0) || !(params.v > 0) || !Number.isFinite(params.p + params.q + params.v)) {
    throw new UsageError(
      `Gamma-Gamma: parameters p, q, v must be finite and > 0, got ${JSON.stringify(params ?? null)}`,
    );
  }
  return params;
}
