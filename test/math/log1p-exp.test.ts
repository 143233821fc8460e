import { describe, expect, it } from 'vitest';
import { log1pExp } from '../../src/math/log1p-exp.js';

describe('log1pExp', () => {
  it('log1pExp(0) is ln 2', () => {
    expect(log1pExp(0)).toBeCloseTo(Math.LN2, 15);
  });
  it('log1pExp(1000) is 1000 without overflow (naive ln(1 + e¹⁰⁰⁰) is Infinity)', () => {
    expect(log1pExp(1000)).toBe(1000);
    expect(Math.log(1 + Math.exp(1000))).toBe(Number.POSITIVE_INFINITY);
  });
  it('log1pExp(−40) keeps full relative precision (≈ e⁻⁴⁰, where 1 + e⁻⁴⁰ rounds to 1)', () => {
    expect(Math.abs(log1pExp(-40) / Math.exp(-40) - 1)).toBeLessThan(1e-15);
  });
  it('log1pExp is continuous at the x = 36 switch to x + e⁻ˣ (relative jump < 1e-15)', () => {
    expect(Math.abs(log1pExp(36) - log1pExp(36 + 1e-12))).toBeLessThan(1e-11);
    expect(Math.abs(log1pExp(36.000001) - (36.000001 + Math.log1p(Math.exp(-36.000001))))).toBeLessThan(1e-14);
  });
});
