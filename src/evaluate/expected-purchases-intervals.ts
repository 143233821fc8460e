import { UsageError } from '../errors.js';
import { expectedPurchases, type BgnbdModel, type BgnbdPredictOptions } from '../models/bgnbd/index.js';
import { logParameterDistribution } from './log-parameter-distribution.js';
import { predictionIntervals, type PredictionIntervalOptions, type PredictionIntervals } from './prediction-intervals.js';

/**
 * Per-customer intervals for the BG/NBD expected number of purchases in the
 * next `t` units, E[Y(t) | x, t_x, T] (Fader, Hardie & Lee 2005, eq. 10),
 * reflecting the uncertainty of the fitted parameters: parameter vectors are
 * drawn from the asymptotic normal of ln(r, α, a, b) and each customer's
 * prediction is recomputed per draw (see {@link predictionIntervals} for the
 * method, memory bound and cost: `draws` × n evaluations).
 *
 * Example: `expectedPurchasesIntervals(model, 39, x, tx, T, { level: 0.9 })`
 * → { lower, median, upper } per customer, each bracketing the point estimate
 * `expectedPurchases(model, 39, x, tx, T)` in all but degenerate cases.
 *
 * @throws FitError when the model has no covariance; UsageError / InputError as expectedPurchases.
 */
export function expectedPurchasesIntervals(
  model: BgnbdModel,
  t: number,
  frequency: Float64Array,
  recency: Float64Array,
  T: Float64Array,
  options: PredictionIntervalOptions & BgnbdPredictOptions = {},
): PredictionIntervals {
  const n = frequency.length;
  if (recency.length !== n || T.length !== n) {
    throw new UsageError(`expectedPurchasesIntervals: frequency, recency and T differ in length (${n}, ${recency.length}, ${T.length})`);
  }
  // One full pass at the fitted parameters validates every row, so an InputError
  // names rows of the caller's arrays (block calls would number rows per block).
  expectedPurchases(model, t, frequency, recency, T, options);
  const distribution = logParameterDistribution(model);
  return predictionIntervals(
    n,
    distribution,
    (theta, start, end) =>
      expectedPurchases(
        withBgnbdParams(model, theta, 0),
        t,
        frequency.subarray(start, end),
        recency.subarray(start, end),
        T.subarray(start, end),
        options,
      ),
    options,
  );
}

/** The model with its parameters replaced by θ[offset …], read in the model's `paramNames` order. */
export function withBgnbdParams(model: BgnbdModel, theta: Float64Array, offset: number): BgnbdModel {
  const at = (name: string) => theta[offset + model.paramNames.indexOf(name as never)];
  return { ...model, params: { r: at('r'), alpha: at('alpha'), a: at('a'), b: at('b') } };
}
