import { sinPi } from './sin-pi.js';
import { HALF_LN_TWO_PI, stirlingCorrection } from './stirling-correction.js';

/**
 * ζ(k) − 1 for k = 2 … 31 (mpmath 1.3.0, 30 digits), the Taylor coefficients of
 * lnΓ(1 + ε) = −γε + Σₖ (−1)ᵏ ζ(k) εᵏ / k (A&S 6.1.33).
 */
const ZETA_MINUS_ONE = [
  0.64493406684822644, 0.20205690315959429, 0.082323233711138192, 0.036927755143369926, 0.01734306198444914,
  0.0083492773819228268, 0.0040773561979443394, 0.0020083928260822144, 0.00099457512781808534, 0.00049418860411946456,
  0.0002460865533080483, 0.00012271334757848915, 6.1248135058704829e-5, 3.0588236307020494e-5, 1.5282259408651872e-5,
  7.6371976378997623e-6, 3.8172932649998399e-6, 1.9082127165539389e-6, 9.5396203387279611e-7, 4.7693298678780646e-7,
  2.3845050272773299e-7, 1.1921992596531107e-7, 5.960818905125948e-8, 2.980350351465228e-8, 1.4901554828365041e-8,
  7.4507117898354295e-9, 3.7253340247884571e-9, 1.862659723513049e-9, 9.3132743241966818e-10, 4.6566290650337841e-10,
];
const EULER_GAMMA = 0.5772156649015329;
const LN_PI = 1.1447298858494002;

/**
 * Natural log of the absolute value of the gamma function, ln|Γ(x)|.
 * +Infinity at the poles x = 0, −1, −2, …; NaN for NaN.
 *
 * Numerical strategy (absolute error ≲ 4e-15, relative ≲ 2e-14 for x > 0,
 * exactly 0 at x = 1, 2):
 * - x ≥ 10: Stirling's series with eight correction terms (A&S 6.1.40);
 * - |x − 1| ≤ 0.3 or |x − 2| ≤ 0.3: the Taylor series of lnΓ(1 + ε) in ζ(k)
 *   (A&S 6.1.33), so the zeros at 1 and 2 keep full relative accuracy;
 * - other 0 < x < 10: recurrence lnΓ(x) = lnΓ(x + k) − ln(x(x+1)…(x+k−1));
 * - x < 0: reflection ln|Γ(x)| = ln π − ln|sin πx| − lnΓ(1 − x) (A&S 6.1.17).
 *
 * Why not an npm package: the maintained ones (e.g. @stdlib's gammaln) are
 * fine scalar functions but pull in a large dependency tree, and those that
 * are small (gamma, math-gamma) compute Γ then take a log, overflowing for
 * x > 171 — the BG/NBD likelihood needs lnΓ(r + x) for x in the thousands.
 *
 * Example: lnGamma(0.5) = ln √π ≈ 0.5723649429247001.
 */
export function lnGamma(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x >= 10) {
    if (x === Number.POSITIVE_INFINITY) return x;
    return (x - 0.5) * Math.log(x) - x + HALF_LN_TWO_PI + stirlingCorrection(x);
  }
  if (x <= 0) {
    if (Number.isInteger(x) || x === Number.NEGATIVE_INFINITY) return Number.POSITIVE_INFINITY;
    return LN_PI - Math.log(Math.abs(sinPi(x))) - lnGamma(1 - x);
  }
  if (Math.abs(x - 1) <= 0.3) return lnGammaOnePlus(x - 1);
  if (Math.abs(x - 2) <= 0.3) return Math.log1p(x - 2) + lnGammaOnePlus(x - 2);
  let shifted = x;
  let product = 1;
  while (shifted < 10) {
    product *= shifted;
    shifted += 1;
  }
  return (shifted - 0.5) * Math.log(shifted) - shifted + HALF_LN_TWO_PI + stirlingCorrection(shifted) - Math.log(product);
}

/** lnΓ(1 + ε) for |ε| ≤ 0.3 by its Taylor series (A&S 6.1.33); 0.3³¹/31 < 1e-18. */
function lnGammaOnePlus(eps: number): number {
  // Σ (−1)ᵏ εᵏ/k over k ≥ 2 equals ε − log1p(ε); add the ζ(k) − 1 parts separately.
  let sum = 0;
  let power = -eps;
  for (let k = 2; k <= 31; k++) {
    power *= -eps;
    sum += (ZETA_MINUS_ONE[k - 2] * power) / k;
  }
  return -EULER_GAMMA * eps + (eps - Math.log1p(eps)) + sum;
}
