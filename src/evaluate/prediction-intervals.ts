import { UsageError } from '../errors.js';
import { createRandom } from '../math/random-source.js';
import { sampleParameters, type LogParameterDistribution } from './log-parameter-distribution.js';

/** Options shared by the per-customer interval functions. */
export interface PredictionIntervalOptions {
  /** Parameter draws (default 200). The 5% and 95% quantiles of 200 draws move by ~±1.5 percentiles between seeds. */
  readonly draws?: number;
  /** Central coverage of the interval (default 0.9: 5th to 95th percentile). */
  readonly level?: number;
  /** Seed of the parameter draws (default 1); same seed → same intervals. */
  readonly seed?: number;
  /** Customers scored per block (default 4096); memory is blockSize × draws doubles (6.5 MB by default). */
  readonly blockSize?: number;
}

/** Per-customer uncertainty bands from parameter uncertainty. */
export interface PredictionIntervals {
  readonly lower: Float64Array;
  readonly median: Float64Array;
  readonly upper: Float64Array;
  readonly level: number;
  readonly draws: number;
}

/**
 * Scores customers [start, end) with one parameter vector θ (natural scale,
 * in the distribution's `names` order); returns end − start predictions.
 */
export type BlockPredictor = (params: Float64Array, start: number, end: number) => ArrayLike<number>;

/**
 * Per-customer intervals of any prediction under parameter uncertainty:
 * draw S parameter vectors from the asymptotic normal of the log-parameters
 * (see {@link logParameterDistribution}), score every customer with each,
 * and take the empirical (1 − level)/2, ½ and (1 + level)/2 quantiles of each
 * customer's S predictions (type-7 interpolation, Hyndman & Fan 1996). This is
 * the "parametric bootstrap from the asymptotic distribution" of Krinsky &
 * Robb (1986); it reflects estimation uncertainty only, not the Poisson noise
 * of the purchases themselves.
 *
 * Memory stays bounded for any number of customers: the S parameter vectors
 * are drawn once (S × k numbers) and reused for every block of customers, and
 * only one block's S predictions are held at a time — never a draws ×
 * customers matrix. Cost: S predictor calls per block.
 *
 * Example: `predictionIntervals(n, dist, (θ, s, e) => predict(θ, s, e), { draws: 200, level: 0.9 })`.
 *
 * @throws UsageError on bad options or a predictor returning the wrong length.
 */
export function predictionIntervals(
  customers: number,
  distribution: LogParameterDistribution,
  predict: BlockPredictor,
  options: PredictionIntervalOptions = {},
): PredictionIntervals {
  const draws = options.draws ?? 200;
  const level = options.level ?? 0.9;
  const blockSize = options.blockSize ?? 4096;
  if (!Number.isInteger(draws) || draws < 2) throw new UsageError(`predictionIntervals: draws must be an integer ≥ 2, got ${draws}`);
  if (!(level > 0 && level < 1)) throw new UsageError(`predictionIntervals: level must be in (0, 1), got ${level}`);
  if (!Number.isInteger(blockSize) || blockSize < 1) throw new UsageError(`predictionIntervals: blockSize must be an integer ≥ 1, got ${blockSize}`);
  if (!Number.isInteger(customers) || customers < 0) throw new UsageError(`predictionIntervals: customers must be an integer ≥ 0, got ${customers}`);

  const k = distribution.logMean.length;
  const random = createRandom(options.seed ?? 1);
  const thetas: Float64Array[] = [];
  for (let d = 0; d < draws; d++) thetas.push(sampleParameters(distribution, random, new Float64Array(k)));

  const lower = new Float64Array(customers);
  const median = new Float64Array(customers);
  const upper = new Float64Array(customers);
  const pLow = (1 - level) / 2;
  const pHigh = (1 + level) / 2;
  // Row c of the block holds customer c's `draws` predictions, contiguous for sorting.
  const block = new Float64Array(Math.min(blockSize, Math.max(customers, 1)) * draws);
  for (let start = 0; start < customers; start += blockSize) {
    const end = Math.min(start + blockSize, customers);
    const size = end - start;
    for (let d = 0; d < draws; d++) {
      const predictions = predict(thetas[d], start, end);
      if (predictions.length !== size) {
        throw new UsageError(`predictionIntervals: predictor returned ${predictions.length} values for ${size} customers`);
      }
      for (let c = 0; c < size; c++) block[c * draws + d] = predictions[c];
    }
    for (let c = 0; c < size; c++) {
      const row = block.subarray(c * draws, (c + 1) * draws).sort();
      lower[start + c] = quantileSorted(row, pLow);
      median[start + c] = quantileSorted(row, 0.5);
      upper[start + c] = quantileSorted(row, pHigh);
    }
  }
  return { lower, median, upper, level, draws };
}

/** Type-7 quantile (R's default) of an ascending array. */
function quantileSorted(sorted: Float64Array, p: number): number {
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const frac = pos - lo;
  // Infinite draws (an undefined mean) must not turn into NaN through ∞ − ∞.
  if (frac === 0 || sorted[lo] === sorted[hi]) return sorted[lo];
  if (sorted[hi] === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
}
