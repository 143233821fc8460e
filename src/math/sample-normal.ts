import type { RandomSource } from './random-source.js';

/**
 * One standard normal draw from a seeded source — the Marsaglia polar method
 * (Marsaglia & Bray 1964) as implemented by {@link RandomSource.nextNormal},
 * which keeps the second value of each pair for the next call.
 *
 * Example: sampleNormal(createRandom(1)) is a fixed N(0, 1) draw.
 */
export function sampleNormal(random: RandomSource): number {
  return random.nextNormal();
}
