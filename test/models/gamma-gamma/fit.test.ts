import { describe, expect, it } from 'vitest';
import { fitGammaGamma } from '../../../src/models/gamma-gamma/fit.js';
import { gammaGammaLogDensity } from '../../../src/models/gamma-gamma/log-likelihood.js';
import { conditionalExpectedAverageSpend } from '../../../src/models/gamma-gamma/predict.js';
import { InputError, UsageError } from '../../../src/errors.js';
import { cdnowBtyd, cdnowLifetimes, type SpendColumns } from './cdnow-spend.js';

function logLikelihoodAt(data: SpendColumns, params: { p: number; q: number; v: number }): number {
  let sum = 0;
  data.frequency.forEach((x, i) => {
    if (x > 0) sum += gammaGammaLogDensity(params, x, data.monetaryValue[i]);
  });
  return sum;
}

describe('fitGammaGamma on CDNOW', () => {
  const btyd = cdnowBtyd();
  const model = fitGammaGamma(btyd);

  it('fitGammaGamma(CDNOW) gives the published p = 6.25, q = 3.74, γ = 15.44 (Fader & Hardie 2013)', () => {
    // Published to 2 decimals: allow half a unit in the last place.
    expect(Math.abs(model.params.p - 6.25)).toBeLessThan(0.005);
    expect(Math.abs(model.params.q - 3.74)).toBeLessThan(0.005);
    expect(Math.abs(model.params.v - 15.44)).toBeLessThan(0.005);
    expect(model.converged).toBe(true);
    expect(model.diagnostics.hessianPositiveDefinite).toBe(true);
  });

  it('fitGammaGamma(CDNOW) reaches the CLVTools log-likelihood −4055.9177', () => {
    // CLVTools tests/testthat (gg correctness on cdnow): correct.LL = -4055.9177 (printed to 4 decimals).
    expect(Math.abs(model.logLikelihood - -4055.9177)).toBeLessThan(1e-4);
    expect(model.logLikelihood).toBeCloseTo(logLikelihoodAt(btyd, model.params), 9);
  });

  it('fitGammaGamma(CDNOW) standard errors equal those from a brute-force numerical Hessian', () => {
    // Independent path: central second differences of Σ log f in natural parameters, inverted by cofactors.
    const names = ['p', 'q', 'v'] as const;
    const theta = names.map((name) => model.params[name]);
    const ll = (t: number[]) => logLikelihoodAt(btyd, { p: t[0], q: t[1], v: t[2] });
    const h = theta.map((t) => t * 1e-4);
    const info: number[][] = [0, 1, 2].map(() => [0, 0, 0]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const at = (si: number, sj: number) => {
          const t = [...theta];
          t[i] += si * h[i];
          t[j] += sj * h[j];
          return ll(t);
        };
        info[i][j] = -(at(1, 1) - at(1, -1) - at(-1, 1) + at(-1, -1)) / (4 * h[i] * h[j]);
      }
    }
    const [a, b, c] = info;
    const det = a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
    const variances = [
      (b[1] * c[2] - b[2] * c[1]) / det,
      (a[0] * c[2] - a[2] * c[0]) / det,
      (a[0] * b[1] - a[1] * b[0]) / det,
    ];
    // Finite-difference Hessian error ≈ 1e-6 relative; SEs agree to 1e-4.
    names.forEach((name, i) => expect(model.standardErrors![name] / Math.sqrt(variances[i]) - 1).toBeCloseTo(0, 4));
  });

  it('fitGammaGamma(lifetimes CSV) matches lifetimes p = 6.2502, q = 3.7441, v = 15.4472 and is at least as likely', () => {
    const data = cdnowLifetimes();
    const fitted = fitGammaGamma(data);
    // lifetimes stops its optimiser earlier; our gradient is ~1e-9 per customer. 5e-4 relative covers the gap.
    expect(Math.abs(fitted.params.p / 6.2502 - 1)).toBeLessThan(5e-4);
    expect(Math.abs(fitted.params.q / 3.7441 - 1)).toBeLessThan(5e-4);
    expect(Math.abs(fitted.params.v / 15.4472 - 1)).toBeLessThan(5e-4);
    expect(fitted.logLikelihood).toBeGreaterThanOrEqual(logLikelihoodAt(data, { p: 6.2502, q: 3.7441, v: 15.4472 }));
  });

  it('fitGammaGamma(lifetimes CSV) then conditionalExpectedAverageSpend gives lifetimes’ 24.66, 18.91, 35.17 ×3', () => {
    // lifetimes conditional_expected_average_profit(...).head() on the same CSV, printed to 2 decimals.
    const data = cdnowLifetimes();
    const fitted = fitGammaGamma(data);
    const spend = conditionalExpectedAverageSpend(fitted, data.frequency.subarray(0, 5), data.monetaryValue.subarray(0, 5));
    [24.66, 18.91, 35.17, 35.17, 35.17].forEach((value, i) => expect(Math.abs(spend[i] - value)).toBeLessThanOrEqual(0.005));
  });

  it('fitGammaGamma(CDNOW) records customers used and excluded in provenance', () => {
    expect(model.provenance.customers).toBe(946);
    expect(model.provenance.patterns).toBeLessThanOrEqual(946);
    expect(model.provenance.data).toMatchObject({
      customersInput: 2357,
      excludedNoRepeatPurchases: 1411,
      excludedNonPositiveSpend: 0,
    });
    // lifetimes' README (Gamma-Gamma section) checks the same CDNOW repeat buyers: corr(x, z̄) ≈ 0.11.
    expect(model.provenance.data!.frequencySpendCorrelation as number).toBeCloseTo(0.11, 2);
  });

  it('fitGammaGamma(...) returns a frozen model that survives a JSON round trip', () => {
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.params)).toBe(true);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(model.kind).toBe('gamma-gamma');
    expect(model.timeUnit).toBe('week');
    expect(model.paramNames).toEqual(['p', 'q', 'v']);
  });
});

