import type { Objective } from './objective.js';

/**
 * Hessian of an objective at `x` by central differences of its analytic
 * gradient: column j is (∇f(x + hⱼeⱼ) − ∇f(x − hⱼeⱼ)) / 2hⱼ, then the matrix
 * is symmetrised, (H + Hᵀ)/2. Returned row-major (n×n).
 *
 * Step hⱼ = ε^(1/3)·max(1, |xⱼ|) ≈ 6e-6·max(1, |xⱼ|) balances the O(h²)
 * truncation error of the central difference against the O(ε/h) rounding
 * error (Nocedal & Wright 2006, §8.1), giving ~1e-10 relative accuracy for
 * a well-scaled gradient. Differencing the analytic gradient (2n
 * evaluations) is far more accurate than differencing values twice — the
 * reason CLVTools' "Hessian could not be derived" does not happen here.
 *
 * Returns null if any perturbed gradient is not finite.
 *
 * Example: for f(x) = x₀² + 3x₀x₁, `numericalHessian(f, [1, 2])` ≈ [2, 3, 3, 0].
 */
export function numericalHessian(objective: Objective, x: Float64Array): Float64Array | null {
  const n = x.length;
  const hessian = new Float64Array(n * n);
  const point = Float64Array.from(x);
  const gPlus = new Float64Array(n);
  const gMinus = new Float64Array(n);
  const cubeRootEps = Math.cbrt(Number.EPSILON);
  for (let j = 0; j < n; j++) {
    // Round the step so x ± h is exactly representable and (x+h) − (x−h) = 2h.
    const step = (x[j] + cubeRootEps * Math.max(1, Math.abs(x[j]))) - x[j];
    point[j] = x[j] + step;
    const fPlus = objective(point, gPlus);
    point[j] = x[j] - step;
    const fMinus = objective(point, gMinus);
    point[j] = x[j];
    if (!Number.isFinite(fPlus) || !Number.isFinite(fMinus)) return null;
    for (let i = 0; i < n; i++) {
      const d = (gPlus[i] - gMinus[i]) / (2 * step);
      if (!Number.isFinite(d)) return null;
      hessian[i * n + j] = d;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const m = 0.5 * (hessian[i * n + j] + hessian[j * n + i]);
      hessian[i * n + j] = m;
      hessian[j * n + i] = m;
    }
  }
  return hessian;
}
