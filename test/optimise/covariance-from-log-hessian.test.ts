import { describe, expect, it } from 'vitest';
import { covarianceFromLogHessian } from '../../src/optimise/covariance-from-log-hessian.js';

describe('covarianceFromLogHessian', () => {
  it('covarianceFromLogHessian(diag(4, 100), θ = (2, 3)) gives SE (1, 0.3) by the delta method', () => {
    const c = covarianceFromLogHessian(new Float64Array([4, 0, 0, 100]), new Float64Array([2, 3]));
    expect(c.positiveDefinite).toBe(true);
    expect(c.standardErrors![0]).toBeCloseTo(1, 12);
    expect(c.standardErrors![1]).toBeCloseTo(0.3, 12);
  });

  it('covarianceFromLogHessian scales off-diagonal covariances by θᵢθⱼ too (lifetimes leaves them on the log scale)', () => {
    // H = [[2, 1], [1, 2]] → H⁻¹ = [[2, −1], [−1, 2]]/3; θ = (5, 0.1).
    const theta = [5, 0.1];
    const c = covarianceFromLogHessian(new Float64Array([2, 1, 1, 2]), new Float64Array(theta));
    expect(c.logCovariance![0][1]).toBeCloseTo(-1 / 3, 12);
    expect(c.covariance![0][1]).toBeCloseTo((-1 / 3) * theta[0] * theta[1], 12);
    expect(c.covariance![1][0]).toBe(c.covariance![0][1]);
    expect(c.covariance![0][0]).toBeCloseTo((2 / 3) * 25, 12);
  });

  it('covarianceFromLogHessian reports a saddle (indefinite Hessian) as not positive definite with null covariances', () => {
    const c = covarianceFromLogHessian(new Float64Array([1, 2, 2, 1]), new Float64Array([1, 1]));
    expect(c).toEqual({ positiveDefinite: false, logCovariance: null, covariance: null, standardErrors: null });
  });
});
