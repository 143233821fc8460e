import { describe, expect, it } from 'vitest';
import { summariseSegments } from '../../src/value/summarise-segments.js';
import { InputError, UsageError } from '../../src/errors.js';

describe('summariseSegments', () => {
  it('summariseSegments(...) matches the documented example (a: 2 customers, 30 of 35 LTV)', () => {
    const [a, b] = summariseSegments({ segment: ['a', 'b', 'a'], predictedLtv: [10, 5, 20] });
    expect(a).toMatchObject({ segment: 'a', customers: 2, totalPredictedLtv: 30, meanPredictedLtv: 15 });
    expect(a.share).toBeCloseTo(2 / 3, 15);
    expect(a.ltvShare).toBeCloseTo(30 / 35, 15);
    expect(b).toMatchObject({ segment: 'b', customers: 1, totalPredictedLtv: 5 });
    expect(a.meanPAlive).toBeNaN();
    expect(a.historicalRevenue).toBeNaN();
  });

  it('summariseSegments(...) averages P(alive) and totals historical revenue per segment', () => {
    // Hand sums: x = {0.2, 0.6} → mean 0.4, revenue 100 + 50; y = {1} → revenue 7.
    const rows = summariseSegments({
      segment: ['x', 'y', 'x'],
      predictedLtv: [1, 2, 3],
      pAlive: [0.2, 1, 0.6],
      historicalRevenue: [100, 7, 50],
    });
    expect(rows[0].meanPAlive).toBeCloseTo(0.4, 15);
    expect(rows[0].historicalRevenue).toBe(150);
    expect(rows[1]).toMatchObject({ segment: 'y', meanPAlive: 1, historicalRevenue: 7 });
  });

  it('summariseSegments(...) lists segments in the given order first and shares sum to 1', () => {
    const rows = summariseSegments({
      segment: ['bottom-50', 'top-1', 'top-5', 'bottom-50', 'zzz'],
      predictedLtv: [1, 9, 5, 1, 0],
      order: ['top-1', 'top-5', 'top-10', 'bottom-50'],
    });
    expect(rows.map((r) => r.segment)).toEqual(['top-1', 'top-5', 'bottom-50', 'zzz']);
    expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 15);
    expect(rows.reduce((s, r) => s + r.ltvShare, 0)).toBeCloseTo(1, 15);
  });

  it('summariseSegments(...) reports an LTV share of NaN when the total predicted LTV is 0', () => {
    expect(summariseSegments({ segment: ['a'], predictedLtv: [0] })[0].ltvShare).toBeNaN();
  });

  it('summariseSegments(...) throws UsageError for mismatched lengths and InputError for bad values', () => {
    expect(() => summariseSegments({ segment: ['a', 'b'], predictedLtv: [1] })).toThrow(UsageError);
    expect(() => summariseSegments({ segment: ['a'], predictedLtv: [1], pAlive: [1.5] })).toThrow(InputError);
  });
});
