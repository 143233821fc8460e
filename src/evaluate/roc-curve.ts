import { InputError } from '../errors.js';

/** A receiver operating characteristic curve, from the strictest threshold to the loosest. */
export interface RocCurve {
  /** False-positive rate after including every score ≥ threshold; starts at 0, ends at 1. */
  readonly falsePositiveRate: Float64Array;
  /** True-positive rate at the same thresholds. */
  readonly truePositiveRate: Float64Array;
  /** Score threshold of each point (+∞ for the origin). */
  readonly threshold: Float64Array;
  /** Area under the curve = P(score of a random positive > score of a random negative) + ½ P(tie). */
  readonly auc: number;
  readonly positives: number;
  readonly negatives: number;
}

/**
 * ROC curve and its area for scores that should be high for label 1 (e.g. a
 * churn probability against "made no purchase in the holdout").
 *
 * Tied scores form a single step (a diagonal segment), so the trapezoidal
 * area equals the Mann–Whitney U statistic / (P·N) with ties counted ½
 * (Hanley & McNeil 1982; Fawcett 2006, "An introduction to ROC analysis",
 * Algorithms 1–2).
 *
 * Numerical strategy: one O(n log n) sort of indices by descending score,
 * then a single pass; counts are exact integers.
 *
 * Example: scores [0.9, 0.8, 0.3, 0.1], labels [1, 0, 1, 0] → auc 0.75.
 *
 * @throws InputError on length mismatch, a label other than 0/1, a non-finite
 * score, or when one of the two classes is absent (the curve is undefined).
 */
export function rocCurve(scores: ArrayLike<number>, labels: ArrayLike<number>): RocCurve {
  const n = scores.length;
  if (labels.length !== n) {
    throw new InputError('rocCurve: scores and labels differ in length', [{ reason: `scores ${n}, labels ${labels.length}` }]);
  }
  let positives = 0;
  for (let i = 0; i < n; i++) {
    const label = labels[i];
    if (label !== 0 && label !== 1) {
      throw new InputError('rocCurve: labels must be 0 or 1', [{ row: i + 1, column: 'label', value: String(label), reason: 'must be 0 or 1' }]);
    }
    if (!Number.isFinite(scores[i])) {
      throw new InputError('rocCurve: non-finite score', [{ row: i + 1, column: 'score', value: String(scores[i]), reason: 'must be finite' }]);
    }
    positives += label;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) {
    throw new InputError('rocCurve: need both positive and negative labels', [
      { reason: `${positives} positives, ${negatives} negatives` },
    ]);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => scores[j] - scores[i]);

  const fpr = [0];
  const tpr = [0];
  const thresholds = [Number.POSITIVE_INFINITY];
  let tp = 0;
  let fp = 0;
  let area = 0;
  for (let k = 0; k < n; ) {
    const s = scores[order[k]];
    const fpBefore = fp;
    const tpBefore = tp;
    while (k < n && scores[order[k]] === s) {
      if (labels[order[k]] === 1) tp++;
      else fp++;
      k++;
    }
    area += (fp - fpBefore) * (tp + tpBefore) * 0.5;
    fpr.push(fp / negatives);
    tpr.push(tp / positives);
    thresholds.push(s);
  }
  return {
    falsePositiveRate: Float64Array.from(fpr),
    truePositiveRate: Float64Array.from(tpr),
    threshold: Float64Array.from(thresholds),
    auc: area / (positives * negatives),
    positives,
    negatives,
  };
}
