import { UsageError } from '../../../errors.js';

/**
 * Checks that scores and 0/1 labels line up; shared by every metric so that a
 * length mismatch or a NaN score is an error, never a silently wrong number.
 */
export function checkScored(what: string, scores: ArrayLike<number>, labels: ArrayLike<number>): void {
  if (scores.length !== labels.length) {
    throw new UsageError(`${what}: ${scores.length} scores but ${labels.length} labels`);
  }
  for (let i = 0; i < scores.length; i += 1) {
    if (Number.isNaN(scores[i])) throw new UsageError(`${what}: score ${i} is NaN`);
    if (labels[i] !== 0 && labels[i] !== 1) throw new UsageError(`${what}: label ${i} is ${labels[i]}, expected 0 or 1`);
  }
}

/** Indices sorted by score, descending; ties keep index order (stable). */
export function orderByScoreDescending(scores: ArrayLike<number>): Int32Array {
  const order = Int32Array.from({ length: scores.length }, (_, i) => i);
  order.sort((i, j) => scores[j] - scores[i] || i - j);
  return order;
}
