/**
 * Trigamma function ψ′(x) = d² lnΓ(x)/dx² for real x (NaN at the poles).
 *
 * Strategy: recurrence ψ′(x) = ψ′(x + 1) + 1/x² up to x ≥ 10, then the
 * asymptotic series ψ′(x) = 1/x + 1/(2x²) + Σ B₂ₖ/x^(2k+1) (A&S 6.4.12);
 * negative x by reflection ψ′(1 − x) + ψ′(x) = π² / sin²(πx) (A&S 6.4.7).
 * Relative error ≲ 1e-15. Used by the analytic Hessians of the likelihoods.
 *
 * Example: trigamma(1) = π²/6 ≈ 1.6449340668482264.
 */
export function trigamma(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) {
    if (Number.isInteger(x)) return Number.NaN;
    const s = Math.sin(Math.PI * (x - Math.round(x))); // exact reduction, accurate near poles
    return (Math.PI * Math.PI) / (s * s) - trigamma(1 - x);
  }
  let result = 0;
  while (x < 10) {
    result += 1 / (x * x);
    x += 1;
  }
  if (x === Number.POSITIVE_INFINITY) return 0;
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series =
    inv *
    (1 + inv * (0.5 + inv * (1 / 6 + inv2 * (-1 / 30 + inv2 * (1 / 42 + inv2 * (-1 / 30 + inv2 * (5 / 66 + inv2 * (-691 / 2730 + inv2 * (7 / 6)))))))));
  return result + series;
}
