import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parameterIntervals } from '../../src/evaluate/parameter-intervals.js';

const model = {
  params: { r: 0.243, alpha: 4.414 },
  paramNames: ['r', 'alpha'],
  standardErrors: { r: 0.0126, alpha: 0.378 },
  covariance: [[0.0126 ** 2, 0], [0, 0.378 ** 2]],
};

describe('parameterIntervals', () => {
  it('parameterIntervals(model, 0.95) is exp(ln θ ± 1.96·SE/θ)', () => {
    const [r, alpha] = parameterIntervals(model, 0.95);
    const z = 1.959963984540054; // Φ⁻¹(0.975)
    expect(alpha.lower).toBeCloseTo(4.414 * Math.exp((-z * 0.378) / 4.414), 12);
    expect(alpha.upper).toBeCloseTo(4.414 * Math.exp((z * 0.378) / 4.414), 12);
    // Geometric symmetry: lower · upper = θ̂².
    expect((r.lower ?? 0) * (r.upper ?? 0)).toBeCloseTo(0.243 ** 2, 14);
    // Asymmetric on the natural scale: further above the estimate than below.
    expect((alpha.upper ?? 0) - 4.414).toBeGreaterThan(4.414 - (alpha.lower ?? 0));
  });

  it('parameterIntervals(model) has null bounds when the model has no standard errors', () => {
    const [r] = parameterIntervals({ ...model, standardErrors: null, covariance: null });
    expect(r).toMatchObject({ estimate: 0.243, standardError: null, lower: null, upper: null });
  });

  it('parameterIntervals(...) rejects a level outside (0, 1)', () => {
    expect(() => parameterIntervals(model, 1)).toThrow(UsageError);
  });
});
