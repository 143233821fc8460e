import { describe, expect, it } from 'vitest';
import { lift } from '../../../../src/models/churn/metrics/lift.js';

describe('lift', () => {
  it('lift(...) divides the positive rate in the top fraction by the overall rate', () => {
    // top 1 of 4 is a positive (rate 1); overall rate ¼ → 4
    expect(lift([0.9, 0.8, 0.3, 0.2], [1, 0, 0, 0], 0.25)).toBe(4);
    // top decile of 20 = 2 customers, 1 positive: rate ½; overall 4/20 → 2.5
    const scores = Array.from({ length: 20 }, (_, i) => 20 - i);
    const labels = scores.map((_, i) => (i === 0 || i === 5 || i === 10 || i === 15 ? 1 : 0));
    expect(lift(scores, labels)).toBeCloseTo(2.5, 15);
  });

  it('lift(...) is exactly 1 for a constant score whatever the row order', () => {
    expect(lift([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 0, 0, 0, 0, 0, 0, 0])).toBeCloseTo(1, 15);
  });

  it('lift(...) shares a tie group straddling the cut pro rata', () => {
    // cut = 0.3 × 5 = 1.5 slots: the top customer (a positive) fills 1; the last ½ slot goes to the tied
    // pair {positive, negative}, which holds a positive with chance ½ → ¼ expected positive.
    // captured 1.25 in 1.5 slots; overall rate 2/5 → (1.25 / 1.5) / 0.4 = 2.0833…
    expect(lift([0.9, 0.5, 0.5, 0.1, 0.0], [1, 1, 0, 0, 0], 0.3)).toBeCloseTo(1.25 / 1.5 / (2 / 5), 14);
  });
});
