import type { Objective } from './objective.js';
import { solveDampedNewton } from './solve-damped-newton.js';
import { wolfeLineSearch } from './wolfe-line-search.js';

/** Options of {@link minimise}. */
export interface MinimiseOptions {
  /** Stop after this many accepted steps (then `converged: false`). Default 200. */
  readonly maxIterations?: number;
  /** Converged when max |∇f| ≤ this. Default 1e-8. */
  readonly gradientTolerance?: number;
  /**
   * Also converged when a step lowers f by less than this relative amount,
   * (f_k − f_{k+1}) / max(1, |f_k|) ≤ tol — i.e. f has stopped moving at
   * double precision. Default 1e-14.
   */
  readonly functionTolerance?: number;
  /** Cap on objective evaluations. Default 50·maxIterations. */
  readonly maxFunctionEvaluations?: number;
  /**
   * The objective fills `hessOut` (row-major n×n) when passed one: use damped
   * Newton steps instead of BFGS. Default false.
   */
  readonly analyticHessian?: boolean;
  /**
   * Largest change of any coordinate in one step, line search included
   * (Newton directions longer than this are shortened first). On log-parameters, 2
   * means no parameter moves by more than a factor e² ≈ 7.4 per step — a
   * trust-region-like guard against the wild first Newton steps an
   * indefinite Hessian far from the optimum can produce. Default Infinity.
   */
  readonly maxStep?: number;
}

/** Outcome of {@link minimise}; `x`, `gradient` are fresh arrays. */
export interface MinimiseResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly gradient: Float64Array;
  readonly iterations: number;
  readonly functionEvaluations: number;
  /** True only when the gradient or relative-change tolerance was met. */
  readonly converged: boolean;
  /** Why the minimiser stopped, with the numbers that decided it. */
  readonly message: string;
  /** With `analyticHessian`: the objective's Hessian at `x` (row-major), else undefined. */
  readonly hessian?: Float64Array;
}

/**
 * Unconstrained minimisation of a smooth objective (value + gradient, and
 * optionally Hessian) from `x0`.
 *
 * Method: BFGS on the inverse Hessian (Nocedal & Wright 2006, Algorithm 6.1,
 * initial scaling eq. 6.20, update skipped when the curvature pair has
 * sᵀy ≤ 1e-12·|s||y|) or, with `analyticHessian`, Newton steps with Hessian
 * damping (§3.4) — both with a strong Wolfe line search (Algorithms 3.5/3.6).
 * Model parameters are optimised on the log scale, so no bounds are needed.
 *
 * Why hand-written: no maintained npm optimiser offers BFGS/Newton with a
 * proper Wolfe line search, diagnostics and Float64Array objectives
 * (fmin's BFGS is unmaintained and uses a weak line search; ml-levenberg-
 * marquardt is for least squares).
 *
 * Never throws for a bad objective: a non-finite value at `x0` or a line
 * search that cannot descend ends with `converged: false` and a message.
 *
 * Example:
 * ```ts
 * const r = minimise((x, g) => { g[0] = 2 * (x[0] - 3); return (x[0] - 3) ** 2; }, new Float64Array([0]));
 * // r.x[0] ≈ 3, r.converged === true
 * ```
 */
