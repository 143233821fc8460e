import { describe, expect, it } from 'vitest';
import { rfmScores } from '../../src/value/rfm-scores.js';
import { InputError, UsageError } from '../../src/errors.js';

const ones = (n: number) => new Array<number>(n).fill(1);

describe('rfmScores', () => {
  it('rfmScores(...) matches the documented example: five distinct customers score 1..5 on each axis', () => {
    const scores = rfmScores({ frequency: [0, 1, 2, 3, 4], recency: [0, 1, 2, 3, 4], T: [5, 5, 5, 5, 5], monetary: [10, 20, 30, 40, 50] });
    expect(Array.from(scores.r)).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(scores.f)).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(scores.m)).toEqual([1, 2, 3, 4, 5]);
  });

  it('rfmScores(...) scores recency by time since the last purchase (T − t_x), not by t_x', () => {
    // Same t_x = 2, but customer 0 joined long ago (T = 50, silent 48) and customer 1 recently (T = 3, silent 1).
    const { r } = rfmScores({ frequency: [1, 1], recency: [2, 2], T: [50, 3], monetary: [1, 1] });
    expect(Array.from(r)).toEqual([1, 3]); // b = 0 → 1; b = 1 → 1 + ⌊5/2⌋ = 3
  });

  it('rfmScores(...) puts exactly n/5 distinct customers in each quintile when n = 20', () => {
    const n = 20;
    const f = Array.from({ length: n }, (_, i) => (i * 7) % n); // a permutation of 0..19
    const { f: scores } = rfmScores({ frequency: f, recency: ones(n), T: ones(n), monetary: ones(n) });
    const sizes = [1, 2, 3, 4, 5].map((s) => Array.from(scores).filter((v) => v === s).length);
    expect(sizes).toEqual([4, 4, 4, 4, 4]);
  });

  it('rfmScores(...) follows 1 + ⌊5b/n⌋ for n = 7 (scores 1,1,2,3,3,4,5)', () => {
    // b = 0..6: ⌊0/7⌋,⌊5/7⌋,⌊10/7⌋,⌊15/7⌋,⌊20/7⌋,⌊25/7⌋,⌊30/7⌋ = 0,0,1,2,2,3,4.
    const { m } = rfmScores({ frequency: ones(7), recency: ones(7), T: ones(7), monetary: [1, 2, 3, 4, 5, 6, 7] });
    expect(Array.from(m)).toEqual([1, 1, 2, 3, 3, 4, 5]);
  });

  it('rfmScores(...) gives tied customers one score, that of the block start (zero-repeat customers all F = 1)', () => {
    // 6 of 10 have x = 0 → b = 0 → F = 1; x = 1 (2 customers) → b = 6 → 1 + ⌊30/10⌋ = 4; x = 3, 5 → b = 8, 9 → 5.
    const frequency = [0, 0, 0, 0, 0, 0, 1, 1, 3, 5];
    const { f } = rfmScores({ frequency, recency: ones(10), T: ones(10), monetary: ones(10) });
    expect(Array.from(f)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
  });

  it('rfmScores(...) scores a single customer and an all-equal base 1', () => {
    expect(Array.from(rfmScores({ frequency: [3], recency: [2], T: [4], monetary: [9] }).r)).toEqual([1]);
    const same = rfmScores({ frequency: [2, 2, 2], recency: [1, 1, 1], T: [3, 3, 3], monetary: [5, 5, 5] });
    expect([...same.r, ...same.f, ...same.m]).toEqual(new Array(9).fill(1));
  });

  it('rfmScores(...) keeps customers whose last purchase fell on the same day tied despite float noise in T − t_x', () => {
    // First purchases on days 0 and 1, both last bought on day 250, end day 300, in weeks:
    // (300 − 0)/7 − (250 − 0)/7 = 7.142857142857139 but (300 − 1)/7 − (250 − 1)/7 = 7.142857142857146.
    const T = [300 / 7, 299 / 7, 300 / 7];
    const recency = [250 / 7, 249 / 7, 280 / 7];
    expect(T[0] - recency[0]).not.toBe(T[1] - recency[1]);
    const { r } = rfmScores({ frequency: [1, 1, 1], recency, T, monetary: [1, 1, 1] });
    expect(r[0]).toBe(r[1]);
    expect(r[2]).toBeGreaterThan(r[0]);
  });

  it('rfmScores(...) throws InputError for recency > T, negative frequency or NaN, naming the row', () => {
    try {
      rfmScores({ frequency: [1, 1], recency: [1, 5], T: [2, 4], monetary: [1, 1] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues[0]).toMatchObject({ row: 2, column: 'recency' });
    }
    expect(() => rfmScores({ frequency: [-1], recency: [0], T: [1], monetary: [1] })).toThrow(InputError);
    expect(() => rfmScores({ frequency: [1], recency: [0], T: [1], monetary: [NaN] })).toThrow(InputError);
  });

  it('rfmScores(...) throws UsageError when columns differ in length', () => {
    expect(() => rfmScores({ frequency: [1, 2], recency: [0], T: [1, 1], monetary: [1, 1] })).toThrow(UsageError);
  });
});
