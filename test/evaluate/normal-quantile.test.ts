import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { normalQuantile, normalUpperTail } from '../../src/evaluate/normal-quantile.js';

describe('normalQuantile', () => {
  it('normalQuantile(p) matches the standard tabulated quantiles to 1e-13', () => {
    // Reference values: R qnorm() / mpmath, 16 significant digits.
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 13);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 13);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.6448536269514722, 13);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('normalQuantile(...) rejects p outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(UsageError);
    expect(() => normalQuantile(1)).toThrow(UsageError);
    expect(() => normalQuantile(Number.NaN)).toThrow(UsageError);
  });

  it('normalUpperTail(z) matches 1 − Φ(z) on both sides of the series/continued-fraction switch', () => {
    // R: pnorm(z, lower.tail = FALSE).
    expect(normalUpperTail(0)).toBe(0.5);
    expect(normalUpperTail(1) / 0.15865525393145707 - 1).toBeLessThan(1e-14);
    expect(Math.abs(normalUpperTail(2.9999) / normalUpperTail(3.0001) - 1)).toBeLessThan(1e-3);
    expect(Math.abs(normalUpperTail(3) / 1.3498980316300946e-3 - 1)).toBeLessThan(1e-13);
    expect(Math.abs(normalUpperTail(5) / 2.866515718791939e-7 - 1)).toBeLessThan(1e-13);
  });
});
