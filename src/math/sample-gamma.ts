import { createGammaSampler } from './create-gamma-sampler.js';
import type { RandomSource } from './random-source.js';

/**
 * One draw from Gamma(shape k, rate β) (mean k/β) by Marsaglia & Tsang
 * (2000); see {@link createGammaSampler}, which is faster for many draws of
 * one shape. NaN for a non-positive shape or rate.
 *
 * Example: the mean of many sampleGamma(random, 2, 4) draws is ≈ 0.5.
 */
export function sampleGamma(random: RandomSource, shape: number, rate: number): number {
  if (!(rate > 0)) return Number.NaN;
  return createGammaSampler(random, shape)() / rate;
}
