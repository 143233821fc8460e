import { describe, expect, it } from 'vitest';
import { LOG_LOSS_EPSILON, logLoss } from '../../../../src/models/churn/metrics/log-loss.js';
import { UsageError } from '../../../../src/errors.js';

describe('logLoss', () => {
  it('logLoss(...) is the mean negative log-likelihood of the outcomes', () => {
    expect(logLoss([0.8, 0.4], [1, 0])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, 15);
  });

  it('logLoss(...) of a constant prediction at the prevalence is the binary entropy', () => {
    const labels = [1, 0, 0, 0];
    const entropy = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75));
    expect(logLoss([0.25, 0.25, 0.25, 0.25], labels)).toBeCloseTo(entropy, 15);
  });

  it('logLoss(...) clips a confident mistake to −log ε instead of returning Infinity', () => {
    expect(logLoss([0], [1])).toBeCloseTo(-Math.log(LOG_LOSS_EPSILON), 12);
  });

  it('logLoss(...) rejects probabilities outside [0, 1]', () => {
    expect(() => logLoss([1.2], [1])).toThrow(UsageError);
  });
});
