/**
 * Remainder of Stirling's formula for x ≥ 10:
 *
 *   ω(x) = lnΓ(x) − [(x − ½) ln x − x + ½ ln 2π] = Σₖ B₂ₖ / (2k(2k−1) x^(2k−1))
 *        = 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + …
 *
 * (Abramowitz & Stegun 6.1.40.) Eight terms give |error| < 3e-17 at x = 10,
 * smaller beyond. Kept separate so lnBeta can cancel the large
 * (x − ½) ln x − x parts of several lnΓ's analytically and only add the small ω's.
 *
 * Example: stirlingCorrection(10) ≈ 0.008330563433362871.
 */
export function stirlingCorrection(x: number): number {
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (
    inv *
    (1 / 12 +
      inv2 *
        (-1 / 360 +
          inv2 *
            (1 / 1260 +
              inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360 + inv2 * (1 / 156 + inv2 * (-3617 / 122400))))))))
  );
}

/** ½ ln(2π). */
export const HALF_LN_TWO_PI = 0.9189385332046728;
