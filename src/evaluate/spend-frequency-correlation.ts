import { InputError } from '../errors.js';

/** Default |ρ| above which {@link spendFrequencyCorrelation} warns. */
export const SPEND_FREQUENCY_CORRELATION_THRESHOLD = 0.3;

/** The Gamma-Gamma independence check. */
export interface SpendFrequencyCorrelation {
  /** Pearson correlation between x and z̄ over customers with x > 0 (NaN if undefined). */
  readonly pearson: number;
  /** Customers with x > 0 used in the correlation. */
  readonly customers: number;
  readonly threshold: number;
  /** A sentence for the report when |ρ| > threshold, else null. */
  readonly warning: string | null;
}

/**
 * Pearson correlation between repeat frequency x and average repeat spend z̄
 * among repeat buyers (x > 0). The Gamma-Gamma spend model assumes z̄ is
 * independent of the purchase process (Fader, Hardie & Lee 2005, "RFM and
 * CLV", §3; Fader & Hardie 2013, "The Gamma-Gamma model of monetary value",
 * §2, which report ρ = 0.11 on CDNOW): a strong correlation means CLV =
 * E[purchases] × E[spend] double-counts or misses value.
 *
 * The warning threshold |ρ| > 0.3 is a rule of thumb (a "moderate"
 * correlation in Cohen's 1988 terms), not a test: with thousands of buyers
 * even ρ = 0.05 is "significant" yet harmless.
 *
 * Example: x = [1, 2, 3], z̄ = [10, 20, 30] → pearson 1 and a warning.
 *
 * @throws InputError on length mismatch.
 */
export function spendFrequencyCorrelation(
  frequency: ArrayLike<number>,
  monetaryValue: ArrayLike<number>,
  threshold = SPEND_FREQUENCY_CORRELATION_THRESHOLD,
): SpendFrequencyCorrelation {
  const n = frequency.length;
  if (monetaryValue.length !== n) {
    throw new InputError('spendFrequencyCorrelation: frequency and monetary value differ in length', [
      { reason: `frequency ${n}, monetary value ${monetaryValue.length} entries` },
    ]);
  }
  // Two passes (means, then centred sums) avoid the cancellation of Σxy − n·x̄·ȳ.
  let m = 0;
  let sx = 0;
  let sz = 0;
  for (let i = 0; i < n; i++) {
    if (frequency[i] > 0) {
      m += 1;
      sx += frequency[i];
      sz += monetaryValue[i];
    }
  }
  let pearson = Number.NaN;
  if (m >= 2) {
    const mx = sx / m;
    const mz = sz / m;
    let sxx = 0;
    let szz = 0;
    let sxz = 0;
    for (let i = 0; i < n; i++) {
      if (frequency[i] > 0) {
        const dx = frequency[i] - mx;
        const dz = monetaryValue[i] - mz;
        sxx += dx * dx;
        szz += dz * dz;
        sxz += dx * dz;
      }
    }
    if (sxx > 0 && szz > 0) pearson = Math.max(-1, Math.min(1, sxz / Math.sqrt(sxx * szz)));
  }
  const warning =
    Math.abs(pearson) > threshold
      ? `Frequency and average spend are correlated (ρ = ${pearson.toFixed(2)} over ${m} repeat buyers, |ρ| > ${threshold}): ` +
        'the Gamma-Gamma model assumes they are independent, so predicted spend and CLV may be biased.'
      : null;
  return { pearson, customers: m, threshold, warning };
}
