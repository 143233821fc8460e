import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { holdoutErrors } from '../../src/evaluate/holdout-errors.js';
import { cdnowCbs } from './cdnow-fixtures.js';

describe('holdoutErrors', () => {
  it('holdoutErrors(predicted, actual) gives MAE, RMSE and total error by their definitions', () => {
    const e = holdoutErrors(Float64Array.of(1, 2, 0.5), Float64Array.of(0, 4, 0.5));
    // Hand computation: |d| = 1, 2, 0 → MAE 1; d² = 1, 4, 0 → RMSE √(5/3).
    expect(e.mae).toBeCloseTo(1, 14);
    expect(e.rmse).toBeCloseTo(Math.sqrt(5 / 3), 14);
    expect(e.totalPredicted).toBe(3.5);
    expect(e.totalActual).toBe(4.5);
    expect(e.totalError).toBe(-1);
    expect(e.relativeTotalError).toBeCloseTo(-1 / 4.5, 14);
  });

  it('holdoutErrors(...) counts the 1,882 CDNOW holdout repeat transactions of FHL 2005', () => {
    const cbs = cdnowCbs();
    const e = holdoutErrors(new Float64Array(cbs.xStar.length), cbs.xStar);
    // Fader, Hardie & Lee (2005, §4): 1,882 repeat transactions in weeks 40–78.
    expect(e.totalActual).toBe(1882);
    expect(e.customers).toBe(2357);
    // Predicting zero for everyone: MAE is the mean holdout count.
    expect(e.mae).toBeCloseTo(1882 / 2357, 12);
  });

  it('holdoutErrors(...) rejects mismatched lengths, empty input and NaN with the row', () => {
    expect(() => holdoutErrors([1], [1, 2])).toThrow(InputError);
    expect(() => holdoutErrors([], [])).toThrow(InputError);
    try {
      holdoutErrors([1, Number.NaN], [1, 1]);
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).issues[0]).toMatchObject({ row: 2, column: 'predicted' });
    }
  });
});
