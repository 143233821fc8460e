/**
 * A small seeded pseudo-random generator for everything in churn training
 * that must be reproducible: weight initialisation, batch order and the
 * validation split. `Math.random` cannot be seeded, and tfjs's own shuffling
 * uses it, so training draws every random number from here instead.
 *
 * Algorithm: mulberry32 (Tommy Ettinger, public domain), a 32-bit state
 * generator with period 2^32 — ample for shuffling and initialising a few
 * thousand weights, and exactly reproducible across platforms because it
 * only uses 32-bit integer arithmetic (`Math.imul`, `>>>`).
 *
 * @example
 * const next = seededRandom(42);
 * next(); // a number in [0, 1), the same on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A uniformly random permutation of 0..n−1 (Fisher–Yates, Knuth 1969,
 * Algorithm P) driven by `random`.
 */
export function seededPermutation(n: number, random: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const tmp = order[i];
    order[i] = order[j];
    order[j] = tmp;
  }
  return order;
}
