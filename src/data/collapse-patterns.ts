import { UsageError } from '../errors.js';

/** Distinct (x, t_x, T) triples with how many customers share each. */
export interface CollapsedPatterns {
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
  /** Customers with this exact triple (as a float so it can weight sums directly). */
  readonly weight: Float64Array;
  /** For each input customer, the index of its pattern. */
  readonly patternOf: Int32Array;
}

/**
 * Collapses customers with identical (frequency, recency, T) into weighted
 * patterns, so a likelihood over N customers costs one evaluation per
 * distinct triple: Σᵢ ℓ(xᵢ, t_xᵢ, Tᵢ) = Σₚ wₚ ℓ(xₚ, t_xₚ, Tₚ). With
 * whole-day data a million customers typically share a few hundred thousand
 * triples — or far fewer when the data have a common calibration end.
 *
 * Exact: triples are merged only when all three numbers are equal (===;
 * −0 equals 0; a NaN never matches, so NaN rows stay separate). Patterns
 * are numbered in order of first appearance. O(n) expected time, using an
 * open-addressing hash table on the IEEE-754 bits — no string keys.
 * Inputs are not modified.
 *
 * Example: collapsePatterns([0, 2, 0], [0, 5, 0], [9, 9, 9]) →
 * frequency [0, 2], recency [0, 5], T [9, 9], weight [2, 1], patternOf [0, 1, 0].
 */
export function collapsePatterns(
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  T: ArrayLike<number>,
): CollapsedPatterns {
  const n = frequency.length;
  if (recency.length !== n || T.length !== n) {
    throw new UsageError(`collapsePatterns: arrays differ in length (${n}, ${recency.length}, ${T.length})`);
  }
  let capacity = 16;
  while (capacity < 2 * n) capacity *= 2;
  const mask = capacity - 1;
  // Slot s holds [pattern index + 1 (0 = empty), 32-bit hash tag] at 2s, 2s+1: one cache line per probe,
  // and the tag lets most collisions skip reading the keys.
  const table = new Int32Array(2 * capacity);
  // Keys and weight interleaved (x, t_x, T, weight) so a lookup touches one cache line.
  const keys = new Float64Array(4 * n);
  const patternOf = new Int32Array(n);
  const bits = new Float64Array(1);
  const words = new Int32Array(bits.buffer);
  let patterns = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const r = recency[i];
    const t = T[i];
    // Multiply-xorshift over the six 32-bit words (−0 normalised to +0 so it hashes like 0).
    let h = 0x2545f491;
    bits[0] = x === 0 ? 0 : x;
    h = Math.imul(h ^ words[0], 0x9e3779b1);
    h = Math.imul(h ^ words[1], 0x85ebca77);
    bits[0] = r === 0 ? 0 : r;
    h = Math.imul(h ^ words[0], 0xc2b2ae3d);
    h = Math.imul(h ^ words[1], 0x27d4eb2f);
    bits[0] = t === 0 ? 0 : t;
    h = Math.imul(h ^ words[0], 0x165667b1);
    h = Math.imul(h ^ words[1], 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h, 0x85ebca77);
    h ^= h >>> 13;
    let slot = h & mask;
    for (;;) {
      const entry = table[2 * slot];
      if (entry === 0) {
        table[2 * slot] = patterns + 1;
        table[2 * slot + 1] = h;
        const k = 4 * patterns;
        keys[k] = x;
        keys[k + 1] = r;
        keys[k + 2] = t;
        keys[k + 3] = 1;
        patternOf[i] = patterns++;
        break;
      }
      if (table[2 * slot + 1] === h) {
        const k = 4 * (entry - 1);
        if (keys[k] === x && keys[k + 1] === r && keys[k + 2] === t) {
          keys[k + 3] += 1;
          patternOf[i] = entry - 1;
          break;
        }
      }
      slot = (slot + 1) & mask;
    }
  }
  const outX = new Float64Array(patterns);
  const outR = new Float64Array(patterns);
  const outT = new Float64Array(patterns);
  const weight = new Float64Array(patterns);
  for (let p = 0; p < patterns; p++) {
    outX[p] = keys[4 * p];
    outR[p] = keys[4 * p + 1];
    outT[p] = keys[4 * p + 2];
    weight[p] = keys[4 * p + 3];
  }
  return { frequency: outX, recency: outR, T: outT, weight, patternOf };
}
