/**
 * Weighted (x, t_x, T) patterns prepared for repeated BG/NBD likelihood
 * evaluation: each pattern also carries the index of its distinct x, so
 * everything that depends on x alone (lnΓ(r + x), ln B(a, b + x), their
 * digammas) is computed once per distinct x instead of once per row.
 */
export interface BgnbdLikelihoodData {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly weight: Float64Array;
  /** Pattern → index into `distinctX`. */
  readonly xIndex: Int32Array;
  /** Distinct frequencies, ascending. */
  readonly distinctX: Float64Array;
  /** Sum of pattern weights per distinct frequency. */
  readonly xWeight: Float64Array;
  /** Σ weights = number of customers. */
  readonly totalWeight: number;
}

/**
 * Builds {@link BgnbdLikelihoodData} from validated patterns (x a
 * non-negative integer, 0 ≤ t_x ≤ T). Frequencies up to 1e6 are bucketed by
 * direct indexing; arrays are referenced, not copied (callers pass arrays
 * they own).
 *
 * Example: prepareBgnbdLikelihoodData([0, 2, 0], [0, 5, 0], [9, 9, 8], [3, 1, 2])
 * → distinctX [0, 2], xWeight [5, 1], xIndex [0, 1, 0].
 */
export function prepareBgnbdLikelihoodData(
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
  weight: Float64Array,
): BgnbdLikelihoodData {
  const n = x.length;
  let maxX = 0;
  for (let i = 0; i < n; i++) if (x[i] > maxX) maxX = x[i];
  const present = new Int32Array(maxX + 1).fill(-1);
  const sums = new Float64Array(maxX + 1);
  for (let i = 0; i < n; i++) {
    sums[x[i]] += weight[i];
    present[x[i]] = 1;
  }
  let distinct = 0;
  for (let v = 0; v <= maxX; v++) if (present[v] > 0) present[v] = distinct++;
  const distinctX = new Float64Array(distinct);
  const xWeight = new Float64Array(distinct);
  for (let v = 0; v <= maxX; v++) {
    if (present[v] >= 0) {
      distinctX[present[v]] = v;
      xWeight[present[v]] = sums[v];
    }
  }
  const xIndex = new Int32Array(n);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) {
    xIndex[i] = present[x[i]];
    totalWeight += weight[i];
  }
  return { x, tx, T, weight, xIndex, distinctX, xWeight, totalWeight };
}
