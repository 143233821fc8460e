/**
 * The shape every fitted model shares: an immutable, JSON-serialisable value.
 * Prediction is done by free functions that take the model as an argument.
 */
import type { TimeUnit } from '../data/time-unit.js';

/** How the optimiser ended; `converged: false` models need an opt-in to score. */
export interface FitDiagnostics {
  readonly converged: boolean;
  /** Human-readable reason the optimiser stopped. */
  readonly message: string;
  readonly iterations: number;
  readonly functionEvaluations: number;
  /** Max |gradient| of the objective w.r.t. log-parameters at the optimum. */
  readonly gradientNorm: number;
  /** Whether the Hessian at the optimum was positive definite (SEs are meaningful). */
  readonly hessianPositiveDefinite: boolean;
  /** L2 penalty coefficient on the parameters (0 = plain maximum likelihood). */
  readonly penalizerCoef: number;
  /** Wall time of the fit in milliseconds. */
  readonly elapsedMs: number;
}

/** Where the fit came from, so a scoring job can tell what it is running. */
export interface Provenance {
  readonly createdAt: string;
  readonly clvkitVersion: string;
  /** Customers the model was fitted on, and distinct (collapsed) patterns. */
  readonly customers: number;
  readonly patterns: number;
  /** Free-form description of the data source (file name, hash, split dates). */
  readonly data?: Readonly<Record<string, string | number | null>>;
}

export interface FittedModel<Kind extends string, Params extends Readonly<Record<string, number>>> {
  readonly kind: Kind;
  /** Model-file format version for this kind. */
  readonly version: number;
  readonly timeUnit: TimeUnit;
  readonly params: Params;
  /** Standard errors on the parameters' natural scale (delta method), or null if the Hessian was singular. */
  readonly standardErrors: { readonly [K in keyof Params]: number } | null;
  /** Covariance of the natural-scale parameters in `paramNames` order (delta method), or null. */
  readonly covariance: readonly (readonly number[])[] | null;
  readonly paramNames: readonly (keyof Params & string)[];
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly diagnostics: FitDiagnostics;
  readonly provenance: Provenance;
}

/** Deep-freezes a model so a fitted model really is immutable. */
export { deepFreeze as freezeModel } from '../deep-freeze.js';
