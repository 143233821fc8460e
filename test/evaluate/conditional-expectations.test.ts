import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { conditionalExpectations } from '../../src/evaluate/conditional-expectations.js';
import { cdnowCbs } from './cdnow-fixtures.js';

describe('conditionalExpectations', () => {
  it('conditionalExpectations(x, actual, predicted) averages each frequency class and pools the tail', () => {
    const rows = conditionalExpectations([0, 0, 2, 5], [0, 1, 3, 4], [0.2, 0.2, 2.5, 3.5], { maxFrequency: 2 });
    expect(rows.map((r) => r.label)).toEqual(['0', '1', '2+']);
    expect(rows[0]).toMatchObject({ customers: 2, actualMean: 0.5, predictedMean: 0.2 });
    expect(rows[1].customers).toBe(0);
    expect(rows[1].actualMean).toBeNaN();
    // "2+" pools x = 2 and x = 5: means (3 + 4)/2 and (2.5 + 3.5)/2.
    expect(rows[2]).toMatchObject({ customers: 2, actualMean: 3.5, predictedMean: 3 });
  });

  it('conditionalExpectations(...) on CDNOW accounts for all 2,357 customers and 1,882 holdout purchases', () => {
    const cbs = cdnowCbs();
    const rows = conditionalExpectations(cbs.x, cbs.xStar, cbs.xStar);
    expect(rows).toHaveLength(8);
    expect(rows[7].label).toBe('7+');
    expect(rows.reduce((s, r) => s + r.customers, 0)).toBe(2357);
    // datasets/README.md: 946 customers with x > 0, so 1,411 with x = 0.
    expect(rows[0].customers).toBe(1411);
    // FHL 2005: 1,882 holdout repeat transactions.
    expect(rows.reduce((s, r) => s + r.customers * r.actualMean, 0)).toBeCloseTo(1882, 9);
    // Heavier calibration buyers buy more in the holdout (FHL 2005, Fig. 4).
    for (let c = 1; c < 7; c++) expect(rows[c].actualMean).toBeGreaterThan(rows[c - 1].actualMean);
  });

  it('conditionalExpectations(...) rejects a negative frequency, naming the row', () => {
    expect(() => conditionalExpectations([1, -1], [0, 0], [0, 0])).toThrow(InputError);
    expect(() => conditionalExpectations([1], [0, 0], [0])).toThrow(InputError);
  });
});
