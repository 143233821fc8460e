import type { RandomSource } from './random-source.js';

/**
 * One standard normal draw by the Marsaglia polar method (Marsaglia & Bray
 * 1964); the second draw of each pair is discarded to keep the sampler
 * stateless (speed is not critical where it is used: inside the gamma sampler's
 * rejection loop, which accepts ~98% of the time).
 *
 * Example: sampleNormal(createRandom(1)) is a fixed N(0, 1) draw.
 */
export function sampleNormal(random: RandomSource): number {
  for (;;) {
    const u = 2 * random.next() - 1;
    const v = 2 * random.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}
