import { describe, expect, it } from 'vitest';
import { brier } from '../../../../src/models/churn/metrics/brier.js';

describe('brier', () => {
  it('brier(...) is the mean squared error of the probabilities', () => {
    // (0.8 − 1)² = 0.04, (0.4 − 0)² = 0.16 → 0.1
    expect(brier([0.8, 0.4], [1, 0])).toBeCloseTo(0.1, 15);
  });

  it('brier(...) of a constant prediction at the prevalence π is π(1 − π)', () => {
    expect(brier([0.25, 0.25, 0.25, 0.25], [1, 0, 0, 0])).toBeCloseTo(0.25 * 0.75, 15);
  });
});
