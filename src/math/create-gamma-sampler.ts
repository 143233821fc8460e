import type { RandomSource } from './random-source.js';

/**
 * A sampler of Gamma(shape k, rate 1) draws with the per-shape constants
 * precomputed, for simulations that draw millions of values of one shape.
 * Multiply by 1/rate for another rate.
 *
 * Algorithm: Marsaglia & Tsang (2000), "A simple method for generating gamma
 * variables", ACM TOMS 26(3): d = k' − ⅓, c = 1/√(9d); draw Z ~ N(0, 1),
 * v = (1 + cZ)³ and accept d·v if U < 1 − 0.0331 Z⁴ (the squeeze, ~98% of
 * the time) or ln U < Z²/2 + d − d·v + d·ln v. For k < 1 it draws with
 * k' = k + 1 and multiplies by U^(1/k) (their §6), in log space so tiny
 * shapes do not underflow to 0 needlessly.
 *
 * Example: const draw = createGammaSampler(createRandom(1), 2.426); draw() → a Gamma(2.426, 1) value.
 */
export function createGammaSampler(random: RandomSource, shape: number): () => number {
  if (!(shape > 0) || !Number.isFinite(shape)) return () => Number.NaN;
  const boost = shape < 1;
  const k = boost ? shape + 1 : shape;
  const d = k - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const inverseShape = 1 / shape;
  return () => {
    for (;;) {
      let z: number;
      let v: number;
      do {
        z = random.nextNormal();
        v = 1 + c * z;
      } while (v <= 0);
      v = v * v * v;
      const u = random.nextOpen();
      const z2 = z * z;
      if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + d - d * v + d * Math.log(v)) {
        const g = d * v;
        return boost ? Math.exp(Math.log(g) + Math.log(random.nextOpen()) * inverseShape) : g;
      }
    }
  };
}