describe('fitGammaGamma options and edge cases', () => {
  const data = cdnowBtyd();

  it('fitGammaGamma(..., { penalizerCoef }) shrinks the parameters and lowers the likelihood', () => {
    const plain = fitGammaGamma(data);
    const penalised = fitGammaGamma(data, { penalizerCoef: 0.001 });
    const squares = (m: typeof plain) => m.params.p ** 2 + m.params.q ** 2 + m.params.v ** 2;
    expect(squares(penalised)).toBeLessThan(squares(plain));
    expect(penalised.logLikelihood).toBeLessThan(plain.logLikelihood);
    expect(penalised.diagnostics.penalizerCoef).toBe(0.001);
  });

  it('fitGammaGamma(...) excludes repeat buyers with z̄ ≤ 0, counts them, and fits the rest unchanged', () => {
    const frequency = Float64Array.of(...data.frequency, 2, 3);
    const monetaryValue = Float64Array.of(...data.monetaryValue, 0, -5);
    const withBad = fitGammaGamma({ frequency, monetaryValue, unit: 'week' });
    const clean = fitGammaGamma(data);
    expect(withBad.provenance.data!.excludedNonPositiveSpend).toBe(2);
    expect(withBad.provenance.customers).toBe(946);
    expect(withBad.params.p / clean.params.p - 1).toBeCloseTo(0, 8);
    expect(() => fitGammaGamma({ frequency, monetaryValue, unit: 'week' }, { nonPositiveSpend: 'error' })).toThrow(InputError);
  });

  it('fitGammaGamma(..., { maxIterations: 1 }) returns an unconverged model with the reason instead of throwing', () => {
    const stopped = fitGammaGamma(data, { maxIterations: 1 });
    expect(stopped.converged).toBe(false);
    expect(stopped.diagnostics.message.length).toBeGreaterThan(0);
  });

  it('fitGammaGamma(...) rejects a negative penalizer, an unknown policy and non-positive starting values', () => {
    expect(() => fitGammaGamma(data, { penalizerCoef: -1 })).toThrow(UsageError);
    expect(() => fitGammaGamma(data, { nonPositiveSpend: 'drop' as 'error' })).toThrow(/'exclude' or 'error'/);
    expect(() => fitGammaGamma(data, { initialParams: { q: 0 } })).toThrow(/initial q/);
  });

  it('fitGammaGamma(...) does not mutate its input columns', () => {
    const copy = Float64Array.from(data.monetaryValue);
    fitGammaGamma(data);
    expect(Array.from(data.monetaryValue)).toEqual(Array.from(copy));
  });

  it('fitGammaGamma(...) converges from far-away starting values to the same optimum', () => {
    const far = fitGammaGamma(data, { initialParams: { p: 0.05, q: 40, v: 2000 } });
    const near = fitGammaGamma(data);
    expect(far.converged).toBe(true);
    // Both stop at |gradient| ≤ 1e-8 per customer; the flattest curvature of the per-customer
    // objective in log p is ~0.01, so log-parameters may differ by ~1e-6: allow 5e-6.
    for (const name of ['p', 'q', 'v'] as const) expect(far.params[name] / near.params[name] - 1).toBeCloseTo(0, 5);
  });
});
