/**
 * ln(1 + eˣ) (the "softplus") without overflow for large x or loss of
 * precision for very negative x:
 *   x > 36: x + e⁻ˣ (e⁻ˣ below half an ulp of x beyond ~37);
 *   otherwise log1p(eˣ).
 * Used to add two likelihood terms held as logs: ln(eᴬ + eᴮ) = A + log1pExp(B − A).
 *
 * Example: log1pExp(0) = ln 2; log1pExp(1000) = 1000; log1pExp(-1000) = 0 (≈ e⁻¹⁰⁰⁰).
 */
export function log1pExp(x: number): number {
  if (x > 36) return x + Math.exp(-x);
  return Math.log1p(Math.exp(x));
}
