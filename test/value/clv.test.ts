import { describe, expect, it } from 'vitest';
import { discountedClv } from '../../src/value/clv.js';
import { InputError, UsageError } from '../../src/errors.js';
import { convertDuration } from '../../src/data/time-unit.js';

/** Continuous discount rate per `unit-days`-long unit, from an annual rate: ln(1+R)·d/365.25. */
function deltaPerUnit(annualRate: number, daysPerUnit: number): number {
  return (Math.log1p(annualRate) * daysPerUnit) / 365.25;
}

/** E[Y(t)] = λt for each rate λ (constant-rate Poisson customers). */
const poisson = (rates: number[]) => (t: number) => Float64Array.from(rates, (lambda) => lambda * t);

/** E[Y(t)] = (λ/μ)(1 − e^(−μt)): Poisson purchasing at rate λ until an exponential(μ) lifetime ends. */
const exponentialLifetime = (lambda: number, mu: number) => (t: number) =>
  Float64Array.of((lambda / mu) * -Math.expm1(-mu * t));

/** Closed form of ∫₀ᴴ e^(−δt) λ e^(−μt) dt = λ(1 − e^(−(δ+μ)H))/(δ+μ). */
function exponentialLifetimeClosedForm(lambda: number, mu: number, delta: number, horizon: number): number {
  return (lambda * -Math.expm1(-(delta + mu) * horizon)) / (delta + mu);
}

