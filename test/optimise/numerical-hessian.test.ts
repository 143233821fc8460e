import { describe, expect, it } from 'vitest';
import { numericalHessian } from '../../src/optimise/numerical-hessian.js';

describe('numericalHessian', () => {
  it('numericalHessian(f, x) matches the analytic Hessian of f = exp(x₀)·x₁² + sin(x₀x₁) to ~1e-8 relative', () => {
    const f = (x: Float64Array, g: Float64Array) => {
      const [a, b] = [x[0], x[1]];
      g[0] = Math.exp(a) * b * b + b * Math.cos(a * b);
      g[1] = 2 * Math.exp(a) * b + a * Math.cos(a * b);
      return Math.exp(a) * b * b + Math.sin(a * b);
    };
    const [a, b] = [0.7, -1.3];
    // Closed-form second derivatives.
    const haa = Math.exp(a) * b * b - b * b * Math.sin(a * b);
    const hab = 2 * Math.exp(a) * b + Math.cos(a * b) - a * b * Math.sin(a * b);
    const hbb = 2 * Math.exp(a) - a * a * Math.sin(a * b);
    const h = numericalHessian(f, new Float64Array([a, b]))!;
    expect(h[0]).toBeCloseTo(haa, 8);
    expect(h[1]).toBeCloseTo(hab, 8);
    expect(h[2]).toBe(h[1]);
    expect(h[3]).toBeCloseTo(hbb, 8);
  });

  it('numericalHessian(f, x) is null when the gradient is not finite nearby', () => {
    const h = numericalHessian((x, g) => {
      g[0] = 1 / x[0];
      return Math.log(x[0]);
    }, new Float64Array([0]));
    expect(h).toBeNull();
  });
});
