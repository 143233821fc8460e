import { UsageError } from '../../../errors.js';
import { checkScored, orderByScoreDescending } from './check-scored.js';

/**
 * Lift in the top `fraction` of customers by score: the positive rate among
 * the fraction·n highest-scored customers divided by the overall positive
 * rate (1 = no better than random; the maximum is 1/prevalence when the
 * fraction is at most the prevalence). Default: the top decile.
 *
 * The cut-off fraction·n is kept fractional, and a run of tied scores that
 * straddles it contributes its positives pro rata: the expected lift under a
 * random order of ties, so that a constant score has lift exactly 1 instead
 * of depending on row order.
 *
 * Returns NaN when there is no positive.
 *
 * @example lift([0.9, 0.8, 0.3, 0.2], [1, 0, 0, 0], 0.25) // top 1 of 4 has rate 1; overall 0.25 → 4
 */
export function lift(scores: ArrayLike<number>, labels: ArrayLike<number>, fraction = 0.1): number {
  checkScored('lift', scores, labels);
  if (!(fraction > 0 && fraction <= 1)) throw new UsageError(`lift: fraction must be in (0, 1], got ${fraction}`);
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i += 1) positives += labels[i];
  if (positives === 0) return NaN;
  const cut = fraction * n;
  const order = orderByScoreDescending(scores);
  let captured = 0;
  for (let start = 0; start < n && start < cut; ) {
    let stop = start + 1;
    while (stop < n && scores[order[stop]] === scores[order[start]]) stop += 1;
    let hits = 0;
    for (let k = start; k < stop; k += 1) hits += labels[order[k]];
    captured += hits * (Math.min(stop, cut) - start) / (stop - start);
    start = stop;
  }
  return captured / cut / (positives / n);
}
