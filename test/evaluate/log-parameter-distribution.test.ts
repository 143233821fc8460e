import { describe, expect, it } from 'vitest';
import { FitError } from '../../src/errors.js';
import { logParameterDistribution, sampleParameters } from '../../src/evaluate/log-parameter-distribution.js';
import { createRandom } from '../../src/math/random-source.js';

// A 2-parameter model whose natural-scale covariance is D Σ_ln D with Σ_ln = [[0.04, 0.01], [0.01, 0.09]].
const theta = [2, 5];
const sigmaLn = [
  [0.04, 0.01],
  [0.01, 0.09],
];
const model = {
  params: { u: theta[0], w: theta[1] },
  paramNames: ['u', 'w'],
  standardErrors: { u: 0.4, w: 1.5 },
  covariance: sigmaLn.map((row, i) => row.map((s, j) => s * theta[i] * theta[j])),
};

describe('logParameterDistribution', () => {
  it('logParameterDistribution(model) recovers Σ_ln = D⁻¹ Σ D⁻¹ and factors it as L Lᵀ', () => {
    const d = logParameterDistribution(model);
    expect(d.names).toEqual(['u', 'w']);
    expect(d.logMean[1]).toBeCloseTo(Math.log(5), 15);
    const L = d.cholesky;
    // (L Lᵀ)ᵢⱼ = Σₖ Lᵢₖ Lⱼₖ.
    expect(L[0] * L[0]).toBeCloseTo(0.04, 14);
    expect(L[2] * L[0]).toBeCloseTo(0.01, 14);
    expect(L[2] * L[2] + L[3] * L[3]).toBeCloseTo(0.09, 14);
    expect(L[1]).toBe(0);
  });

  it('logParameterDistribution(a, b) stacks two models with independent blocks', () => {
    const d = logParameterDistribution(model, { ...model, paramNames: ['u', 'w'] });
    expect(d.names).toEqual(['u', 'w', 'u', 'w']);
    // Row 2 (first of the second block) has no loading on the first block.
    expect(d.cholesky[2 * 4 + 0]).toBe(0);
    expect(d.cholesky[2 * 4 + 1]).toBe(0);
  });

  it('logParameterDistribution(model) throws FitError without a covariance', () => {
    expect(() => logParameterDistribution({ ...model, covariance: null })).toThrow(FitError);
    expect(() => logParameterDistribution({ ...model, covariance: [[-1, 0], [0, 1]] })).toThrow(FitError);
  });
});

describe('sampleParameters', () => {
  it('sampleParameters(d, random) draws ln θ with the requested mean and covariance', () => {
    const d = logParameterDistribution(model);
    const random = createRandom(11);
    const n = 20_000;
    const out = new Float64Array(2);
    let m0 = 0;
    let m1 = 0;
    let s00 = 0;
    let s01 = 0;
    let s11 = 0;
    for (let i = 0; i < n; i++) {
      sampleParameters(d, random, out);
      const a = Math.log(out[0]) - Math.log(2);
      const b = Math.log(out[1]) - Math.log(5);
      m0 += a;
      m1 += b;
      s00 += a * a;
      s01 += a * b;
      s11 += b * b;
    }
    // Standard errors of the moments with n = 20,000: mean ≈ σ/141, variance ≈ σ²·0.01.
    expect(Math.abs(m0 / n)).toBeLessThan(4 * 0.2 / Math.sqrt(n));
    expect(Math.abs(m1 / n)).toBeLessThan(4 * 0.3 / Math.sqrt(n));
    expect(s00 / n).toBeCloseTo(0.04, 2);
    expect(s01 / n).toBeCloseTo(0.01, 2);
    expect(s11 / n).toBeCloseTo(0.09, 2);
  });
});
