import { performance } from 'node:perf_hooks';
import { collapsePatterns } from '../../data/collapse-patterns.js';
import type { RfmArrays } from '../../data/rfm-arrays.js';
import type { TimeUnit } from '../../data/time-unit.js';
import { InputError, UsageError } from '../../errors.js';
import { createRandom } from '../../math/random-source.js';
import { fitByMaximumLikelihood } from '../fit-by-maximum-likelihood.js';
import type { Provenance } from '../fitted-model.js';
import { BGNBD_MODEL_VERSION, BGNBD_PARAM_NAMES, type BgnbdModel, type BgnbdParams } from './bgnbd-model.js';
import { prepareBgnbdLikelihoodData } from './likelihood-data.js';
import { bgnbdObjective } from './log-likelihood.js';
import { patternsForFit } from './patterns-for-fit.js';
import { validateRfm } from './validate-rfm.js';

/** Customer summaries a BG/NBD fit accepts: full RFM arrays or just the three columns plus unit. */
export type BgnbdInput =
  | RfmArrays
  | { readonly frequency: Float64Array; readonly recency: Float64Array; readonly T: Float64Array; readonly unit: TimeUnit };

/** Options of {@link fitBgnbd}. */
export interface FitBgnbdOptions {
  /** L2 penalty c on the natural-scale parameters, as lifetimes' `penalizer_coef`. Default 0. */
  readonly penalizerCoef?: number;
  /** Starting parameters (default: a data-driven guess). */
  readonly initialParams?: BgnbdParams;
  /** Newton step cap. Default 200. */
  readonly maxIterations?: number;
  /** Provenance record stored in the model (file name, hash, split dates…). */
  readonly data?: Provenance['data'];
  /**
   * With more distinct patterns than this, first fit a seeded random subsample
   * of this many customers and start the full fit from its optimum (the full
   * fit then needs 2–4 Newton steps and lands on the same optimum). 0 disables.
   * Default 50 000.
   */
  readonly subsampleSize?: number;
}

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers
 * the easy way", Marketing Science 24(2)) by maximum likelihood.
 *
 * - Input is validated first; every bad row is reported in one InputError.
 * - Identical (x, t_x, T) customers are collapsed into weighted patterns
 *   (skipped when nearly all are unique, see patternsForFit).
 * - The log-likelihood (eq. 6) with exact gradient and Hessian over
 *   log-parameters is minimised by damped Newton with a Wolfe line search;
 *   standard errors come from the exact Hessian by the delta method.
 * - Large data: warm start from a subsample (see `subsampleSize`).
 *
 * Never throws on non-convergence: check `model.converged` and
 * `model.diagnostics.message`. Throws InputError for invalid rows or when no
 * customer has a repeat purchase (no maximum exists).
 * `provenance.patterns` counts the weighted rows the likelihood ran over.
 *
 * Example (CDNOW, weeks; FHL 2005 report r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4):
 * ```ts
 * const model = fitBgnbd({ frequency, recency, T, unit: 'week' });
 * model.params.r; // 0.2426
 * ```
 */
export function fitBgnbd(input: BgnbdInput, options: FitBgnbdOptions = {}): BgnbdModel {
  const startedAt = performance.now();
  const { frequency, recency, T, unit } = input;
  const customerId = 'customerId' in input ? input.customerId : undefined;
  if (frequency.length === 0) throw new InputError('fitBgnbd: no customers to fit');
  validateRfm('fitBgnbd', frequency, recency, T, customerId);
  if (frequency.every((x) => x === 0)) {
    // The likelihood then only falls as α → ∞: there is no maximum to find.
    throw new InputError(
      `fitBgnbd: none of the ${frequency.length} customers has a repeat purchase (every frequency is 0), so the BG/NBD parameters cannot be estimated`,
    );
  }
  const subsampleSize = options.subsampleSize ?? 50_000;
  if (!(subsampleSize >= 0)) throw new UsageError(`fitBgnbd: subsampleSize must be ≥ 0, got ${subsampleSize}`);

  const patterns = patternsForFit(frequency, recency, T);
  let initial = options.initialParams
    ? logParamsOf(options.initialParams)
    : initialGuess(patterns.frequency, patterns.T, patterns.weight);

  if (!options.initialParams && subsampleSize > 0 && patterns.weight.length > 2 * subsampleSize) {
    const sub = subsample(frequency, recency, T, subsampleSize);
    const warm = fitPatterns(sub, unit, initial, options, startedAt, sub.weight.length);
    if (Object.values(warm.params).every((v) => Number.isFinite(v) && v > 0)) initial = logParamsOf(warm.params);
  }
  return fitPatterns(patterns, unit, initial, options, startedAt, frequency.length);
}

function fitPatterns(
  patterns: { frequency: Float64Array; recency: Float64Array; T: Float64Array; weight: Float64Array },
  unit: TimeUnit,
  initialLogParams: Float64Array,
  options: FitBgnbdOptions,
  startedAt: number,
  customers: number,
): BgnbdModel {
  const data = prepareBgnbdLikelihoodData(patterns.frequency, patterns.recency, patterns.T, patterns.weight);
  return fitByMaximumLikelihood<'bgnbd', BgnbdParams>({
    kind: 'bgnbd',
    version: BGNBD_MODEL_VERSION,
    timeUnit: unit,
    paramNames: BGNBD_PARAM_NAMES,
    negLogLikelihood: bgnbdObjective(data),
    analyticHessian: true,
    initialLogParams,
    penalizerCoef: options.penalizerCoef ?? 0,
    customers,
    patterns: patterns.weight.length,
    data: options.data,
    maxIterations: options.maxIterations,
    startedAt,
  });
}

function logParamsOf(params: BgnbdParams): Float64Array {
  const values = BGNBD_PARAM_NAMES.map((name) => params[name]);
  if (!values.every((v) => Number.isFinite(v) && v > 0)) {
    throw new UsageError(`fitBgnbd: initialParams must all be finite and > 0, got ${JSON.stringify(params)}`);
  }
  return new Float64Array(values.map(Math.log));
}

/**
 * Start: r = 1, a = 1, b = 3 (dropout probability ¼ per purchase) and α
 * matching the purchase rate, r/α = mean x / mean T — so α carries the
 * data's time unit and the same start works for days, weeks or years.
 */
function initialGuess(x: Float64Array, T: Float64Array, weight: Float64Array): Float64Array {
  let sx = 0;
  let sT = 0;
  let sw = 0;
  for (let i = 0; i < x.length; i++) {
    sx += weight[i] * x[i];
    sT += weight[i] * T[i];
    sw += weight[i];
  }
  const rate = Math.max(sx / sw, 0.01) / (sT / sw);
  return new Float64Array([0, Math.log(1 / rate), 0, Math.log(3)]);
}

/** Seeded uniform subsample of `size` customers (without replacement), collapsed. */
function subsample(frequency: Float64Array, recency: Float64Array, T: Float64Array, size: number) {
  const n = frequency.length;
  const random = createRandom(20050101);
  // Partial Fisher–Yates over an index permutation.
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  const sx = new Float64Array(size);
  const sr = new Float64Array(size);
  const sT = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random.next() * (n - i));
    const pick = index[j];
    index[j] = index[i];
    sx[i] = frequency[pick];
    sr[i] = recency[pick];
    sT[i] = T[pick];
  }
  return collapsePatterns(sx, sr, sT);
}
