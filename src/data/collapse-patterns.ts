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
  const table = new Int32Array(capacity).fill(-1);
  const patternOf = new Int32Array(n);
  const outX = new Float64Array(n);
  const outR = new Float64Array(n);
  const outT = new Float64Array(n);
  const weight = new Float64Array(n);
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const mixBits = (h: number, v: number): number => {
    bits[0] = v === 0 ? 0 : v; // −0 → +0 so they hash alike
    h = Math.imul(h ^ words[0], 0x9e3779b1);
    h = Math.imul(h ^ words[1], 0x85ebca77);
    return h ^ (h >>> 15);
  };
  let patterns = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const r = recency[i];
    const t = T[i];
    let h = mixBits(mixBits(mixBits(0x2545f491, x), r), t);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    let slot = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const p = table[slot];
      if (p < 0) {
        table[slot] = patterns;
        outX[patterns] = x;
        outR[patterns] = r;
        outT[patterns] = t;
        weight[patterns] = 1;
        patternOf[i] = patterns++;
        break;
      }
      if (outX[p] === x && outR[p] === r && outT[p] === t) {
        weight[p] += 1;
        patternOf[i] = p;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return {
    frequency: outX.slice(0, patterns),
    recency: outR.slice(0, patterns),
    T: outT.slice(0, patterns),
    weight: weight.slice(0, patterns),
    patternOf,
  };
}
