import { createGammaSampler } from './create-gamma-sampler.js';
import type { RandomSource } from './random-source.js';

/**
 * One draw from Beta(a, b) as G₁/(G₁ + G₂) with G₁ ~ Gamma(a), G₂ ~ Gamma(b)
 * (e.g. Devroye 1986, ch. IX.4).
 *
 * Example: the mean of many sampleBeta(random, 0.793, 2.426) draws is ≈ 0.246.
 */
export function sampleBeta(random: RandomSource, a: number, b: number): number {
  const x = createGammaSampler(random, a)();
  const y = createGammaSampler(random, b)();
  return x / (x + y);
}
