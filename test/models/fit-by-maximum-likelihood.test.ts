import { describe, expect, it } from 'vitest';
import { FitError } from '../../src/errors.js';
import { fitByMaximumLikelihood } from '../../src/models/fit-by-maximum-likelihood.js';
import type { Objective } from '../../src/optimise/objective.js';

/** −log L of a Poisson rate over φ = log λ for counts with total `sum` over `n` customers (constants dropped). */
const poisson = (sum: number, n: number): Objective => (phi, grad, hess) => {
  const lambda = Math.exp(phi[0]);
  grad[0] = -(sum - n * lambda);
  if (hess) hess[0] = n * lambda;
  return -(sum * phi[0] - n * lambda);
};

describe('fitByMaximumLikelihood', () => {
  it('fitByMaximumLikelihood(doc example: Poisson counts 2, 4) gives λ = 3 and SE √(λ/n) = √1.5 (Fisher information n/λ)', () => {
    const model = fitByMaximumLikelihood<'poisson', { lambda: number }>({
      kind: 'poisson',
      version: 1,
      timeUnit: 'week',
      paramNames: ['lambda'],
      negLogLikelihood: poisson(6, 2),
      initialLogParams: new Float64Array([0]),
      customers: 2,
      patterns: 2,
    });
    expect(model.params.lambda).toBeCloseTo(3, 8);
    expect(model.standardErrors!.lambda).toBeCloseTo(Math.sqrt(1.5), 6);
    expect(model.converged).toBe(true);
    expect(model.diagnostics.hessianPositiveDefinite).toBe(true);
    expect(model.logLikelihood).toBeCloseTo(6 * Math.log(3) - 6, 10);
    expect(Object.isFrozen(model) && Object.isFrozen(model.params) && Object.isFrozen(model.diagnostics)).toBe(true);
    expect(model.provenance).toMatchObject({ customers: 2, patterns: 2, clvkitVersion: expect.any(String) });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('fitByMaximumLikelihood applies the penalty c·Σθ² per customer: Poisson MLE shrinks to the root of s/n − λ − 2cλ² = 0', () => {
    const c = 0.1;
    const model = fitByMaximumLikelihood<'poisson', { lambda: number }>({
      kind: 'poisson',
      version: 1,
      timeUnit: 'day',
      paramNames: ['lambda'],
      negLogLikelihood: poisson(60, 20),
      initialLogParams: new Float64Array([0]),
      penalizerCoef: c,
      customers: 20,
      patterns: 1,
    });
    // Stationarity of mean NLL + cλ²: −3/λ + 1 + 2cλ = 0 ⇔ 2cλ² + λ − 3 = 0.
    const expected = (-1 + Math.sqrt(1 + 24 * c)) / (4 * c);
    expect(model.params.lambda).toBeCloseTo(expected, 8);
    expect(model.diagnostics.penalizerCoef).toBe(c);
    // logLikelihood excludes the penalty.
    expect(model.logLikelihood).toBeCloseTo(60 * Math.log(expected) - 20 * expected, 8);
  });

  it('fitByMaximumLikelihood gives the closed-form normal MLE and Fisher SEs with and without an analytic Hessian', () => {
    // N(μ = e^φ₀, σ = e^φ₁) on x = 1, 2, 3, 6: MLE μ = 3, σ = √(14/4) = √3.5.
    const xs = [1, 2, 3, 6];
    const nll: Objective = (phi, grad, hess) => {
      const mu = Math.exp(phi[0]);
      const sigma = Math.exp(phi[1]);
      let ss = 0;
      let sd = 0;
      for (const x of xs) {
        ss += (x - mu) ** 2;
        sd += x - mu;
      }
      const n = xs.length;
      grad[0] = -(mu * sd) / (sigma * sigma);
      grad[1] = n - ss / (sigma * sigma);
      if (hess) {
        hess[0] = (mu * mu * n - mu * sd) / (sigma * sigma);
        hess[1] = hess[2] = (2 * mu * sd) / (sigma * sigma);
        hess[3] = (2 * ss) / (sigma * sigma);
      }
      return n * phi[1] + ss / (2 * sigma * sigma);
    };
    const base = {
      kind: 'normal' as const,
      version: 1,
      timeUnit: 'day' as const,
      paramNames: ['mu', 'sigma'] as const,
      negLogLikelihood: nll,
      initialLogParams: new Float64Array([0, 0]),
      customers: 4,
      patterns: 4,
    };
    const numeric = fitByMaximumLikelihood<'normal', { mu: number; sigma: number }>({ ...base, paramNames: ['mu', 'sigma'] });
    const exact = fitByMaximumLikelihood<'normal', { mu: number; sigma: number }>({ ...base, paramNames: ['mu', 'sigma'], analyticHessian: true });
    for (const m of [numeric, exact]) {
      expect(m.params.mu).toBeCloseTo(3, 8);
      expect(m.params.sigma).toBeCloseTo(Math.sqrt(3.5), 8);
      // Fisher information for a normal sample: SE(μ) = σ/√n, SE(σ) = σ/√(2n).
      expect(m.standardErrors!.mu).toBeCloseTo(Math.sqrt(3.5) / 2, 6);
      expect(m.standardErrors!.sigma).toBeCloseTo(Math.sqrt(3.5) / Math.sqrt(8), 6);
    }
    expect(numeric.covariance![0][1]).toBeCloseTo(exact.covariance![0][1], 6);
  });

  it('fitByMaximumLikelihood(..., maxIterations: 1) returns converged: false with the reason instead of throwing', () => {
    const model = fitByMaximumLikelihood<'poisson', { lambda: number }>({
      kind: 'poisson',
      version: 1,
      timeUnit: 'week',
      paramNames: ['lambda'],
      negLogLikelihood: poisson(6000, 2),
      initialLogParams: new Float64Array([0]),
      customers: 2,
      patterns: 2,
      maxIterations: 1,
    });
    expect(model.converged).toBe(false);
    expect(model.diagnostics.message).toMatch(/maxIterations = 1/);
  });

  it('fitByMaximumLikelihood throws FitError when the likelihood is not finite at the start', () => {
    expect(() =>
      fitByMaximumLikelihood<'bad', { p: number }>({
        kind: 'bad',
        version: 1,
        timeUnit: 'week',
        paramNames: ['p'],
        negLogLikelihood: () => Number.NaN,
        initialLogParams: new Float64Array([0]),
        customers: 1,
        patterns: 1,
      }),
    ).toThrow(FitError);
  });
});
