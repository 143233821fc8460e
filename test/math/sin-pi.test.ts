import { describe, expect, it } from 'vitest';
import { sinPi } from '../../src/math/sin-pi.js';

describe('sinPi', () => {
  it('sinPi is exactly 0 at integers and ±1 at half-integers, even far from 0', () => {
    for (const n of [0, 1, -3, 1e6, 2 ** 40]) expect(Math.abs(sinPi(n))).toBe(0);
    expect(sinPi(1e6 + 0.5)).toBe(1);
    expect(sinPi(-0.5)).toBe(-1);
  });
  it('sinPi(k + ε) ≈ (−1)ᵏ πε for tiny ε (Math.sin(Math.PI·x) loses this)', () => {
    const eps = 1e-10;
    expect(sinPi(3 + eps) / (-Math.PI * eps)).toBeCloseTo(1, 5);
  });
  it('sinPi(x) agrees with Math.sin(πx) for moderate x', () => {
    for (const x of [0.1, 0.3, 0.7, 1.2, -1.7, 2.25]) expect(sinPi(x)).toBeCloseTo(Math.sin(Math.PI * x), 14);
  });
});
