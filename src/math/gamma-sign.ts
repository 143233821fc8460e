/**
 * Sign of Γ(x): +1 for x > 0; for negative non-integers (−1)^⌈−x⌉, i.e.
 * −1 on (−1, 0), +1 on (−2, −1), …; 0 at the poles 0, −1, −2, … (where
 * 1/Γ = 0). Companion of {@link lnGamma}, which returns ln|Γ(x)|; together
 * they evaluate gamma-function ratios with mixed signs in log space.
 *
 * Example: gammaSign(-0.5) === -1 (Γ(−½) = −2√π).
 */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (Number.isNaN(x)) return Number.NaN;
  if (Number.isInteger(x)) return 0;
  return Math.ceil(-x) % 2 === 1 ? -1 : 1;
}
