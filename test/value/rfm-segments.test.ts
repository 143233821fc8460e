import { describe, expect, it } from 'vitest';
import { assignRfmSegments } from '../../src/value/rfm-segments.js';
import { UsageError } from '../../src/errors.js';

/**
 * The documented default table (src/value/segment-config.ts), written out as
 * the 5×5 grid it defines: rows R = 5 (top) … 1, columns F = 1 … 5.
 */
const GRID: Record<number, string[]> = {
  5: ['new-customers', 'potential-loyalists', 'potential-loyalists', 'champions', 'champions'],
  4: ['promising', 'potential-loyalists', 'potential-loyalists', 'loyal', 'loyal'],
  3: ['about-to-sleep', 'about-to-sleep', 'need-attention', 'loyal', 'loyal'],
  2: ['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cant-lose'],
  1: ['lost', 'hibernating', 'at-risk', 'at-risk', 'cant-lose'],
};

describe('assignRfmSegments', () => {
  it('assignRfmSegments(...) maps all 25 R×F cells to the documented default table, whatever M is', () => {
    const r: number[] = [];
    const f: number[] = [];
    const m: number[] = [];
    const expected: string[] = [];
    for (let ri = 1; ri <= 5; ri++) {
      for (let fi = 1; fi <= 5; fi++) {
        for (let mi = 1; mi <= 5; mi++) {
          r.push(ri);
          f.push(fi);
          m.push(mi);
          expected.push(GRID[ri][fi - 1]);
        }
      }
    }
    expect(assignRfmSegments({ r: Uint8Array.from(r), f: Uint8Array.from(f), m: Uint8Array.from(m) })).toEqual(expected);
  });

  it('assignRfmSegments(...) uses eleven names, including "lost" carved out of "hibernating"', () => {
    expect(new Set(Object.values(GRID).flat()).size).toBe(11);
  });

  it('assignRfmSegments(...) applies the first matching rule of a custom table, M ranges included', () => {
    const config = {
      segments: [
        { name: 'whales', r: [1, 5], f: [1, 5], m: [5, 5] },
        { name: 'recent', r: [4, 5], f: [1, 5] },
        { name: 'others', r: [1, 5], f: [1, 5] },
      ] as const,
    };
    const scores = { r: Uint8Array.of(1, 5, 5, 2), f: Uint8Array.of(1, 1, 5, 5), m: Uint8Array.of(5, 5, 1, 1) };
    expect(assignRfmSegments(scores, config)).toEqual(['whales', 'whales', 'recent', 'others']);
  });

  it('assignRfmSegments(...) throws UsageError naming the cell a hand-built table misses', () => {
    const config = { segments: [{ name: 'only-top', r: [5, 5] as const, f: [5, 5] as const }] };
    expect(() => assignRfmSegments({ r: Uint8Array.of(3), f: Uint8Array.of(2), m: Uint8Array.of(1) }, config)).toThrow(/R=3 F=2 M=1/);
  });

  it('assignRfmSegments(...) throws UsageError for score arrays of different lengths', () => {
    expect(() => assignRfmSegments({ r: Uint8Array.of(1), f: Uint8Array.of(1, 2), m: Uint8Array.of(1) })).toThrow(UsageError);
  });
});
