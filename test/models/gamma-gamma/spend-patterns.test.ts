import { describe, expect, it } from 'vitest';
import { sampleCorrelation } from 'simple-statistics';
import { collapseSpendPatterns } from '../../../src/models/gamma-gamma/spend-patterns.js';
import { FitError, InputError } from '../../../src/errors.js';
import { cdnowLifetimes } from './cdnow-spend.js';

function issuesOf(call: () => unknown): InputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('collapseSpendPatterns', () => {
  it('collapseSpendPatterns(...) groups by frequency and merges identical spends with weights (doc example)', () => {
    const patterns = collapseSpendPatterns([2, 1, 0, 2], [10, 5, 0, 10]);
    expect(Array.from(patterns.groupFrequency)).toEqual([1, 2]);
    expect(Array.from(patterns.groupStart)).toEqual([0, 1, 2]);
    expect(Array.from(patterns.spend)).toEqual([5, 10]);
    expect(Array.from(patterns.weight)).toEqual([1, 2]);
    expect(patterns.customersUsed).toBe(3);
    expect(patterns.excludedNoRepeat).toBe(1);
  });

  it('collapseSpendPatterns(...) keeps every CDNOW repeat buyer: 946 used, 1411 without repeats (datasets/README.md)', () => {
    const data = cdnowLifetimes();
    const before = Float64Array.from(data.monetaryValue);
    const patterns = collapseSpendPatterns(data.frequency, data.monetaryValue);
    expect(patterns.customersUsed).toBe(946);
    expect(patterns.excludedNoRepeat).toBe(1411);
    expect(patterns.excludedNonPositiveSpend).toBe(0);
    expect(patterns.weight.reduce((a, b) => a + b, 0)).toBe(946);
    // Brute force: distinct (x, z̄) pairs counted with a Set of strings.
    const distinct = new Set<string>();
    data.frequency.forEach((x, i) => x > 0 && distinct.add(`${x}|${data.monetaryValue[i]}`));
    expect(patterns.spend.length).toBe(distinct.size);
    expect(Array.from(data.monetaryValue)).toEqual(Array.from(before));
  });

  it('collapseSpendPatterns(...) reports the x–z̄ correlation equal to simple-statistics sampleCorrelation', () => {
    const data = cdnowLifetimes();
    const xs: number[] = [];
    const zs: number[] = [];
    data.frequency.forEach((x, i) => {
      if (x > 0) {
        xs.push(x);
        zs.push(data.monetaryValue[i]);
      }
    });
    const patterns = collapseSpendPatterns(data.frequency, data.monetaryValue);
    // Independent implementation (two-pass); 1e-12 allows for summation order.
    expect(patterns.frequencySpendCorrelation).toBeCloseTo(sampleCorrelation(xs, zs), 12);
  });

  it('collapseSpendPatterns(...) excludes and counts repeat buyers with z̄ ≤ 0 by default', () => {
    const patterns = collapseSpendPatterns([1, 2, 3, 0], [0, -4, 7, Number.NaN]);
    expect(patterns.excludedNonPositiveSpend).toBe(2);
    expect(patterns.excludedNoRepeat).toBe(1);
    expect(patterns.customersUsed).toBe(1);
    expect(Number.isNaN(patterns.frequencySpendCorrelation)).toBe(true);
  });

  it("collapseSpendPatterns(..., 'error') names every repeat buyer with z̄ ≤ 0", () => {
    const error = issuesOf(() => collapseSpendPatterns([1, 2, 3], [0, 5, -4], 'error'));
    expect(error.issues.map((issue) => [issue.row, issue.column])).toEqual([
      [1, 'monetaryValue'],
      [3, 'monetaryValue'],
    ]);
  });

  it('collapseSpendPatterns(...) rejects negative/NaN frequencies and non-finite spends, naming rows', () => {
    const error = issuesOf(() => collapseSpendPatterns([1, -1, Number.NaN, 2, Infinity], [3, 3, 3, Infinity, 3]));
    expect(error.issues.map((issue) => [issue.row, issue.column])).toEqual([
      [2, 'frequency'],
      [3, 'frequency'],
      [4, 'monetaryValue'],
      [5, 'frequency'],
    ]);
  });

  it('collapseSpendPatterns(...) rejects columns of different lengths', () => {
    expect(() => collapseSpendPatterns([1, 2], [3])).toThrow(/frequency has 2 entries but monetaryValue has 1/);
  });

  it('collapseSpendPatterns(...) throws FitError when nobody has a repeat purchase with positive spend', () => {
    expect(() => collapseSpendPatterns([0, 0, 1], [0, 0, 0])).toThrow(FitError);
  });
});