export function minimise(objective: Objective, x0: Float64Array, options: MinimiseOptions = {}): MinimiseResult {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 200;
  const gradientTolerance = options.gradientTolerance ?? 1e-8;
  const functionTolerance = options.functionTolerance ?? 1e-14;
  const maxEvaluations = options.maxFunctionEvaluations ?? 50 * Math.max(1, maxIterations);
  const newton = options.analyticHessian === true;
  const maxStep = options.maxStep ?? Number.POSITIVE_INFINITY;

  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let h = newton ? new Float64Array(n * n) : undefined;
  let xNext = new Float64Array(n);
  let gNext = new Float64Array(n);
  let hNext = newton ? new Float64Array(n * n) : undefined;
  const p = new Float64Array(n);
  const inverseHessian = new Float64Array(n * n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);

  let evaluations = 1;
  let value = objective(x, g, h);
  const done = (converged: boolean, iterations: number, message: string): MinimiseResult => ({
    x: Float64Array.from(x),
    value,
    gradient: Float64Array.from(g),
    iterations,
    functionEvaluations: evaluations,
    converged,
    message,
    ...(h ? { hessian: Float64Array.from(h) } : {}),
  });
  if (!Number.isFinite(value) || !g.every(Number.isFinite)) {
    return done(false, 0, `objective or gradient is not finite at the starting point (value ${value})`);
  }

  let identityScaled = true;
  setIdentity(inverseHessian, n, 1);
  for (let iteration = 0; ; iteration++) {
    const gradNorm = maxAbs(g);
    if (gradNorm <= gradientTolerance) {
      return done(true, iteration, `gradient norm ${fmt(gradNorm)} ≤ tolerance ${fmt(gradientTolerance)}`);
    }
    if (iteration >= maxIterations) {
      return done(
        false,
        iteration,
        `stopped after maxIterations = ${maxIterations} steps with gradient norm ${fmt(gradNorm)} > tolerance ${fmt(gradientTolerance)}`,
      );
    }
    if (evaluations >= maxEvaluations) {
      return done(false, iteration, `stopped after ${evaluations} objective evaluations (maxFunctionEvaluations) with gradient norm ${fmt(gradNorm)}`);
    }

    let initialStep = 1;
    if (h) {
      if (solveDampedNewton(h, g, p) < 0) return done(false, iteration, 'Hessian is not finite; cannot take a Newton step');
      const longest = maxAbs(p);
      if (longest > maxStep) for (let i = 0; i < n; i++) p[i] *= maxStep / longest;
    } else {
      matVec(inverseHessian, g, p, n, -1);
      // Before any curvature information, cap the first trial step at unit length in x.
      if (identityScaled) initialStep = Math.min(1, 1 / gradNorm);
      initialStep = Math.min(initialStep, maxStep / Math.max(maxAbs(p), Number.MIN_VALUE));
    }
    let search = wolfeLineSearch(objective, x, value, g, p, initialStep, xNext, gNext, hNext, {
      maxEvaluations: Math.min(40, maxEvaluations - evaluations),
      maxStep: maxStep / Math.max(maxAbs(p), Number.MIN_VALUE),
    });
    evaluations += search.evaluations;
    if (!search.ok && !h && !identityScaled) {
      // A stale quasi-Newton matrix can point uphill in practice; restart from steepest descent once.
      setIdentity(inverseHessian, n, 1);
      identityScaled = true;
      matVec(inverseHessian, g, p, n, -1);
      search = wolfeLineSearch(objective, x, value, g, p, Math.min(1, 1 / gradNorm, maxStep / gradNorm), xNext, gNext, hNext, {
        maxEvaluations: Math.min(40, Math.max(1, maxEvaluations - evaluations)),
        maxStep: maxStep / gradNorm,
      });
      evaluations += search.evaluations;
    }
    if (!search.ok) {
      return done(
        false,
        iteration,
        `line search could not lower the objective (gradient norm ${fmt(gradNorm)} > tolerance ${fmt(gradientTolerance)}); the objective may be too noisy or non-smooth here`,
      );
    }

    const previousValue = value;
    for (let i = 0; i < n; i++) {
      s[i] = xNext[i] - x[i];
      y[i] = gNext[i] - g[i];
    }
    [x, xNext] = [xNext, x];
    [g, gNext] = [gNext, g];
    if (h && hNext) [h, hNext] = [hNext, h];
    value = search.value;

    if (!h) identityScaled = !bfgsUpdate(inverseHessian, s, y, hy, n, identityScaled) && identityScaled;

    const relativeChange = (previousValue - value) / Math.max(1, Math.abs(previousValue));
    if (relativeChange <= functionTolerance) {
      return done(
        true,
        iteration + 1,
        `relative change in objective ${fmt(relativeChange)} ≤ tolerance ${fmt(functionTolerance)} (gradient norm ${fmt(maxAbs(g))})`,
      );
    }
  }
}

/**
 * BFGS update of the inverse Hessian approximation (Nocedal & Wright eq. 6.17);
 * on the first usable pair the identity is first rescaled by sᵀy/yᵀy (eq. 6.20).
 * Returns whether the update was applied.
 */
function bfgsUpdate(hInv: Float64Array, s: Float64Array, y: Float64Array, hy: Float64Array, n: number, rescale: boolean): boolean {
  let sy = 0;
  let yy = 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    sy += s[i] * y[i];
    yy += y[i] * y[i];
    ss += s[i] * s[i];
  }
  if (!(sy > 1e-12 * Math.sqrt(ss * yy))) return false;
  if (rescale) setIdentity(hInv, n, sy / yy);
  const rho = 1 / sy;
  matVec(hInv, y, hy, n, 1);
  let yHy = 0;
  for (let i = 0; i < n; i++) yHy += y[i] * hy[i];
  // H⁺ = H − ρ(H y sᵀ + s yᵀ H) + (ρ² yᵀHy + ρ) s sᵀ, using symmetry of H.
  const coef = rho * rho * yHy + rho;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      hInv[i * n + j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + coef * s[i] * s[j];
    }
  }
  return true;
}

function setIdentity(m: Float64Array, n: number, scale: number): void {
  m.fill(0);
  for (let i = 0; i < n; i++) m[i * n + i] = scale;
}

function matVec(m: Float64Array, v: Float64Array, out: Float64Array, n: number, sign: number): void {
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let j = 0; j < n; j++) acc += m[i * n + j] * v[j];
    out[i] = sign * acc;
  }
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return Number.isNaN(m) ? Number.NaN : m;
}

function fmt(v: number): string {
  return v.toExponential(2);
}
