import { UsageError } from '../../../errors.js';
import { checkScored } from './check-scored.js';

/**
 * Brier score (Brier 1950, Monthly Weather Review 78(1), eq. 1 for two
 * classes): the mean squared difference (1/n) Σ (pᵢ − yᵢ)² between the
 * predicted probability and the 0/1 outcome. 0 is perfect; always
 * predicting the prevalence π scores π(1 − π).
 *
 * @example brier([0.8, 0.4], [1, 0]) // (0.04 + 0.16) / 2 = 0.1
 */
export function brier(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  checkScored('brier', probabilities, labels);
  const n = probabilities.length;
  if (n === 0) return NaN;
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const p = probabilities[i];
    if (!(p >= 0 && p <= 1)) throw new UsageError(`brier: probability ${i} is ${p}, outside [0, 1]`);
    total += (p - labels[i]) ** 2;
  }
  return total / n;
}
