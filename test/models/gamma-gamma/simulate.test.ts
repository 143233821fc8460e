import { describe, expect, it } from 'vitest';
import { simulateGammaGamma } from '../../../src/models/gamma-gamma/simulate.js';
import { fitGammaGamma } from '../../../src/models/gamma-gamma/fit.js';
import { expectedAverageSpendNewCustomer } from '../../../src/models/gamma-gamma/predict.js';
import { createRandom } from '../../../src/math/random-source.js';
import { InputError, UsageError } from '../../../src/errors.js';

const truth = { p: 6, q: 4, v: 15 };

/** Seeded repeat-purchase counts x = 1 + ⌊Exp(mean 3)⌋ (independent of spend, as the model assumes). */
function frequencies(n: number, seed: number): Float64Array {
  const random = createRandom(seed);
  return Float64Array.from({ length: n }, () => 1 + Math.floor(-3 * Math.log(random.nextOpen())));
}

describe('simulateGammaGamma', () => {
  it('simulateGammaGamma(...) is reproducible for a seed, differs across seeds, and gives 0 for x = 0', () => {
    const x = [2, 0, 5, 1];
    const a = simulateGammaGamma(truth, x, 7);
    expect(Array.from(simulateGammaGamma(truth, x, 7))).toEqual(Array.from(a));
    expect(simulateGammaGamma(truth, x, 8)[0]).not.toBe(a[0]);
    expect(a[1]).toBe(0);
    expect(a[0] > 0 && a[2] > 0 && a[3] > 0).toBe(true);
  });

  it('simulateGammaGamma(...) has mean pγ/(q − 1) and variance pγ²/(x(q−1)(q−2)) + p²γ²/((q−1)²(q−2)) at fixed x', () => {
    // FH 2013 moments: E[z̄ | x] = E[p/ν]; Var = E[p/(xν²)] + Var(p/ν), E[1/ν²] = γ²/((q−1)(q−2)).
    // q = 8 so that z̄ has finite fourth moments (needs q > 4) and the sample variance settles.
    const n = 100_000;
    const light = { p: 6, q: 8, v: 15 };
    const { p, q, v } = light;
    for (const x of [1, 8]) {
      const z = simulateGammaGamma(light, new Float64Array(n).fill(x), 100 + x);
      const mean = z.reduce((s, value) => s + value, 0) / n;
      const variance = z.reduce((s, value) => s + (value - mean) ** 2, 0) / (n - 1);
      const expectedMean = (p * v) / (q - 1);
      const expectedVariance = (p * v * v) / (x * (q - 1) * (q - 2)) + (p * p * v * v) / ((q - 1) ** 2 * (q - 2));
      // Mean within 4 standard errors; variance within 5 % (its sampling sd here is ≈ 1 %).
      expect(Math.abs(mean - expectedMean)).toBeLessThan(4 * Math.sqrt(expectedVariance / n));
      expect(variance / expectedVariance - 1).toBeLessThan(0.05);
      expect(variance / expectedVariance - 1).toBeGreaterThan(-0.05);
    }
  });

  it('simulateGammaGamma(...) rejects bad parameters and names bad frequency rows', () => {
    expect(() => simulateGammaGamma({ p: 0, q: 1, v: 1 }, [1], 1)).toThrow(UsageError);
    expect(() => simulateGammaGamma(truth, [1, -2, Number.NaN], 1)).toThrow(InputError);
  });
});

describe('fitGammaGamma on simulated data', () => {
  it('fitGammaGamma(simulated) recovers p, q, γ within 4 standard errors', () => {
    const x = frequencies(20_000, 1);
    const monetaryValue = simulateGammaGamma(truth, x, 2);
    const model = fitGammaGamma({ frequency: x, monetaryValue, unit: 'week' });
    expect(model.converged).toBe(true);
    for (const name of ['p', 'q', 'v'] as const) {
      expect(Math.abs(model.params[name] - truth[name])).toBeLessThan(4 * model.standardErrors![name]);
    }
  });

  it('fitGammaGamma(simulated) standard errors are calibrated: ~95 % of ±1.96 SE intervals cover the truth', () => {
    // 60 seeded replications of 2 000 customers; with true coverage 0.95 the count of misses per
    // parameter is Binomial(60, 0.05): mean 3, P(misses > 9) < 0.1 %.
    const replications = 60;
    const misses = { p: 0, q: 0, v: 0 };
    for (let r = 0; r < replications; r++) {
      const x = frequencies(2_000, 1000 + r);
      const model = fitGammaGamma({ frequency: x, monetaryValue: simulateGammaGamma(truth, x, 2000 + r), unit: 'week' });
      for (const name of ['p', 'q', 'v'] as const) {
        if (Math.abs(model.params[name] - truth[name]) > 1.96 * model.standardErrors![name]) misses[name]++;
      }
    }
    expect(misses.p).toBeLessThanOrEqual(9);
    expect(misses.q).toBeLessThanOrEqual(9);
    expect(misses.v).toBeLessThanOrEqual(9);
  });

  it('fitGammaGamma(simulated with q = 0.8) flags the infinite mean and predictions for new customers throw', () => {
    const heavy = { p: 3, q: 0.8, v: 10 };
    const x = frequencies(20_000, 3);
    const model = fitGammaGamma({ frequency: x, monetaryValue: simulateGammaGamma(heavy, x, 4), unit: 'week' });
    expect(model.params.q).toBeLessThan(1);
    expect(Math.abs(model.params.q - heavy.q)).toBeLessThan(4 * model.standardErrors!.q);
    expect(model.provenance.data!.meanSpendFinite).toBe('no (q ≤ 1)');
    expect(Object.isFrozen(model.provenance.data)).toBe(true);
    expect(() => expectedAverageSpendNewCustomer(model)).toThrow(/infinite/);
  });
});
