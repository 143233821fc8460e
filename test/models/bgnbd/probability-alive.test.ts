import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { probabilityAlive } from '../../../src/models/bgnbd/probability-alive.js';
import { CDNOW_PARAMS, makeModel } from './make-model.js';

const f = (values: number[]) => new Float64Array(values);

/** FHL 2005 eq. 13 written out directly with powers (fine at moderate x). */
function direct(x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = CDNOW_PARAMS;
  if (x === 0) return 1;
  return 1 / (1 + (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x));
}

describe('probabilityAlive', () => {
  it('probabilityAlive(CDNOW params) matches the closed form of FHL 2005 eq. 13 computed directly (1e-14)', () => {
    const x = [1, 2, 2, 7, 15, 30];
    const tx = [1.71, 30.43, 5, 38, 20, 35];
    const T = [38.86, 38.86, 38.86, 38.86, 30, 36];
    const p = probabilityAlive(makeModel(), f(x), f(tx), f(T));
    x.forEach((_, i) => expect(Math.abs(p[i] - direct(x[i], tx[i], T[i]))).toBeLessThan(1e-14));
  });

  it('probabilityAlive(CDNOW params, x = 2, t_x = 30.43, T = 38.86) is 0.7266 (doc example; eq. 13 by hand: 1/(1 + 0.793/3.426·(43.274/34.844)^2.243))', () => {
    expect(probabilityAlive(makeModel(), f([2]), f([30.43]), f([38.86]))[0]).toBeCloseTo(0.7266, 4);
  });

  it('probabilityAlive is 1 for a customer with no repeat purchases (dropout only follows a purchase)', () => {
    expect(Array.from(probabilityAlive(makeModel(), f([0, 0]), f([0, 0]), f([1, 500])))).toEqual([1, 1]);
  });

  it('probabilityAlive at t_x = T is (b+x−1)/(b+x−1+a), and tends to 0 without underflow to NaN for long silences', () => {
    const { a, b } = CDNOW_PARAMS;
    const [atEnd] = probabilityAlive(makeModel(), f([4]), f([38]), f([38]));
    expect(atEnd).toBeCloseTo((b + 3) / (b + 3 + a), 14);
    const [gone] = probabilityAlive(makeModel(), f([5000]), f([1]), f([38]));
    expect(gone).toBe(0);
  });

  it('probabilityAlive decreases as the silence T − t_x grows and is always in [0, 1]', () => {
    const tx = [38, 30, 20, 10, 1];
    const p = probabilityAlive(makeModel(), f([3, 3, 3, 3, 3]), f(tx), f([38, 38, 38, 38, 38]));
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeLessThan(p[i - 1]);
    p.forEach((v) => expect(v >= 0 && v <= 1).toBe(true));
  });

  it('probabilityAlive rejects a model of another kind with UsageError', () => {
    const other = { ...makeModel(), kind: 'gamma-gamma' } as unknown as ReturnType<typeof makeModel>;
    expect(() => probabilityAlive(other, f([1]), f([1]), f([2]))).toThrow(UsageError);
  });
});
