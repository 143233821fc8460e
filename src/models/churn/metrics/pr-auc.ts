import { checkScored, orderByScoreDescending } from './check-scored.js';

/**
 * Area under the precision–recall curve as average precision,
 * AP = Σₖ (Rₖ − Rₖ₋₁) Pₖ over the distinct score thresholds taken from the
 * highest down (Rₖ, Pₖ: recall and precision when every score ≥ threshold k
 * is called positive). This step-wise sum is the un-interpolated estimator
 * recommended by Boyd, Eng & Page (2013, "Area under the precision-recall
 * curve: point estimates and confidence intervals", ECML PKDD) and used by
 * scikit-learn's `average_precision_score`; the trapezoidal rule would
 * overstate the area because precision does not interpolate linearly.
 * Tied scores form one threshold. A random score has AP ≈ prevalence.
 *
 * Returns NaN when there is no positive.
 *
 * @example prAuc([0.9, 0.8, 0.7], [1, 0, 1]) // 1/2·1 + 1/2·(2/3) = 0.8333…
 */
export function prAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  checkScored('prAuc', scores, labels);
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i += 1) positives += labels[i];
  if (positives === 0) return NaN;
  const order = orderByScoreDescending(scores);
  let truePositives = 0;
  let area = 0;
  for (let start = 0; start < n; ) {
    let stop = start + 1;
    while (stop < n && scores[order[stop]] === scores[order[start]]) stop += 1;
    let hits = 0;
    for (let k = start; k < stop; k += 1) hits += labels[order[k]];
    truePositives += hits;
    area += (hits / positives) * (truePositives / stop);
    start = stop;
  }
  return area;
}
