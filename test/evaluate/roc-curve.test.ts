import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { rocCurve } from '../../src/evaluate/roc-curve.js';
import { createRandom } from '../../src/math/random-source.js';

describe('rocCurve', () => {
  it('rocCurve(scores, labels) has AUC 0.75 for one mis-ordered pair out of four', () => {
    const roc = rocCurve([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0]);
    expect(roc.auc).toBe(0.75);
    expect(Array.from(roc.falsePositiveRate)).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(Array.from(roc.truePositiveRate)).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(roc.threshold[0]).toBe(Number.POSITIVE_INFINITY);
  });

  it('rocCurve(...) AUC equals the brute-force Mann–Whitney pair count with ties as ½', () => {
    const random = createRandom(42);
    const rand = () => random.next();
    const n = 400;
    // Coarse scores create many ties; positives score higher on average.
    const labels = Float64Array.from({ length: n }, () => (rand() < 0.3 ? 1 : 0));
    const scores = Float64Array.from(labels, (y) => Math.round((rand() + 0.4 * y) * 10) / 10);
    let wins = 0;
    let pairs = 0;
    for (let i = 0; i < n; i++) {
      if (labels[i] !== 1) continue;
      for (let j = 0; j < n; j++) {
        if (labels[j] !== 0) continue;
        pairs++;
        wins += scores[i] > scores[j] ? 1 : scores[i] === scores[j] ? 0.5 : 0;
      }
    }
    const roc = rocCurve(scores, labels);
    expect(roc.auc).toBeCloseTo(wins / pairs, 12);
    expect(roc.falsePositiveRate.at(-1)).toBe(1);
    expect(roc.truePositiveRate.at(-1)).toBe(1);
  });

  it('rocCurve(...) is 0.5 when every score is equal', () => {
    expect(rocCurve([0.2, 0.2, 0.2], [1, 0, 0]).auc).toBe(0.5);
  });

  it('rocCurve(...) rejects a single-class sample and labels other than 0/1', () => {
    expect(() => rocCurve([0.1, 0.2], [1, 1])).toThrow(InputError);
    expect(() => rocCurve([0.1, 0.2], [1, 2])).toThrow(InputError);
    expect(() => rocCurve([Number.NaN, 0.2], [1, 0])).toThrow(InputError);
  });
});