describe('discountedClv', () => {
  it('discountedClv(...) equals m·s·λ(1 − e^(−δH))/δ for constant-rate Poisson customers, at any step count', () => {
    // Closed form: ∫₀ᴴ e^(−δt) λ dt. The scheme integrates a piecewise-linear E[Y] exactly,
    // so even 3 steps must agree to rounding (1e-12 relative).
    const delta = deltaPerUnit(0.1, 7);
    const rates = [0.5, 0.01, 2];
    const spend = [20, 150, 3.5];
    for (const steps of [3, 52]) {
      const clv = discountedClv({
        cumulativePurchases: poisson(rates),
        expectedSpend: spend,
        horizon: 52,
        unit: 'week',
        annualDiscountRate: 0.1,
        margin: 0.3,
        steps,
      });
      rates.forEach((lambda, i) => {
        const expected = (0.3 * spend[i] * lambda * -Math.expm1(-delta * 52)) / delta;
        expect(clv[i] / expected - 1).toBeCloseTo(0, 12);
      });
    }
  });

  it('discountedClv(...) matches the documented example (≈ 148.8)', () => {
    const [clv] = discountedClv({
      cumulativePurchases: (t) => [0.5 * t],
      expectedSpend: [20],
      horizon: 52,
      unit: 'week',
      annualDiscountRate: 0.1,
      margin: 0.3,
    });
    // 0.3·20·0.5·(1 − e^(−52δ))/δ with δ = ln(1.1)·7/365.25 = 0.0018266 → 148.80
    expect(clv).toBeCloseTo(148.8, 1);
  });

  it('discountedClv(...) with zero discount equals m·s·E[Y(H)] exactly', () => {
    // Closed form: with δ = 0 the integral telescopes to E[Y(H)] − E[Y(0)].
    const lambda = 0.3;
    const mu = 0.02;
    const clv = discountedClv({
      cumulativePurchases: exponentialLifetime(lambda, mu),
      expectedSpend: [40],
      horizon: 104,
      unit: 'week',
      annualDiscountRate: 0,
      margin: 0.25,
      steps: 5,
    });
    const expected = 0.25 * 40 * exponentialLifetime(lambda, mu)(104)[0];
    expect(clv[0] / expected - 1).toBeCloseTo(0, 14);
  });

  it('discountedClv(...) matches the exponential-lifetime closed form m·s·λ(1 − e^(−(δ+μ)H))/(δ+μ)', () => {
    // Mean lifetime 1 year, 10 %/year, 5-year horizon, weekly default grid (261 steps).
    // Predicted relative error h²δμ/12 = 1·0.00183·0.0192/12 ≈ 2.9e-6 — allow 5e-6.
    const mu = 7 / 365.25;
    const lambda = 0.4;
    const horizon = convertDuration(5, 'year', 'week');
    const delta = deltaPerUnit(0.1, 7);
    const [clv] = discountedClv({
      cumulativePurchases: exponentialLifetime(lambda, mu),
      expectedSpend: [25],
      horizon,
      unit: 'week',
      annualDiscountRate: 0.1,
      margin: 1,
    });
    const expected = 25 * exponentialLifetimeClosedForm(lambda, mu, delta, horizon);
    const relativeError = Math.abs(clv / expected - 1);
    expect(relativeError).toBeLessThan(5e-6);
    expect(relativeError).toBeGreaterThan(0);
  });

  it('discountedClv(...) error shrinks as h² (factor ≈ 4 per halving) with the predicted constant δμ/12', () => {
    // Fast churn and a steep discount make the error visible: μ = 0.5/month, 20 %/year, 24 months.
    // Measured ratios 3.95, 3.99, 4.00 (the first is still pre-asymptotic at μh = 1).
    const mu = 0.5;
    const lambda = 2;
    const delta = deltaPerUnit(0.2, 365.25 / 12);
    const expected = exponentialLifetimeClosedForm(lambda, mu, delta, 24);
    const errors = [12, 24, 48, 96].map((steps) => {
      const [clv] = discountedClv({
        cumulativePurchases: exponentialLifetime(lambda, mu),
        expectedSpend: [1],
        horizon: 24,
        unit: 'month',
        annualDiscountRate: 0.2,
        margin: 1,
        steps,
      });
      return clv / expected - 1;
    });
    for (let k = 1; k < errors.length; k++) {
      expect(errors[k - 1] / errors[k]).toBeGreaterThan(3.8);
      expect(errors[k - 1] / errors[k]).toBeLessThan(4.1);
    }
    // Leading-order prediction at h = 24/96 = 0.25 month (higher-order terms are O(μh) ≈ 1 % here).
    const predicted = (0.25 ** 2 * delta * mu) / 12;
    expect(Math.abs(errors[3]) / predicted).toBeGreaterThan(0.9);
    expect(Math.abs(errors[3]) / predicted).toBeLessThan(1.1);
  });

  it('discountedClv(...) subtracts E[Y(0)] when the curve does not start at zero', () => {
    // Closed form: E[Y(t)] = 5 + λt values only the increments, so it equals the λt case.
    const base = discountedClv({
      cumulativePurchases: (t) => [0.2 * t],
      expectedSpend: [10],
      horizon: 12,
      unit: 'month',
      annualDiscountRate: 0.08,
      margin: 0.5,
    });
    const shifted = discountedClv({
      cumulativePurchases: (t) => [5 + 0.2 * t],
      expectedSpend: [10],
      horizon: 12,
      unit: 'month',
      annualDiscountRate: 0.08,
      margin: 0.5,
    });
    expect(shifted[0] / base[0] - 1).toBeCloseTo(0, 12);
  });

  it('discountedClv(...) does not mutate expectedSpend and uses one week per step by default', () => {
    const spend = Float64Array.of(3, 4);
    const calls: number[] = [];
    discountedClv({
      cumulativePurchases: (t) => {
        calls.push(t);
        return [t, t];
      },
      expectedSpend: spend,
      horizon: 1,
      unit: 'year',
      annualDiscountRate: 0.1,
      margin: 1,
    });
    expect(Array.from(spend)).toEqual([3, 4]);
    // 1 year = 52.18 weeks → 53 steps → 54 grid points, the last exactly at the horizon.
    expect(calls.length).toBe(54);
    expect(calls[0]).toBe(0);
    expect(calls[53]).toBe(1);
  });

  it('discountedClv(...) rejects margin outside (0, 1], negative or infinite rates and non-positive horizons', () => {
    const base = {
      cumulativePurchases: (t: number) => [t],
      expectedSpend: [1],
      horizon: 10,
      unit: 'week' as const,
      annualDiscountRate: 0.1,
      margin: 0.5,
    };
    expect(() => discountedClv({ ...base, margin: 0 })).toThrow(/margin must be in \(0, 1\], got 0/);
    expect(() => discountedClv({ ...base, margin: 1.2 })).toThrow(UsageError);
    expect(() => discountedClv({ ...base, margin: NaN })).toThrow(UsageError);
    expect(() => discountedClv({ ...base, annualDiscountRate: -0.01 })).toThrow(/discount rate/);
    expect(() => discountedClv({ ...base, annualDiscountRate: Infinity })).toThrow(UsageError);
    expect(() => discountedClv({ ...base, horizon: 0 })).toThrow(/horizon must be a finite number > 0/);
    expect(() => discountedClv({ ...base, horizon: Infinity })).toThrow(UsageError);
    expect(() => discountedClv({ ...base, steps: 2.5 })).toThrow(/steps must be an integer/);
  });

  it('discountedClv(...) names the rows with invalid expected spend in an InputError', () => {
    const call = () =>
      discountedClv({
        cumulativePurchases: (t) => [t, t, t],
        expectedSpend: [1, -2, NaN],
        horizon: 10,
        unit: 'week',
        annualDiscountRate: 0.1,
        margin: 0.5,
      });
    expect(call).toThrow(InputError);
    try {
      call();
    } catch (error) {
      expect((error as InputError).issues.map((issue) => issue.row)).toEqual([2, 3]);
    }
  });

  it('discountedClv(...) refuses a cumulativePurchases result of the wrong length or with NaN', () => {
    const base = { expectedSpend: [1, 1], horizon: 10, unit: 'week' as const, annualDiscountRate: 0.1, margin: 0.5 };
    expect(() => discountedClv({ ...base, cumulativePurchases: (t) => [t] })).toThrow(/one value per customer \(2\), got length 1/);
    expect(() => discountedClv({ ...base, cumulativePurchases: (t) => [t, t > 5 ? NaN : t] })).toThrow(
      /returned NaN for customer index 1/,
    );
  });
});
