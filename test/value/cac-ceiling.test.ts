import { describe, expect, it } from 'vitest';
import { bindingCeiling, cacCeiling } from '../../src/value/cac-ceiling.js';
import { UsageError } from '../../src/errors.js';

/** Weeks in 12 months of 365.25/12 days: 365.25/7. */
const WEEKS_PER_YEAR = 365.25 / 7;

const base = {
  expectedPurchasesNewCustomer: (t: number) => 0.1 * t,
  expectedSpend: 50,
  margin: 0.3,
  annualDiscountRate: 0,
  horizon: 52,
  unit: 'week' as const,
};

describe('cacCeiling', () => {
  it('cacCeiling(...) matches the documented example: LTV 93, ratio ceiling 31 binds under payback 93.27', () => {
    // Hand computation: LTV = 0.3·50·(1 + 0.1·52) = 93; ratio ceiling = 93/3 = 31;
    // payback (12 months = 52.18 weeks, undiscounted) = 15·(1 + 0.1·52.18) = 93.27.
    const result = cacCeiling(base);
    expect(result.newCustomerLtv).toBeCloseTo(93, 10);
    expect(result.ratioCeiling).toBeCloseTo(31, 10);
    expect(result.paybackMargin).toBeCloseTo(15 * (1 + 0.1 * WEEKS_PER_YEAR), 10);
    expect(result.paybackCeiling).toBe(result.paybackMargin);
    expect(result.ceiling).toBe(result.ratioCeiling);
    expect(result.binding).toBe('ltv-ratio');
    expect(result.targetLtvCacRatio).toBe(3);
    expect(result.paybackMonths).toBe(12);
    expect(result.paybackDiscounted).toBe(false);
  });

  it('cacCeiling(...) reports payback as binding when value arrives after the payback period', () => {
    // 3-year horizon, ratio 2: LTV = 15·(1 + 15.6) = 249 → 124.5; payback stays 93.27 → payback binds.
    const result = cacCeiling({ ...base, horizon: 156, targetLtvCacRatio: 2 });
    expect(result.ratioCeiling).toBeCloseTo(124.5, 10);
    expect(result.binding).toBe('payback');
    expect(result.ceiling).toBeCloseTo(15 * (1 + 0.1 * WEEKS_PER_YEAR), 10);
  });

  it('cacCeiling(...) does not apply the margin twice: halving the margin halves both ceilings', () => {
    const full = cacCeiling({ ...base, margin: 0.6 });
    const half = cacCeiling({ ...base, margin: 0.3 });
    expect(half.ratioCeiling / full.ratioCeiling).toBeCloseTo(0.5, 12);
    expect(half.paybackCeiling / full.paybackCeiling).toBeCloseTo(0.5, 12);
  });

  it('cacCeiling(...) with discountPayback values the payback window like the LTV', () => {
    // Closed form: m·s·(1 + λ(1 − e^(−δN))/δ) with N = 52.18 weeks, δ = ln(1.1)·7/365.25; exact for linear E[X].
    const delta = (Math.log1p(0.1) * 7) / 365.25;
    const expected = 15 * (1 + (0.1 * -Math.expm1(-delta * WEEKS_PER_YEAR)) / delta);
    const result = cacCeiling({ ...base, annualDiscountRate: 0.1, discountPayback: true });
    expect(result.paybackDiscounted).toBe(true);
    expect(result.paybackMargin / expected - 1).toBeCloseTo(0, 12);
  });

  it('cacCeiling(...) converts the payback months into the model unit exactly (6 months = 182.625 days)', () => {
    const result = cacCeiling({ ...base, unit: 'day', horizon: 365, paybackMonths: 6, expectedPurchasesNewCustomer: (t) => t / 100 });
    expect(result.paybackMargin).toBeCloseTo(15 * (1 + 182.625 / 100), 10);
  });

  it('cacCeiling(...) calls an exact tie "ltv-ratio"', () => {
    // No repeats and ratio 1: LTV = payback = m·s = 15.
    const result = cacCeiling({ ...base, expectedPurchasesNewCustomer: () => 0, targetLtvCacRatio: 1 });
    expect(result.ratioCeiling).toBe(15);
    expect(result.paybackCeiling).toBe(15);
    expect(result.binding).toBe('ltv-ratio');
  });

  it.each([
    ['ratio 0', { targetLtvCacRatio: 0 }],
    ['a negative ratio', { targetLtvCacRatio: -3 }],
    ['a NaN ratio', { targetLtvCacRatio: NaN }],
    ['payback 0 months', { paybackMonths: 0 }],
    ['negative payback months', { paybackMonths: -12 }],
    ['infinite payback months', { paybackMonths: Infinity }],
    ['margin 0', { margin: 0 }],
    ['margin above 1', { margin: 1.01 }],
    ['a negative discount rate', { annualDiscountRate: -0.01 }],
  ])('cacCeiling(...) throws UsageError for %s', (_, bad) => {
    expect(() => cacCeiling({ ...base, ...bad })).toThrow(UsageError);
  });

  it('cacCeiling(...) returns a frozen value', () => {
    expect(Object.isFrozen(cacCeiling(base))).toBe(true);
  });
});

describe('bindingCeiling', () => {
  it('bindingCeiling(...) keeps the ratio ceiling when the payback ceiling is NaN (not observed)', () => {
    expect(bindingCeiling(10, NaN)).toEqual({ ceiling: 10, binding: 'ltv-ratio' });
  });

  it('bindingCeiling(...) picks the lower ceiling', () => {
    expect(bindingCeiling(10, 4)).toEqual({ ceiling: 4, binding: 'payback' });
    expect(bindingCeiling(3, 4)).toEqual({ ceiling: 3, binding: 'ltv-ratio' });
  });
});
