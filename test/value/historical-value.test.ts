import { describe, expect, it } from 'vitest';
import { historicalValue } from '../../src/value/historical-value.js';
import { UsageError } from '../../src/errors.js';
import { logOf } from './transaction-log-fixture.js';

describe('historicalValue', () => {
  it('historicalValue(log) sums every period of each customer, first purchase included', () => {
    // Hand sums: A = 10 + 5 = 15, B = 7 (a one-time buyer still has revenue), C = 0.5 + 0.25 + 0.25 = 1.
    const log = logOf({ A: [[0, 10], [20, 5]], B: [[3, 7]], C: [[1, 0.5], [2, 0.25], [9, 0.25]] });
    expect(Array.from(historicalValue(log))).toEqual([15, 7, 1]);
  });

  it('historicalValue(log) returns an empty array for an empty log', () => {
    expect(historicalValue(logOf({})).length).toBe(0);
  });

  it('historicalValue(log) throws UsageError when the log has no amounts', () => {
    expect(() => historicalValue(logOf({ A: [[0, 0]] }, { hasAmount: false }))).toThrow(UsageError);
  });
});
