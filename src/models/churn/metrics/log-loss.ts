import { UsageError } from '../../../errors.js';
import { checkScored } from './check-scored.js';

/** Probabilities are clipped to [ε, 1 − ε] so one confident mistake costs at most −log ε ≈ 34.5, not ∞. */
export const LOG_LOSS_EPSILON = 1e-15;

/**
 * Mean negative log-likelihood of 0/1 outcomes under predicted
 * probabilities (cross-entropy):
 * −(1/n) Σ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)], pᵢ clipped to
 * [{@link LOG_LOSS_EPSILON}, 1 − ε] (the convention of scikit-learn's
 * `log_loss`). `log1p(−p)` keeps log(1 − p) exact for small p.
 * A constant prediction at the prevalence π scores the entropy
 * −π log π − (1 − π) log(1 − π).
 *
 * @example logLoss([0.8, 0.4], [1, 0]) // −(log 0.8 + log 0.6) / 2 ≈ 0.367
 */
export function logLoss(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  checkScored('logLoss', probabilities, labels);
  const n = probabilities.length;
  if (n === 0) return NaN;
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const raw = probabilities[i];
    if (!(raw >= 0 && raw <= 1)) throw new UsageError(`logLoss: probability ${i} is ${raw}, outside [0, 1]`);
    const p = Math.min(Math.max(raw, LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON);
    total -= labels[i] === 1 ? Math.log(p) : Math.log1p(-p);
  }
  return total / n;
}
