import { describe, expect, it } from 'vitest';
import { minimise } from '../../src/optimise/minimise.js';
import type { Objective } from '../../src/optimise/objective.js';

/** Rosenbrock's banana function, minimum 0 at (1, 1) (Nocedal & Wright 2006, eq. 2.22). */
const rosenbrock: Objective = (x, g, h) => {
  const [a, b] = [x[0], x[1]];
  g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
  g[1] = 200 * (b - a * a);
  if (h) {
    h[0] = 1200 * a * a - 400 * b + 2;
    h[1] = h[2] = -400 * a;
    h[3] = 200;
  }
  return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
};

describe('minimise', () => {
  it('minimise(rosenbrock, [-1.2, 1]) with BFGS reaches the known minimum (1, 1) and says it converged', () => {
    const result = minimise(rosenbrock, new Float64Array([-1.2, 1]));
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 7);
    expect(result.x[1]).toBeCloseTo(1, 7);
    expect(result.value).toBeLessThan(1e-14);
    expect(result.message).toMatch(/gradient norm|relative change/);
    // BFGS with a Wolfe search solves this in a few dozen steps (N&W report 34 iterations).
    expect(result.iterations).toBeLessThan(60);
  });

  it('minimise(rosenbrock, [-1.2, 1], { analyticHessian }) takes damped Newton steps to (1, 1) in fewer iterations', () => {
    const bfgs = minimise(rosenbrock, new Float64Array([-1.2, 1]));
    const newton = minimise(rosenbrock, new Float64Array([-1.2, 1]), { analyticHessian: true });
    expect(newton.converged).toBe(true);
    expect(newton.x[0]).toBeCloseTo(1, 9);
    expect(newton.x[1]).toBeCloseTo(1, 9);
    expect(newton.iterations).toBeLessThan(bfgs.iterations);
  });

  it('minimise(quadratic) lands on the exact solution of A x = b for a 4-dimensional positive definite A', () => {
    // f = ½xᵀAx − bᵀx; minimiser solves Ax = b; A and b chosen so x* = (1, −2, 3, 0.5).
    const A = [4, 1, 0, 0.5, 1, 3, 0.2, 0, 0, 0.2, 2, 0.1, 0.5, 0, 0.1, 1];
    const xStar = [1, -2, 3, 0.5];
    const b = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].reduce((s, j) => s + A[i * 4 + j] * xStar[j], 0));
    const quadratic: Objective = (x, g) => {
      let f = 0;
      for (let i = 0; i < 4; i++) {
        let ax = 0;
        for (let j = 0; j < 4; j++) ax += A[i * 4 + j] * x[j];
        g[i] = ax - b[i];
        f += 0.5 * x[i] * ax - b[i] * x[i];
      }
      return f;
    };
    const result = minimise(quadratic, new Float64Array(4));
    expect(result.converged).toBe(true);
    result.x.forEach((v, i) => expect(v).toBeCloseTo(xStar[i], 7));
  });

  it('minimise(..., { maxIterations: 2 }) reports converged: false and names the iteration cap', () => {
    const result = minimise(rosenbrock, new Float64Array([-1.2, 1]), { maxIterations: 2 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(2);
    expect(result.message).toMatch(/maxIterations = 2/);
  });

  it('minimise(f) reports a non-finite objective at the start instead of returning garbage', () => {
    const result = minimise((_x, g) => {
      g[0] = Number.NaN;
      return Number.NaN;
    }, new Float64Array([0]));
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/not finite at the starting point/);
  });

  it('minimise(f) backs off from a region where f is not finite (log barrier at x = 0, minimum at x = 1)', () => {
    // f(x) = x − log x is +∞/NaN for x ≤ 0; from x = 5 the first steepest-descent trial overshoots below 0.
    const result = minimise((x, g) => {
      g[0] = 1 - 1 / x[0];
      return x[0] > 0 ? x[0] - Math.log(x[0]) : Number.NaN;
    }, new Float64Array([5]));
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 8);
  });

  it('minimise(f) does not mutate x0', () => {
    const x0 = new Float64Array([-1.2, 1]);
    minimise(rosenbrock, x0);
    expect(Array.from(x0)).toEqual([-1.2, 1]);
  });
});

describe('minimise maxStep', () => {
  it('minimise(f, x0, { maxStep: 0.5 }) never moves a coordinate by more than 0.5 per step, yet converges', () => {
    // f = (x − 10)²: unconstrained Newton would jump straight to 10.
    const visited: number[] = [];
    const result = minimise(
      (x, g, h) => {
        visited.push(x[0]);
        g[0] = 2 * (x[0] - 10);
        if (h) h[0] = 2;
        return (x[0] - 10) ** 2;
      },
      new Float64Array([0]),
      { analyticHessian: true, maxStep: 0.5 },
    );
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(10, 8);
    expect(Math.max(...visited.map((v, i) => (i === 0 ? 0 : Math.abs(v - visited[i - 1]))))).toBeLessThanOrEqual(0.5 + 1e-12);
  });
});
