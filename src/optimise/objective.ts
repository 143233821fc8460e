/**
 * The function shape every clvkit minimiser works on.
 *
 * An objective returns its value at `x` and writes the gradient into
 * `gradOut` (same length as `x`). When the caller passes `hessOut` (length
 * n·n, row-major) and the objective advertises an analytic Hessian, it also
 * writes the Hessian there. Returning `NaN` or `±Infinity` is allowed: the
 * line search treats it as "too far" and backs off, which is how parameter
 * regions where a likelihood cannot be evaluated are avoided without bounds.
 *
 * Computing value, gradient and (optionally) Hessian in one call matters for
 * likelihoods over a million customers: the per-row logarithms are shared by
 * all three, so one pass over the data serves a whole Newton step.
 */
export type Objective = (x: Float64Array, gradOut: Float64Array, hessOut?: Float64Array) => number;
