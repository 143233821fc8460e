import { checkScored } from './check-scored.js';

/**
 * Area under the ROC curve: the probability that a random positive
 * (label 1) scores higher than a random negative, ties counting one half.
 * Computed as the Mann–Whitney statistic U / (n₁ n₀) with mid-ranks for
 * tied scores (Hanley & McNeil 1982, Radiology 143(1), eq. 2), which equals
 * the trapezoidal area under the ROC curve.
 *
 * Strategy: one sort, O(n log n); mid-ranks per run of equal scores.
 * Returns NaN when either class is empty (the AUC is undefined).
 *
 * @example rocAuc([0.9, 0.4, 0.4, 0.1], [1, 1, 0, 0]) // pairs won 1 + 1 + ½ + 1 of 4 → 0.875
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  checkScored('rocAuc', scores, labels);
  const n = scores.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((i, j) => scores[i] - scores[j]);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < n; ) {
    let stop = start + 1;
    while (stop < n && scores[order[stop]] === scores[order[start]]) stop += 1;
    const midRank = (start + 1 + stop) / 2; // average of 1-based ranks start+1 … stop
    for (let k = start; k < stop; k += 1) {
      if (labels[order[k]] === 1) {
        positives += 1;
        rankSum += midRank;
      }
    }
    start = stop;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
