import { describe, expect, it } from 'vitest';
import { prAuc } from '../../../../src/models/churn/metrics/pr-auc.js';

describe('prAuc', () => {
  it('prAuc(...) sums precision at each recall step (average precision)', () => {
    // thresholds 0.9, 0.8, 0.7: recall steps ½ at precision 1, ½ at precision 2/3
    expect(prAuc([0.9, 0.8, 0.7], [1, 0, 1])).toBeCloseTo(0.5 + 0.5 * (2 / 3), 15);
  });

  it('prAuc(...) treats tied scores as one threshold', () => {
    // one threshold holding 2 positives and 2 negatives: recall 0 → 1 at precision ½
    expect(prAuc([0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0])).toBe(0.5);
    // scikit-learn average_precision_score([1,0,1,0,1], [.9,.8,.8,.3,.1]) = 1/3·1 + 1/3·2/3 + 1/3·3/5 = 0.7555…
    expect(prAuc([0.9, 0.8, 0.8, 0.3, 0.1], [1, 0, 1, 0, 1])).toBeCloseTo(1 / 3 + 2 / 9 + 1 / 5, 15);
  });

  it('prAuc(...) is 1 for a perfect ranking and NaN without positives', () => {
    expect(prAuc([0.9, 0.8, 0.1], [1, 1, 0])).toBe(1);
    expect(prAuc([0.9, 0.8], [0, 0])).toBeNaN();
  });
});
