import { performance } from 'node:perf_hooks';
import type { TimeUnit } from '../data/time-unit.js';
import { FitError } from '../errors.js';
import { covarianceFromLogHessian } from '../optimise/covariance-from-log-hessian.js';
import { minimise } from '../optimise/minimise.js';
import { numericalHessian } from '../optimise/numerical-hessian.js';
import type { Objective } from '../optimise/objective.js';
import { CLVKIT_VERSION } from '../version.js';
import { freezeModel, type FittedModel, type Provenance } from './fitted-model.js';

/** Everything {@link fitByMaximumLikelihood} needs to know about one model and one data set. */
export interface MaximumLikelihoodProblem<Kind extends string, Params extends Readonly<Record<string, number>>> {
  readonly kind: Kind;
  /** Model-file format version for this kind. */
  readonly version: number;
  readonly timeUnit: TimeUnit;
  /** Parameter names, in the order of the log-parameter vector. */
  readonly paramNames: readonly (keyof Params & string)[];
  /**
   * −log L(θ) at θ = exp(logParams): the weighted sum over all customers,
   * WITHOUT any penalty (this helper adds it). Fills `gradOut` with
   * ∂(−log L)/∂ log θ, and `hessOut` (row-major) when `analyticHessian` is
   * true and one is passed. Return NaN/Infinity where it cannot be evaluated.
   */
  readonly negLogLikelihood: Objective;
  /** Whether `negLogLikelihood` fills `hessOut`; then Newton steps and an exact Hessian are used. */
  readonly analyticHessian?: boolean;
  /** Starting point on the log scale (not mutated). */
  readonly initialLogParams: Float64Array;
  /** L2 penalty coefficient c ≥ 0 (see below). Default 0. */
  readonly penalizerCoef?: number;
  /** Customers behind the likelihood (sum of pattern weights), and distinct patterns. */
  readonly customers: number;
  readonly patterns: number;
  /** Free-form provenance of the data (file, hash, split dates). */
  readonly data?: Provenance['data'];
  /** Optimiser step cap. Default 200. */
  readonly maxIterations?: number;
  /** Gradient tolerance on the per-customer objective (max |∂/∂ log θ|). Default 1e-8. */
  readonly tolerance?: number;
  /** `performance.now()` when the caller began (so elapsedMs includes its preprocessing). */
  readonly startedAt?: number;
}

/**
 * Fits a model by (penalised) maximum likelihood over log-parameters and
 * packages the result as a frozen {@link FittedModel}.
 *
 * Objective minimised (per customer, so tolerances do not depend on N):
 *
 *   F(φ) = [ −log L(θ) + N·c·Σᵢ θᵢ² ] / N,   θ = exp(φ), N = customers,
 *
 * i.e. the same L2 penalty on natural-scale parameters as lifetimes'
 * `penalizer_coef` (which adds c·Σθ² to the mean negative log-likelihood),
 * so a given c means the same thing in both. c = 0 is plain maximum likelihood.
 *
 * After {@link minimise} (damped Newton if an analytic Hessian is offered,
 * else BFGS; both with a strong Wolfe line search), the Hessian of
 * N·F at the optimum (analytic, or central differences of the analytic
 * gradient) gives Cov(log θ) = H⁻¹ and, by the delta method,
 * Cov(θᵢ, θⱼ) = θᵢθⱼ Cov(log θᵢ, log θⱼ). With c > 0 this is the curvature of
 * the penalised objective (a MAP-style covariance). If H is not positive
 * definite, `standardErrors`/`covariance` are null and the diagnostics say so.
 *
 * `diagnostics.gradientNorm` is on the total scale (units of log L); the
 * tolerances and the numbers quoted in `diagnostics.message` are per customer.
 *
 * Never throws on non-convergence — the model comes back with
 * `converged: false` and the optimiser's reason in `diagnostics.message`.
 * Throws {@link FitError} only if the likelihood is not finite at the start.
 * `logLikelihood` is the unpenalised log L at the returned parameters.
 *
 * Example (a Poisson rate λ from counts 2, 4 — MLE λ = 3):
 * ```ts
 * const model = fitByMaximumLikelihood<'poisson', { lambda: number }>({
 *   kind: 'poisson', version: 1, timeUnit: 'week', paramNames: ['lambda'],
 *   negLogLikelihood: (phi, grad) => {          // −Σ (k log λ − λ), constants dropped
 *     const lambda = Math.exp(phi[0]);
 *     grad[0] = -(6 - 2 * lambda);               // d/dφ = λ·d/dλ
 *     return -(6 * phi[0] - 2 * lambda);
 *   },
 *   initialLogParams: new Float64Array([0]), customers: 2, patterns: 2,
 * });
 * // model.params.lambda ≈ 3, model.standardErrors.lambda ≈ √(3/2)
 * ```
 */
