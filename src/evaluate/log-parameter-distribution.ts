import { FitError } from '../errors.js';
import type { RandomSource } from '../math/random-source.js';
import type { ModelWithUncertainty } from './parameter-intervals.js';

/**
 * The asymptotic normal distribution of the log-parameters of one or more
 * fitted models, ready for sampling: ln θ ~ N(μ, Σ), Σ = L Lᵀ.
 */
export interface LogParameterDistribution {
  /** Parameter names, model after model (e.g. r, alpha, a, b, p, q, v). */
  readonly names: readonly string[];
  /** μ = ln θ̂. */
  readonly logMean: Float64Array;
  /** Lower-triangular Cholesky factor L of Σ_ln, row-major k × k. */
  readonly cholesky: Float64Array;
}

/**
 * Builds the sampling distribution of the log-parameters from fitted models'
 * delta-method covariances: Σ_ln = D⁻¹ Σ D⁻¹ with D = diag θ̂ (inverting how the
 * fits map their log-scale covariance to the natural scale). Several models
 * (e.g. BG/NBD and Gamma-Gamma, fitted separately) are stacked with a
 * block-diagonal Σ: their estimates are treated as independent, as in
 * Fader, Hardie & Lee (2005, JMR), where the spend model is fitted
 * separately and conditions on the purchase counts.
 *
 * Numerical strategy: a plain Cholesky factorisation (k ≤ ~10); a tiny
 * negative pivot from rounding (≥ −1e-12·Σᵢᵢ) is clamped to 0 so a
 * semi-definite direction gets no spread instead of failing.
 *
 * Example: `logParameterDistribution(bgnbd, gammaGamma)` → names
 * [r, alpha, a, b, p, q, v], and {@link sampleParameters} draws from it.
 *
 * @throws FitError when a model has no covariance (singular Hessian) or it is not positive semi-definite.
 */
export function logParameterDistribution(...models: ModelWithUncertainty[]): LogParameterDistribution {
  const names: string[] = [];
  const blocks: { offset: number; model: ModelWithUncertainty }[] = [];
  for (const model of models) {
    if (!model.covariance) {
      throw new FitError(
        `no parameter covariance for [${model.paramNames.join(', ')}] (the Hessian was singular); intervals cannot be computed`,
      );
    }
    blocks.push({ offset: names.length, model });
    names.push(...model.paramNames);
  }
  const k = names.length;
  const logMean = new Float64Array(k);
  const sigma = new Float64Array(k * k);
  for (const { offset, model } of blocks) {
    const m = model.paramNames.length;
    for (let i = 0; i < m; i++) {
      const ti = model.params[model.paramNames[i]];
      logMean[offset + i] = Math.log(ti);
      for (let j = 0; j < m; j++) {
        const tj = model.params[model.paramNames[j]];
        sigma[(offset + i) * k + offset + j] = model.covariance![i][j] / (ti * tj);
      }
    }
  }
  return { names, logMean, cholesky: cholesky(sigma, k, names) };
}

function cholesky(a: Float64Array, k: number, names: readonly string[]): Float64Array {
  const l = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let pivot = a[j * k + j];
    for (let p = 0; p < j; p++) pivot -= l[j * k + p] ** 2;
    if (!(pivot >= -1e-12 * Math.abs(a[j * k + j])) || !Number.isFinite(pivot)) {
      throw new FitError(`parameter covariance is not positive semi-definite (pivot ${pivot} at ${names[j]})`);
    }
    const d = Math.sqrt(Math.max(pivot, 0));
    l[j * k + j] = d;
    for (let i = j + 1; i < k; i++) {
      let s = a[i * k + j];
      for (let p = 0; p < j; p++) s -= l[i * k + p] * l[j * k + p];
      l[i * k + j] = d > 0 ? s / d : 0;
    }
  }
  return l;
}

/**
 * Draws one parameter vector on the natural scale, θ = exp(μ + L ε) with
 * ε ~ N(0, I), into `out` (length k). Every draw is positive.
 *
 * Example: `sampleParameters(dist, createRandom(1), new Float64Array(4))` → [r, α, a, b].
 */
export function sampleParameters(distribution: LogParameterDistribution, random: RandomSource, out: Float64Array): Float64Array {
  const k = distribution.logMean.length;
  const eps = new Float64Array(k);
  for (let i = 0; i < k; i++) eps[i] = random.nextNormal();
  for (let i = 0; i < k; i++) {
    let s = distribution.logMean[i];
    for (let j = 0; j <= i; j++) s += distribution.cholesky[i * k + j] * eps[j];
    out[i] = Math.exp(s);
  }
  return out;
}
