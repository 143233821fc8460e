import { describe, expect, it } from 'vitest';
import {
  conditionalExpectedAverageSpend,
  expectedAverageSpendNewCustomer,
} from '../../../src/models/gamma-gamma/predict.js';
import { gammaGammaLogDensity } from '../../../src/models/gamma-gamma/log-likelihood.js';
import { InputError, UsageError } from '../../../src/errors.js';

const published = { params: { p: 6.25, q: 3.74, v: 15.44 } };

describe('expectedAverageSpendNewCustomer', () => {
  it('expectedAverageSpendNewCustomer(model) is the population mean pγ/(q − 1)', () => {
    // FH 2013: E[Z] = pγ/(q − 1) = 6.25·15.44/2.74 = 35.2190…
    expect(expectedAverageSpendNewCustomer(published)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
    expect(expectedAverageSpendNewCustomer(published)).toBeCloseTo(35.22, 2);
  });

  it('expectedAverageSpendNewCustomer(model) throws a UsageError when q ≤ 1 (infinite mean)', () => {
    expect(() => expectedAverageSpendNewCustomer({ params: { p: 2, q: 1, v: 10 } })).toThrow(UsageError);
    expect(() => expectedAverageSpendNewCustomer({ params: { p: 2, q: 0.7, v: 10 } })).toThrow(/infinite/);
  });

  it('expectedAverageSpendNewCustomer(model) rejects non-positive parameters', () => {
    expect(() => expectedAverageSpendNewCustomer({ params: { p: -1, q: 3, v: 10 } })).toThrow(/must be finite and > 0/);
  });
});

describe('conditionalExpectedAverageSpend', () => {
  it('conditionalExpectedAverageSpend(...) is the documented doc-comment example', () => {
    const spend = conditionalExpectedAverageSpend(published, [2, 0], [22.35, 0]);
    // p(γ + x z̄)/(px + q − 1) = 6.25·60.14/15.24 = 24.6645…; x = 0 → 35.2190…
    expect(spend[0]).toBeCloseTo((6.25 * 60.14) / 15.24, 12);
    expect(spend[1]).toBeCloseTo(35.219, 3);
  });

  it('conditionalExpectedAverageSpend(...) equals the posterior mean of p/ν by numerical integration', () => {
    // Brute force: posterior of ν ∝ ν^(q−1)e^(−γν) · ν^(px) e^(−xz̄ν) (FHL 2005); integrate p/ν.
    const { p, q, v } = published.params;
    for (const [x, z] of [
      [1, 5],
      [4, 80],
      [20, 35],
    ]) {
      const logKernel = (nu: number) => (q + p * x - 1) * Math.log(nu) - (v + x * z) * nu;
      const peak = (q + p * x - 1) / (v + x * z);
      const upper = peak * 20;
      const n = 40_000;
      const h = upper / n;
      let mass = 0;
      let moment = 0;
      for (let i = 1; i < n; i++) {
        const nu = i * h;
        const weight = Math.exp(logKernel(nu) - logKernel(peak)) * (i % 2 === 1 ? 4 : 2);
        mass += weight;
        moment += weight * (p / nu);
      }
      const [spend] = conditionalExpectedAverageSpend(published, [x], [z]);
      expect(spend / (moment / mass) - 1).toBeCloseTo(0, 6);
    }
  });

  it('conditionalExpectedAverageSpend(...) shrinks z̄ towards the population mean, less so as x grows', () => {
    // Weighted-average form of FH 2013: weight px/(px + q − 1) on z̄.
    const { p, q, v } = published.params;
    const mean = (p * v) / (q - 1);
    for (const x of [1, 5, 50]) {
      const [spend] = conditionalExpectedAverageSpend(published, [x], [100]);
      const w = (p * x) / (p * x + q - 1);
      expect(spend).toBeCloseTo((1 - w) * mean + w * 100, 10);
    }
  });

  it('conditionalExpectedAverageSpend(...) uses the z̄ → 0⁺ limit pγ/(px + q − 1) for repeat buyers with z̄ = 0', () => {
    const [spend] = conditionalExpectedAverageSpend(published, [3], [0]);
    expect(spend).toBeCloseTo((6.25 * 15.44) / (18.75 + 2.74), 12);
  });

  it('conditionalExpectedAverageSpend(...) ignores z̄ (even NaN) when x = 0 and does not mutate inputs', () => {
    const frequency = Float64Array.of(0, 0);
    const monetary = Float64Array.of(Number.NaN, 12);
    const spend = conditionalExpectedAverageSpend(published, frequency, monetary);
    expect(spend[0]).toBe(spend[1]);
    expect(Number.isNaN(monetary[0])).toBe(true);
    expect(monetary[1]).toBe(12);
  });

  it('conditionalExpectedAverageSpend(...) names rows with negative frequency or negative/NaN spend', () => {
    try {
      conditionalExpectedAverageSpend(published, [1, -1, 2, 3], [5, 5, -1, Number.NaN]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues.map((issue) => issue.row)).toEqual([2, 3, 4]);
    }
  });

  it('conditionalExpectedAverageSpend(...) throws UsageError for x = 0 when q ≤ 1 but answers for frequent buyers', () => {
    const heavyTail = { params: { p: 2, q: 0.8, v: 10 } };
    expect(() => conditionalExpectedAverageSpend(heavyTail, [3, 0], [20, 0])).toThrow(/row 2/);
    // px + q − 1 = 6 − 0.2 > 0: finite posterior mean 2·(10 + 60)/5.8.
    expect(conditionalExpectedAverageSpend(heavyTail, [3], [20])[0]).toBeCloseTo(140 / 5.8, 12);
  });

  it('conditionalExpectedAverageSpend(...) is consistent with the density: E[z̄ | x] under the model equals pγ/(q − 1)', () => {
    // Law of total expectation: ∫ z̄ f(z̄ | x) dz̄ = E[p/ν] = pγ/(q − 1) for any x (Simpson on z̄ = 50u/(1 − u)).
    const n = 20_000;
    let integral = 0;
    for (let i = 1; i < n; i++) {
      const u = i / n;
      const z = (50 * u) / (1 - u);
      integral += (i % 2 === 1 ? 4 : 2) * z * Math.exp(gammaGammaLogDensity(published.params, 3, z)) * (50 / (1 - u) ** 2);
    }
    integral /= 3 * n;
    expect(integral / expectedAverageSpendNewCustomer(published) - 1).toBeCloseTo(0, 4);
  });
});
