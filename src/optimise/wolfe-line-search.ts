import type { Objective } from './objective.js';

/** Where a line search ended; the accepted point is in the `xOut`/`gradOut`/`hessOut` buffers. */
export interface LineSearchResult {
  /** Whether a step satisfying the strong Wolfe conditions (or at least sufficient decrease) was found. */
  readonly ok: boolean;
  readonly step: number;
  readonly value: number;
  readonly evaluations: number;
}

/** Tuning of the strong Wolfe line search; defaults follow Nocedal & Wright (2006), §3.1. */
export interface LineSearchOptions {
  /** Sufficient-decrease (Armijo) constant c₁. Default 1e-4. */
  readonly c1?: number;
  /** Curvature constant c₂. Default 0.9 (quasi-Newton / Newton directions). */
  readonly c2?: number;
  /** Largest step tried during bracketing. Default 1e10. */
  readonly maxStep?: number;
  /** Cap on objective evaluations in this search. Default 40. */
  readonly maxEvaluations?: number;
}

/**
 * Strong Wolfe line search along direction `p` from `x`: finds a step α with
 *
 *   f(x + αp) ≤ f(x) + c₁ α ∇f(x)ᵀp        (sufficient decrease)
 *   |∇f(x + αp)ᵀp| ≤ c₂ |∇f(x)ᵀp|          (strong curvature)
 *
 * Source: Nocedal & Wright, Numerical Optimization (2nd ed., 2006),
 * Algorithms 3.5 (bracketing) and 3.6 (zoom), with safeguarded cubic
 * interpolation (eq. 3.59) inside the bracket.
 *
 * Numerical strategy: a non-finite objective value is treated as a failed
 * sufficient-decrease test, so the search shrinks the step instead of
 * propagating NaN. If the curvature condition cannot be met within the
 * evaluation budget, the best point with sufficient decrease is returned
 * with `ok: true` only if it strictly lowers f (BFGS then skips its update
 * when the curvature pair is unusable); otherwise `ok: false` and the output
 * buffers hold the starting point.
 *
 * Example: `wolfeLineSearch(f, x, f0, g0, p, 1, xOut, gOut)` — used by
 * {@link minimise}; not part of the public API.
 */
export function wolfeLineSearch(
  objective: Objective,
  x: Float64Array,
  value0: number,
  grad0: Float64Array,
  direction: Float64Array,
  initialStep: number,
  xOut: Float64Array,
  gradOut: Float64Array,
  hessOut?: Float64Array,
  options: LineSearchOptions = {},
): LineSearchResult {
  const c1 = options.c1 ?? 1e-4;
  const c2 = options.c2 ?? 0.9;
  const maxStep = options.maxStep ?? 1e10;
  const maxEvaluations = options.maxEvaluations ?? 40;
  const n = x.length;
  const slope0 = dot(grad0, direction);

  // Best point so far that satisfies sufficient decrease (the zoom's "lo" end).
  const xLo = new Float64Array(n);
  const gLo = new Float64Array(n);
  const hLo = hessOut ? new Float64Array(hessOut.length) : undefined;
  let stepLo = 0;
  let valueLo = value0;
  let slopeLo = slope0;
  let evaluations = 0;

  const evaluate = (step: number): number => {
    for (let i = 0; i < n; i++) xOut[i] = x[i] + step * direction[i];
    evaluations++;
    const value = objective(xOut, gradOut, hessOut);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  const saveLo = (step: number, value: number, slope: number): void => {
    stepLo = step;
    valueLo = value;
    slopeLo = slope;
    xLo.set(xOut);
    gLo.set(gradOut);
    if (hLo && hessOut) hLo.set(hessOut);
  };
  const finish = (ok: boolean): LineSearchResult => {
    if (ok && stepLo > 0) {
      xOut.set(xLo);
      gradOut.set(gLo);
      if (hLo && hessOut) hessOut.set(hLo);
      return { ok: true, step: stepLo, value: valueLo, evaluations };
    }
    xOut.set(x);
    gradOut.set(grad0);
    return { ok: false, step: 0, value: value0, evaluations };
  };

  if (!(slope0 < 0)) return finish(false);

  // Zoom (Algorithm 3.6) between the sufficient-decrease end `lo` and `hi`.
  const zoom = (stepHi: number, valueHi: number, slopeHi: number): LineSearchResult => {
    while (evaluations < maxEvaluations) {
      const step = interpolate(stepLo, valueLo, slopeLo, stepHi, valueHi, slopeHi);
      if (Math.abs(stepHi - stepLo) <= 1e-16 * Math.max(1, Math.abs(stepLo))) break;
      const value = evaluate(step);
      if (value > value0 + c1 * step * slope0 || value >= valueLo) {
        stepHi = step;
        valueHi = value;
        slopeHi = Number.isFinite(value) ? dot(gradOut, direction) : Number.NaN;
        continue;
      }
      const slope = dot(gradOut, direction);
      if (Math.abs(slope) <= -c2 * slope0) {
        saveLo(step, value, slope);
        return finish(true);
      }
      if (slope * (stepHi - stepLo) >= 0) {
        stepHi = stepLo;
        valueHi = valueLo;
        slopeHi = slopeLo;
      }
      saveLo(step, value, slope);
    }
    return finish(valueLo < value0);
  };

  // Bracketing phase (Algorithm 3.5).
  let stepPrev = 0;
  let valuePrev = value0;
  let slopePrev = slope0;
  let step = Math.min(initialStep, maxStep);
  while (evaluations < maxEvaluations) {
    const value = evaluate(step);
    if (value > value0 + c1 * step * slope0 || (stepPrev > 0 && value >= valuePrev)) {
      const slope = Number.isFinite(value) ? dot(gradOut, direction) : Number.NaN;
      return zoom(step, value, slope);
    }
    const slope = dot(gradOut, direction);
    saveLo(step, value, slope);
    if (Math.abs(slope) <= -c2 * slope0) return finish(true);
    if (slope >= 0) return zoom(stepPrev, valuePrev, slopePrev);
    if (step >= maxStep) return finish(true);
    stepPrev = step;
    valuePrev = value;
    slopePrev = slope;
    step = Math.min(step * 4, maxStep);
  }
  return finish(valueLo < value0);
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * Minimiser of the cubic through (a, fa, da) and (b, fb, db) (Nocedal & Wright
 * eq. 3.59), kept at least 10% of the bracket away from either end; falls
 * back to bisection when an end value or slope is not finite.
 */
function interpolate(a: number, fa: number, da: number, b: number, fb: number, db: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const margin = 0.1 * (hi - lo);
  const mid = 0.5 * (a + b);
  if (![fa, da, fb, db].every(Number.isFinite)) {
    // An infinite far end: step back hard towards the good end, not just halfway.
    return Number.isFinite(fa) && !Number.isFinite(fb) ? a + 0.2 * (b - a) : mid;
  }
  const d1 = da + db - (3 * (fa - fb)) / (a - b);
  const disc = d1 * d1 - da * db;
  if (disc < 0) return mid;
  const d2 = Math.sign(b - a) * Math.sqrt(disc);
  const candidate = b - ((b - a) * (db + d2 - d1)) / (db - da + 2 * d2);
  if (!Number.isFinite(candidate)) return mid;
  return Math.min(Math.max(candidate, lo + margin), hi - margin);
}
