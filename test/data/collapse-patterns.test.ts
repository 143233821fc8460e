import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collapsePatterns } from '../../src/data/collapse-patterns.js';
import { UsageError } from '../../src/errors.js';

describe('collapsePatterns', () => {
  it('collapsePatterns(doc example) merges identical triples in order of first appearance', () => {
    const c = collapsePatterns([0, 2, 0], [0, 5, 0], [9, 9, 9]);
    expect(Array.from(c.frequency)).toEqual([0, 2]);
    expect(Array.from(c.recency)).toEqual([0, 5]);
    expect(Array.from(c.T)).toEqual([9, 9]);
    expect(Array.from(c.weight)).toEqual([2, 1]);
    expect(Array.from(c.patternOf)).toEqual([0, 1, 0]);
  });

  it('collapsePatterns keeps triples that differ in a single coordinate apart (exact equality, no rounding)', () => {
    const c = collapsePatterns([1, 1, 1, 1], [2, 2, 2 + 1e-12, 2], [3, 3 + 2 ** -40, 3, 3]);
    expect(c.weight.length).toBe(3);
    expect(Array.from(c.patternOf)).toEqual([0, 1, 2, 0]);
  });

  it('collapsePatterns treats −0 as 0 and never merges NaN rows', () => {
    const c = collapsePatterns([0, -0, Number.NaN, Number.NaN], [0, 0, 0, 0], [1, 1, 1, 1]);
    expect(Array.from(c.weight)).toEqual([2, 1, 1]);
  });

  it('collapsePatterns on the CDNOW summary (2,357 customers) has weights summing to 2,357, counts matching a string-key tally, and round-trips', () => {
    const lines = readFileSync('datasets/cdnow_customers_summary.csv', 'utf8').trim().split('\n').slice(1);
    const rows = lines.map((l) => l.split(',').map(Number));
    const x = Float64Array.from(rows, (r) => r[1]);
    const tx = Float64Array.from(rows, (r) => r[2]);
    const T = Float64Array.from(rows, (r) => r[3]);
    const c = collapsePatterns(x, tx, T);
    // Independent tally with string keys.
    const tally = new Map<string, number>();
    rows.forEach((r) => tally.set(`${r[1]}|${r[2]}|${r[3]}`, (tally.get(`${r[1]}|${r[2]}|${r[3]}`) ?? 0) + 1));
    expect(c.weight.length).toBe(tally.size);
    expect(c.weight.reduce((s, w) => s + w, 0)).toBe(2357);
    const wrongCounts: number[] = [];
    for (let p = 0; p < c.weight.length; p++) {
      if (c.weight[p] !== tally.get(`${c.frequency[p]}|${c.recency[p]}|${c.T[p]}`)) wrongCounts.push(p);
    }
    expect(wrongCounts).toEqual([]);
    const notRoundTripped: number[] = [];
    for (let i = 0; i < x.length; i++) {
      const p = c.patternOf[i];
      if (c.frequency[p] !== x[i] || c.recency[p] !== tx[i] || c.T[p] !== T[i]) notRoundTripped.push(i);
    }
    expect(notRoundTripped).toEqual([]);
  });

  it('collapsePatterns does not modify its inputs and rejects arrays of different lengths', () => {
    const x = new Float64Array([1, 1]);
    collapsePatterns(x, [2, 2], [3, 3]);
    expect(Array.from(x)).toEqual([1, 1]);
    expect(() => collapsePatterns([1], [1, 2], [1])).toThrow(UsageError);
  });
});
