/**
 * Digamma function ψ(x) = d lnΓ(x)/dx for real x (NaN at the poles 0, −1, …).
 *
 * Strategy: recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the
 * asymptotic series ψ(x) = ln x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ) (A&S 6.3.18) with
 * seven terms (error < 1e-17 at x = 10); negative x by reflection
 * ψ(1 − x) − ψ(x) = π cot πx (A&S 6.3.7). Absolute error ≲ 5e-15, relative
 * ≲ 1e-14 away from the positive root x₀ ≈ 1.4616.
 * Needed for analytic likelihood gradients (∂ lnΓ(r + x)/∂r = ψ(r + x)).
 *
 * Example: digamma(1) = −γ ≈ −0.5772156649015329.
 */
export function digamma(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) {
    if (Number.isInteger(x)) return Number.NaN;
    // ψ(x) = ψ(1 − x) − π cot(πx); x − round(x) is exact, so tan keeps full precision near the poles.
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * (x - Math.round(x)));
  }
  let result = 0;
  while (x < 10) {
    result -= 1 / x;
    x += 1;
  }
  if (x === Number.POSITIVE_INFINITY) return x;
  const inv2 = 1 / (x * x);
  const series =
    inv2 * (1 / 12 + inv2 * (-1 / 120 + inv2 * (1 / 252 + inv2 * (-1 / 240 + inv2 * (1 / 132 + inv2 * (-691 / 32760 + inv2 * (1 / 12)))))));
  return result + Math.log(x) - 0.5 / x - series;
}
