import { describe, expect, it } from 'vitest';
import { logSumExp } from '../../src/math/log-sum-exp.js';

describe('logSumExp', () => {
  it('logSumExp([1000, 1000]) is 1000 + ln 2 (no overflow)', () => {
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 12);
  });
  it('logSumExp([ln 1, ln 2, ln 3]) is ln 6', () => {
    expect(logSumExp(new Float64Array([0, Math.log(2), Math.log(3)]))).toBeCloseTo(Math.log(6), 15);
  });
  it('logSumExp of an empty array or all −Infinity is −Infinity; NaN propagates', () => {
    expect(logSumExp([])).toBe(Number.NEGATIVE_INFINITY);
    expect(logSumExp([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBe(Number.NEGATIVE_INFINITY);
    expect(logSumExp([1, Number.NaN])).toBeNaN();
  });
});
