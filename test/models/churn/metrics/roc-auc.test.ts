import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../../../src/models/churn/metrics/roc-auc.js';
import { UsageError } from '../../../../src/errors.js';
import { rocCurve } from '../../../../src/evaluate/roc-curve.js';

/** Brute force: share of (positive, negative) pairs ordered correctly, ties ½ — the definition of U / (n₁ n₀). */
function pairwiseAuc(scores: number[], labels: number[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((sp, i) => {
    if (labels[i] !== 1) return;
    scores.forEach((sn, j) => {
      if (labels[j] !== 0) return;
      pairs += 1;
      wins += sp > sn ? 1 : sp === sn ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

describe('rocAuc', () => {
  it('rocAuc(...) counts a tie between a positive and a negative as half a win', () => {
    // pairs (pos, neg): (0.9, 0.4) win, (0.9, 0.1) win, (0.4, 0.4) tie, (0.4, 0.1) win → 3.5 / 4
    expect(rocAuc([0.9, 0.4, 0.4, 0.1], [1, 1, 0, 0])).toBe(0.875);
  });

  it('rocAuc(...) is 1 for a perfect ranking, 0 for a reversed one and ½ for a constant score', () => {
    expect(rocAuc([3, 2, 1], [1, 1, 0])).toBe(1);
    expect(rocAuc([1, 2, 3], [1, 1, 0])).toBe(0);
    expect(rocAuc([5, 5, 5, 5], [1, 0, 1, 0])).toBe(0.5);
  });

  it('rocAuc(...) equals the brute-force pairwise count on 200 random scores with many ties', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const scores = Array.from({ length: 200 }, () => Math.round(next() * 20) / 20);
    const labels = scores.map((s) => (next() < 0.3 + 0.4 * s ? 1 : 0));
    // both computations are exact sums of halves over 2^k-free denominators: equal to rounding only
    expect(rocAuc(scores, labels)).toBeCloseTo(pairwiseAuc(scores, labels), 12);
    // and the trapezoidal area of the independently written ROC curve (src/evaluate)
    expect(rocAuc(scores, labels)).toBeCloseTo(rocCurve(scores, labels).auc, 12);
  });

  it('rocAuc(...) is NaN when one class is missing', () => {
    expect(rocAuc([0.1, 0.2], [1, 1])).toBeNaN();
  });

  it('rocAuc(...) rejects mismatched lengths and non-0/1 labels', () => {
    expect(() => rocAuc([0.1, 0.2], [1])).toThrow(UsageError);
    expect(() => rocAuc([0.1, 0.2], [1, 2])).toThrow(UsageError);
  });
});
