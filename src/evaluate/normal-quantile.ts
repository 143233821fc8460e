import { UsageError } from '../errors.js';

const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Upper-tail probability Q(z) = 1 − Φ(z) of the standard normal for z ≥ 0.
 *
 * z < 3: Q = ½ − ½·erf(z/√2) with erf from its all-positive series
 * erf(x) = (2/√π) e^(−x²) Σₙ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)) (Abramowitz &
 * Stegun 1964, 7.1.6), which has no cancellation. z ≥ 3: Laplace's continued
 * fraction Q = φ(z) / (z + 1/(z + 2/(z + 3/(z + …)))) (A&S 26.2.14), evaluated
 * bottom-up over 200 terms, accurate to ~1e-15 relative there.
 */
export function normalUpperTail(z: number): number {
  if (z < 3) {
    const x = z / Math.SQRT2;
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && term > 1e-17 * sum; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    const erf = (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
    return 0.5 - 0.5 * erf;
  }
  let f = z;
  for (let k = 200; k >= 1; k--) f = z + k / f;
  return (INV_SQRT_2PI * Math.exp(-0.5 * z * z)) / f;
}

/**
 * Standard normal quantile Φ⁻¹(p), used for confidence levels
 * (normalQuantile(0.975) = 1.959963984540054).
 *
 * Numerical strategy: a starting value from Abramowitz & Stegun (1964)
 * 26.2.23 (|error| < 4.5e-4), then Newton steps on Q(z) = q with the accurate
 * tail {@link normalUpperTail}, working on the smaller tail q = min(p, 1 − p)
 * so precision is not lost to 1 − p. Accurate to ~1e-14 for p in [1e-300, 1 − 1e-16].
 *
 * Example: `normalQuantile(0.95)` → 1.6448536269514722.
 *
 * @throws UsageError unless 0 < p < 1.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new UsageError(`normalQuantile: p must be in (0, 1), got ${p}`);
  if (p === 0.5) return 0;
  const q = p < 0.5 ? p : 1 - p;
  const t = Math.sqrt(-2 * Math.log(q));
  let z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  for (let i = 0; i < 6; i++) {
    const density = INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    const step = (normalUpperTail(z) - q) / density;
    z += step;
    if (Math.abs(step) < 1e-15 * Math.max(1, z)) break;
  }
  return p < 0.5 ? -z : z;
}
