import { lnGamma } from './ln-gamma.js';
import { HALF_LN_TWO_PI, stirlingCorrection } from './stirling-correction.js';

/**
 * Natural log of the beta function, ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b),
 * for a, b > 0 (NaN otherwise).
 *
 * Numerical strategy: the naive sum cancels catastrophically when an argument
 * is large (ln B(1, 1e10) ≈ −23 is a difference of numbers ≈ 2.2e11, leaving
 * ~1e-5 absolute error). With p = min(a, b), q = max(a, b), we write lnΓ via
 * Stirling, lnΓ(x) = (x − ½) ln x − x + ½ ln 2π + ω(x), and cancel the large
 * parts analytically (the approach of R's `lbeta`, Morris 1992):
 * - p, q ≥ 10: ln B = ½ ln 2π − ½ ln q + (p − ½) ln(p/(p+q)) − q log1p(p/q) + ω(p) + ω(q) − ω(p+q)
 * - p < 10 ≤ q: ln B = lnΓ(p) + ω(q) − ω(p+q) + p − p ln(p+q) − (q − ½) log1p(p/q)
 * - both < 10: the direct sum (all terms are small).
 * Relative error ≲ 1e-14 in all regimes.
 *
 * Example: lnBeta(2, 3) = ln(1/12) ≈ −2.4849066497880004.
 */
export function lnBeta(a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) return Number.NaN;
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (q === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  const sum = p + q;
  if (p >= 10) {
    const correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(sum);
    return HALF_LN_TWO_PI - 0.5 * Math.log(q) + (p - 0.5) * Math.log(p / sum) - q * Math.log1p(p / q) + correction;
  }
  if (q >= 10) {
    const correction = stirlingCorrection(q) - stirlingCorrection(sum);
    return lnGamma(p) + correction + p - p * Math.log(sum) - (q - 0.5) * Math.log1p(p / q);
  }
  return lnGamma(p) + lnGamma(q) - lnGamma(sum);
}
