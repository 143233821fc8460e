/**
 * sin(πx) computed without the rounding of π·x, so it is exactly 0 at the
 * integers and accurate near them (needed by the reflection formula
 * Γ(x)Γ(1−x) = π / sin(πx), A&S 6.1.17, for x just below 0 or 1).
 * Strategy: reduce x mod 2 exactly, fold to [−½, ½] and call Math.sin / Math.cos.
 *
 * Example: sinPi(1e6 + 0.5) === 1; sinPi(3) === 0.
 */
export function sinPi(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  let r = x % 2; // exact in floating point
  if (r <= -1) r += 2;
  else if (r > 1) r -= 2;
  // r ∈ (−1, 1]; fold around ±½ where sin is flattest.
  if (r === 0 || r === 1) return 0;
  if (r > 0.5) return Math.cos(Math.PI * (r - 0.5));
  if (r < -0.5) return -Math.cos(Math.PI * (r + 0.5));
  return Math.sin(Math.PI * r);
}
