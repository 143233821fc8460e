/**
 * Weighted (x, t_x, T) patterns prepared for repeated BG/NBD likelihood
 * evaluation, reordered so that patterns with the same frequency x are
 * contiguous ("buckets", ascending x). Everything that depends on x alone
 * (lnΓ(r + x), ln B(a, b + x), their digammas) is then computed once per
 * bucket, the row loops carry no per-row branch on x, and per-bucket sums
 * are accumulated in registers.
 */
export interface BgnbdLikelihoodData {
  /** Recency and T per pattern, in bucket order. */
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly weight: Float64Array;
  /** Distinct frequencies, ascending. */
  readonly distinctX: Float64Array;
  /** Patterns of bucket j are rows bucketStart[j] … bucketStart[j+1] − 1. */
  readonly bucketStart: Int32Array;
  /** Sum of pattern weights per bucket. */
  readonly xWeight: Float64Array;
  /** Σ weights = number of customers. */
  readonly totalWeight: number;
}

/**
 * Builds {@link BgnbdLikelihoodData} from validated patterns (x a
 * non-negative integer, 0 ≤ t_x ≤ T) by a stable counting sort on x — O(n),
 * one pass to count and one to place. Inputs are not modified.
 *
 * Example: prepareBgnbdLikelihoodData([2, 0, 2], [5, 0, 7], [9, 9, 8], [1, 3, 2])
 * → distinctX [0, 2], bucketStart [0, 1, 3], xWeight [3, 3], tx [0, 5, 7].
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
  const counts = new Int32Array(maxX + 2);
  const sums = new Float64Array(maxX + 1);
  for (let i = 0; i < n; i++) {
    counts[x[i] + 1]++;
    sums[x[i]] += weight[i];
  }
  let distinct = 0;
  for (let v = 0; v <= maxX; v++) if (counts[v + 1] > 0) distinct++;
  const distinctX = new Float64Array(distinct);
  const xWeight = new Float64Array(distinct);
  const bucketStart = new Int32Array(distinct + 1);
  let totalWeight = 0;
  for (let v = 0, j = 0; v <= maxX; v++) {
    if (counts[v + 1] === 0) continue;
    distinctX[j] = v;
    xWeight[j] = sums[v];
    totalWeight += sums[v];
    j++;
  }
  // Prefix sums: counts[v] becomes the first row of frequency v.
  for (let v = 1; v <= maxX + 1; v++) counts[v] += counts[v - 1];
  for (let j = 0; j < distinct; j++) bucketStart[j] = counts[distinctX[j]];
  bucketStart[distinct] = n;
  const sortedTx = new Float64Array(n);
  const sortedT = new Float64Array(n);
  const sortedW = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = counts[x[i]]++;
    sortedTx[row] = tx[i];
    sortedT[row] = T[i];
    sortedW[row] = weight[i];
  }
  return { tx: sortedTx, T: sortedT, weight: sortedW, distinctX, bucketStart, xWeight, totalWeight };
}
