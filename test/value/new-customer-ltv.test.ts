import { describe, expect, it } from 'vitest';
import { newCustomerLtv } from '../../src/value/new-customer-ltv.js';
import { UsageError } from '../../src/errors.js';

/** Continuous discount rate per week from an annual rate R: ln(1+R)·7/365.25 (exact unit conversion). */
const weeklyDelta = (annualRate: number) => (Math.log1p(annualRate) * 7) / 365.25;

const base = {
  expectedSpend: 50,
  margin: 0.3,
  annualDiscountRate: 0.1,
  horizon: 52,
  unit: 'week' as const,
};

describe('newCustomerLtv', () => {
  it('newCustomerLtv(...) matches the documented example: 0.3·50·(1 + 0.1·52) = 93 without discounting', () => {
    // Hand computation: first purchase (1) + E[X(52)] = 5.2 repeats, times margin·spend = 15.
    const ltv = newCustomerLtv({ ...base, annualDiscountRate: 0, expectedPurchasesNewCustomer: (t) => 0.1 * t });
    expect(ltv).toBeCloseTo(93, 10);
  });

  it('newCustomerLtv(...) equals m·s·(1 + λ(1 − e^(−δH))/δ) for a constant repeat rate λ', () => {
    // Closed form of ∫₀ᴴ e^(−δt) λ dt; the piecewise-linear scheme is exact for linear E[X], so 1e-12.
    const lambda = 0.1;
    const delta = weeklyDelta(0.1);
    const expected = 0.3 * 50 * (1 + (lambda * -Math.expm1(-delta * 52)) / delta);
    const ltv = newCustomerLtv({ ...base, expectedPurchasesNewCustomer: (t) => lambda * t, steps: 4 });
    expect(ltv / expected - 1).toBeCloseTo(0, 12);
  });

  it('newCustomerLtv(...) matches the exponential-lifetime closed form m·s·(1 + λ(1 − e^(−(δ+μ)H))/(δ+μ))', () => {
    // E[X(t)] = (λ/μ)(1 − e^(−μt)): Poisson repeats until an exponential lifetime (mean 26 weeks) ends.
    // Weekly grid over 3 years; predicted relative error of the repeat part ≈ h²δμ/12 = 1·0.00183·0.0385/12 ≈ 5.9e-6 → allow 1e-5.
    const lambda = 0.2;
    const mu = 1 / 26;
    const delta = weeklyDelta(0.1);
    const horizon = 156;
    const repeats = (lambda * -Math.expm1(-(delta + mu) * horizon)) / (delta + mu);
    const expected = 0.3 * 50 * (1 + repeats);
    const ltv = newCustomerLtv({
      ...base,
      horizon,
      expectedPurchasesNewCustomer: (t) => (lambda / mu) * -Math.expm1(-mu * t),
    });
    expect(Math.abs(ltv / expected - 1)).toBeLessThan(1e-5);
  });

  it('newCustomerLtv(...) is margin × spend when a new customer never buys again (the first purchase counts in full)', () => {
    // Closed form: the integral is 0, so LTV = m·s·1 whatever the discount rate.
    const ltv = newCustomerLtv({ ...base, annualDiscountRate: 0.5, expectedPurchasesNewCustomer: () => 0 });
    expect(ltv).toBe(0.3 * 50);
  });

  it('newCustomerLtv(...) decreases as the discount rate rises (a later euro is worth less)', () => {
    const values = [0, 0.05, 0.2, 1].map((annualDiscountRate) =>
      newCustomerLtv({ ...base, annualDiscountRate, expectedPurchasesNewCustomer: (t) => 0.1 * t }),
    );
    for (let k = 1; k < values.length; k++) expect(values[k]).toBeLessThan(values[k - 1]);
  });

  it.each([
    ['margin 0', { margin: 0 }],
    ['margin above 1', { margin: 1.2 }],
    ['a margin given as a percentage', { margin: 30 }],
    ['a negative discount rate', { annualDiscountRate: -0.1 }],
    ['a zero horizon', { horizon: 0 }],
    ['a negative spend', { expectedSpend: -1 }],
    ['a NaN spend', { expectedSpend: NaN }],
  ])('newCustomerLtv(...) throws UsageError for %s', (_, bad) => {
    expect(() => newCustomerLtv({ ...base, expectedPurchasesNewCustomer: (t) => 0.1 * t, ...bad })).toThrow(UsageError);
  });

  it('newCustomerLtv(...) suggests a fraction when the margin looks like a percentage', () => {
    expect(() => newCustomerLtv({ ...base, margin: 30, expectedPurchasesNewCustomer: () => 0 })).toThrow(/use 0\.3/);
  });

  it('newCustomerLtv(...) throws UsageError when E[X(t)] is not finite', () => {
    expect(() => newCustomerLtv({ ...base, expectedPurchasesNewCustomer: (t) => (t > 10 ? NaN : t) })).toThrow(UsageError);
  });
});
