import type { RandomSource } from './random-source.js';

/**
 * One draw from Gamma(shape k, rate β) (mean k/β), by Marsaglia & Tsang
 * (2000), "A simple method for generating gamma variables", ACM TOMS 26(3):
 * for k ≥ 1, d = k − ⅓, c = 1/√(9d), accept d·v with v = (1 + c·Z)³ when
 * ln U < Z²/2 + d − d·v + d·ln v. For k < 1 it uses Gamma(k + 1)·U^(1/k)
 * (their §6), done in log space so tiny shapes (k = 0.05) do not underflow to 0
 * too early.
 *
 * Example: the mean of many sampleGamma(random, 2, 4) draws is ≈ 0.5.
 */
export function sampleGamma(random: RandomSource, shape: number, rate: number): number {
  if (!(shape > 0) || !(rate > 0)) return Number.NaN;
  if (shape < 1) {
    const g = sampleGamma(random, shape + 1, 1);
    return Math.exp(Math.log(g) + Math.log(random.nextOpen()) / shape) / rate;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = random.nextNormal();
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = random.nextOpen();
    if (u < 1 - 0.0331 * z * z * z * z || Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
      return (d * v) / rate;
    }
  }
}
