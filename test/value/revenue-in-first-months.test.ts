import { describe, expect, it } from 'vitest';
import { revenueInFirstMonths } from '../../src/value/revenue-in-first-months.js';
import { UsageError } from '../../src/errors.js';
import { logOf } from './transaction-log-fixture.js';

/** One month is 365.25/12 = 30.4375 days. */
const MONTH = 365.25 / 12;

describe('revenueInFirstMonths', () => {
  it('revenueInFirstMonths(...) matches the documented example: 15 in the first month, NaN for an unobserved 6-month window', () => {
    const log = logOf({ A: [[0, 10], [20, 5], [40, 8]] });
    expect(Array.from(revenueInFirstMonths(log, { months: 1, observationEnd: 100 }))).toEqual([15]);
    expect(revenueInFirstMonths(log, { months: 6, observationEnd: 100 })[0]).toBeNaN();
  });

  it('revenueInFirstMonths(...) uses the half-open window [t₀, t₀ + N·30.4375 days)', () => {
    // A purchase exactly one month after the first is outside the 1-month window; one a day before is inside.
    const log = logOf({ A: [[100, 1], [100 + MONTH - 1, 2], [100 + MONTH, 4]] });
    expect(revenueInFirstMonths(log, { months: 1, observationEnd: 1000 })[0]).toBe(3);
    expect(revenueInFirstMonths(log, { months: 2, observationEnd: 1000 })[0]).toBe(7);
  });

  it('revenueInFirstMonths(...) counts a window that ends exactly at the observation end as observed', () => {
    const log = logOf({ A: [[0, 1]], B: [[1, 2]] });
    const out = revenueInFirstMonths(log, { months: 1, observationEnd: MONTH });
    expect(out[0]).toBe(1);
    expect(out[1]).toBeNaN();
  });

  it('revenueInFirstMonths(...) throws UsageError for months ≤ 0, a non-finite end, or a log without amounts', () => {
    const log = logOf({ A: [[0, 1]] });
    expect(() => revenueInFirstMonths(log, { months: 0, observationEnd: 10 })).toThrow(UsageError);
    expect(() => revenueInFirstMonths(log, { months: 1, observationEnd: NaN })).toThrow(UsageError);
    expect(() => revenueInFirstMonths(logOf({ A: [[0, 1]] }, { hasAmount: false }), { months: 1, observationEnd: 99 })).toThrow(UsageError);
  });
});
