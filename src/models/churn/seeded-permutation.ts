import type { RandomSource } from '../../math/random-source.js';

/**
 * A uniformly random permutation of 0 … n−1 by the Fisher–Yates shuffle
 * (Knuth, TAOCP vol. 2, §3.4.2, Algorithm P), driven by a seeded source so
 * that churn training's validation split and batch order are reproducible
 * (tfjs's own `shuffle` uses the unseedable Math.random).
 *
 * @example seededPermutation(5, createRandom(1)) // the same order of 0…4 on every run
 */
export function seededPermutation(n: number, random: RandomSource): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random.next() * (i + 1));
    const tmp = order[i];
    order[i] = order[j];
    order[j] = tmp;
  }
  return order;
}
