/**
 * Fitting the Gamma-Gamma spend model by maximum likelihood.
 */
import { performance } from 'node:perf_hooks';
import type { TimeUnit } from '../../data/time-unit.js';
import { UsageError } from '../../errors.js';
import { fitByMaximumLikelihood } from '../fit-by-maximum-likelihood.js';
import { freezeModel, type FittedModel, type Provenance } from '../fitted-model.js';
import { gammaGammaNegLogLikelihood, type GammaGammaParams } from './log-likelihood.js';
import { collapseSpendPatterns, type NonPositiveSpendPolicy, type SpendPatterns } from './spend-patterns.js';

/** Model-file format version of 'gamma-gamma' models. */
export const GAMMA_GAMMA_MODEL_VERSION = 1;

/** A fitted Gamma-Gamma model: a frozen, JSON-serialisable value. */
export type GammaGammaModel = FittedModel<'gamma-gamma', GammaGammaParams>;

/** The columns a Gamma-Gamma fit reads; an {@link RfmArrays} works as is. */
export interface GammaGammaData {
  /** Repeat purchases x per customer. */
  readonly frequency: ArrayLike<number>;
  /** Mean value z̄ of the x repeat purchases (ignored when x = 0). */
  readonly monetaryValue: ArrayLike<number>;
  /** Time unit of the summary the columns came from (recorded in the model). */
  readonly unit: TimeUnit;
}

export interface FitGammaGammaOptions {
  /**
   * L2 penalty c on (p, q, γ): adds c·Σθ² to the mean negative log-likelihood,
   * as lifetimes' `penalizer_coef` does. Default 0 (plain maximum likelihood).
   */
  readonly penalizerCoef?: number;
  /**
   * Customers with x > 0 but z̄ ≤ 0: 'exclude' (default) leaves them out and
   * counts them in `provenance.data.excludedNonPositiveSpend`; 'error' throws
   * an InputError naming them.
   */
  readonly nonPositiveSpend?: NonPositiveSpendPolicy;
  /** Starting values (default: p = 1, q = 2, γ = mean z̄, so the start has mean spend = mean z̄). */
  readonly initialParams?: Partial<GammaGammaParams>;
  /** Optimiser step cap. Default 200. */
  readonly maxIterations?: number;
  /** Free-form description of the data source, stored in provenance. */
  readonly data?: Provenance['data'];
}

/**
 * Fits the Gamma-Gamma model of mean repeat spend (Fader, Hardie & Lee 2005,
 * "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis", JMR 42(4);
 * Fader & Hardie 2013, "The Gamma-Gamma Model of
 * Monetary Value"): each transaction value Z ~ Gamma(p, ν) around a customer's
 * own rate ν ~ Gamma(q, γ), so the mean z̄ of x transactions has the density
 * of {@link gammaGammaLogDensity}. Parameters are named p, q, v (v = γ).
 *
 * Only customers with x > 0 and z̄ > 0 inform the fit; `provenance.customers`
 * and `provenance.patterns` count those used and their distinct (x, z̄) pairs,
 * and `provenance.data` records `customersInput`, `excludedNoRepeatPurchases`,
 * `excludedNonPositiveSpend` and `frequencySpendCorrelation` (Pearson r of x
 * and z̄ — the model assumes they are independent, so a large |r| is a warning
 * sign; Fader & Hardie 2013 check exactly this on CDNOW). When the fitted q ≤ 1 the
 * population mean spend is infinite; `provenance.data.meanSpendFinite` is then
 * 'no' and predictions for customers without repeats throw.
 *
 * Numerical strategy: log-parameters, collapsed patterns, analytic gradient and
 * Hessian (digamma/trigamma) → damped Newton with a strong Wolfe line search,
 * delta-method standard errors from the exact Hessian — see
 * {@link gammaGammaNegLogLikelihood} and {@link fitByMaximumLikelihood}. The
 * input arrays are not modified. Non-convergence is reported in
 * `diagnostics`, never thrown.
 *
 * @example
 * const model = fitGammaGamma({ frequency: x, monetaryValue: zbar, unit: 'week' });
 * // CDNOW sample (946 repeat buyers): model.params ≈ { p: 6.25, q: 3.74, v: 15.44 }
 */
export function fitGammaGamma(data: GammaGammaData, options: FitGammaGammaOptions = {}): GammaGammaModel {
  const startedAt = performance.now();
  if (!data || typeof data !== 'object' || !data.frequency || !data.monetaryValue) {
    throw new UsageError('fitGammaGamma: data must have frequency and monetaryValue columns');
  }
  const policy = options.nonPositiveSpend ?? 'exclude';
  if (policy !== 'exclude' && policy !== 'error') {
    throw new UsageError(`fitGammaGamma: nonPositiveSpend must be 'exclude' or 'error', got ${JSON.stringify(policy)}`);
  }
  const penalizerCoef = options.penalizerCoef ?? 0;
  if (!(penalizerCoef >= 0) || !Number.isFinite(penalizerCoef)) {
    throw new UsageError(`fitGammaGamma: penalizerCoef must be a finite number ≥ 0, got ${penalizerCoef}`);
  }
  const patterns = collapseSpendPatterns(data.frequency, data.monetaryValue, policy);
  const start = startingParams(patterns, options.initialParams ?? {});

  const model = fitByMaximumLikelihood<'gamma-gamma', GammaGammaParams>({
    kind: 'gamma-gamma',
    version: GAMMA_GAMMA_MODEL_VERSION,
    timeUnit: data.unit,
    paramNames: ['p', 'q', 'v'],
    negLogLikelihood: gammaGammaNegLogLikelihood(patterns),
    analyticHessian: true,
    initialLogParams: Float64Array.of(Math.log(start.p), Math.log(start.q), Math.log(start.v)),
    penalizerCoef,
    customers: patterns.customersUsed,
    patterns: patterns.spend.length,
    data: {
      ...(options.data ?? {}),
      customersInput: patterns.customersInput,
      excludedNoRepeatPurchases: patterns.excludedNoRepeat,
      excludedNonPositiveSpend: patterns.excludedNonPositiveSpend,
      frequencySpendCorrelation: Number.isFinite(patterns.frequencySpendCorrelation)
        ? patterns.frequencySpendCorrelation
        : null,
    },
    maxIterations: options.maxIterations,
    startedAt,
  });
  if (model.params.q > 1) return model;
  // q ≤ 1: say so in the model itself, since the population mean does not exist.
  return withMeanSpendWarning(model);
}

/** Default start p = 1, q = 2, γ = weighted mean z̄ (population mean pγ/(q−1) = mean z̄). */
function startingParams(patterns: SpendPatterns, initial: Partial<GammaGammaParams>): GammaGammaParams {
  let total = 0;
  for (let k = 0; k < patterns.spend.length; k++) total += patterns.weight[k] * patterns.spend[k];
  const start = { p: initial.p ?? 1, q: initial.q ?? 2, v: initial.v ?? total / patterns.customersUsed };
  for (const [name, value] of Object.entries(start)) {
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new UsageError(`fitGammaGamma: initial ${name} must be a finite number > 0, got ${value}`);
    }
  }
  return start;
}

function withMeanSpendWarning(model: GammaGammaModel): GammaGammaModel {
  return freezeModel({
    ...model,
    provenance: { ...model.provenance, data: { ...(model.provenance.data ?? {}), meanSpendFinite: 'no (q ≤ 1)' } },
  });
}