export function fitByMaximumLikelihood<Kind extends string, Params extends Readonly<Record<string, number>>>(
  problem: MaximumLikelihoodProblem<Kind, Params>,
): FittedModel<Kind, Params> {
  const startedAt = problem.startedAt ?? performance.now();
  const n = problem.paramNames.length;
  const penalizerCoef = problem.penalizerCoef ?? 0;
  const customers = problem.customers;
  if (problem.initialLogParams.length !== n) {
    throw new FitError(`${problem.kind}: ${problem.initialLogParams.length} initial parameters for ${n} names`);
  }
  if (!(penalizerCoef >= 0) || !Number.isFinite(penalizerCoef)) {
    throw new FitError(`${problem.kind}: penalizerCoef must be a finite number ≥ 0, got ${penalizerCoef}`);
  }
  if (!(customers > 0)) throw new FitError(`${problem.kind}: cannot fit on ${customers} customers`);
  const analyticHessian = problem.analyticHessian === true;
  const penaltyWeight = customers * penalizerCoef;

  // N·F(φ): the total penalised objective, in the units of −log L.
  const total: Objective = (phi, grad, hess) => {
    let value = problem.negLogLikelihood(phi, grad, hess);
    if (penaltyWeight > 0) {
      for (let i = 0; i < n; i++) {
        const theta2 = Math.exp(2 * phi[i]);
        value += penaltyWeight * theta2;
        grad[i] += 2 * penaltyWeight * theta2;
        if (hess) hess[i * n + i] += 4 * penaltyWeight * theta2;
      }
    }
    return value;
  };
  const perCustomer: Objective = (phi, grad, hess) => {
    const value = total(phi, grad, hess);
    for (let i = 0; i < n; i++) grad[i] /= customers;
    if (hess) for (let i = 0; i < hess.length; i++) hess[i] /= customers;
    return value / customers;
  };

  const minimiseOptions = {
    maxIterations: problem.maxIterations ?? 200,
    gradientTolerance: problem.tolerance ?? 1e-8,
    // Log-parameters: no parameter changes by more than e² per step.
    maxStep: 2,
  };
  let result = minimise(perCustomer, problem.initialLogParams, { ...minimiseOptions, analyticHessian });
  if (result.functionEvaluations === 1 && !(Number.isFinite(result.value) && result.gradient.every(Number.isFinite))) {
    throw new FitError(
      `${problem.kind}: the log-likelihood is not finite at the starting parameters ` +
        `(${formatParams(problem.paramNames, problem.initialLogParams)}); check the data for impossible values`,
    );
  }
  if (analyticHessian && !result.converged && Number.isFinite(result.value) && result.iterations < minimiseOptions.maxIterations) {
    // Newton stalled (e.g. an indefinite Hessian far from the optimum): BFGS from its best point, then
    // Newton again so the returned Hessian is exact.
    const bfgs = minimise(perCustomer, result.x, minimiseOptions);
    if (bfgs.value <= result.value) {
      const polished = minimise(perCustomer, bfgs.x, { ...minimiseOptions, analyticHessian });
      result = {
        ...polished,
        iterations: result.iterations + bfgs.iterations + polished.iterations,
        functionEvaluations: result.functionEvaluations + bfgs.functionEvaluations + polished.functionEvaluations,
        message: `${polished.message} (Newton stalled, recovered with BFGS)`,
      };
    }
  }

  // Back to the total scale (units of −log L); the optimiser's last Hessian is reused when exact.
  const phi = result.x;
  const theta = phi.map(Math.exp);
  const penalisedValue = result.value * customers;
  const gradient = result.gradient.map((g) => g * customers);
  let hessian: Float64Array | null = result.hessian ? result.hessian.map((h) => h * customers) : null;
  let extraEvaluations = 0;
  if (!hessian) {
    hessian = numericalHessian(total, phi);
    extraEvaluations = 2 * n;
  }
  let penalty = 0;
  for (let i = 0; i < n; i++) penalty += penaltyWeight * theta[i] * theta[i];
  const covariance = hessian ? covarianceFromLogHessian(hessian, theta) : null;

  const params = Object.fromEntries(problem.paramNames.map((name, i) => [name, theta[i]])) as unknown as Params;
  const standardErrors = covariance?.standardErrors
    ? (Object.fromEntries(problem.paramNames.map((name, i) => [name, covariance.standardErrors![i]])) as {
        [K in keyof Params]: number;
      })
    : null;
  let gradientNorm = 0;
  for (let i = 0; i < n; i++) gradientNorm = Math.max(gradientNorm, Math.abs(gradient[i]));

  const provenance: Provenance = {
    createdAt: new Date().toISOString(),
    clvkitVersion: CLVKIT_VERSION,
    customers,
    patterns: problem.patterns,
    ...(problem.data ? { data: { ...problem.data } } : {}),
  };
  const model: FittedModel<Kind, Params> = {
    kind: problem.kind,
    version: problem.version,
    timeUnit: problem.timeUnit,
    params,
    standardErrors,
    covariance: covariance?.covariance ?? null,
    paramNames: [...problem.paramNames],
    logLikelihood: -(penalisedValue - penalty),
    converged: result.converged,
    diagnostics: {
      converged: result.converged,
      message: covariance?.positiveDefinite
        ? result.message
        : `${result.message}; Hessian at the optimum is ${hessian ? 'not positive definite' : 'not finite'} (no standard errors)`,
      iterations: result.iterations,
      functionEvaluations: result.functionEvaluations + extraEvaluations,
      gradientNorm,
      hessianPositiveDefinite: covariance?.positiveDefinite ?? false,
      penalizerCoef,
      elapsedMs: performance.now() - startedAt,
    },
    provenance,
  };
  return freezeModel(model);
}

function formatParams(names: readonly string[], logParams: Float64Array): string {
  return names.map((name, i) => `${name} = ${Math.exp(logParams[i]).toPrecision(4)}`).join(', ');
}
