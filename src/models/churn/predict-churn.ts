import { InputError } from '../../errors.js';
import type { TransactionLog } from '../../data/transaction-log.js';
import { churnFeatures } from './churn-features.js';
import type { ChurnModel } from './churn-model.js';
import { churnLogits, sigmoid, standardise } from './churn-network.js';
import { lastPeriodTime } from './calibration-summary.js';
import { cutoffDay, formatDayCutoff, type DayInput } from './cutoff-day.js';
import { stackedBgnbdColumns } from './stacked-bgnbd.js';

export interface ChurnPrediction {
  readonly customerId: readonly string[];
  /** Row → index of the customer in the log. */
  readonly customerIndex: Int32Array;
  /** P(no purchase in the `window` after `asOf`), one per customer present by `asOf`. */
  readonly churnProbability: Float64Array;
  /** The scoring date (ISO) and the window length in the model's unit. */
  readonly asOf: string;
  readonly window: number;
}

/**
 * Churn probability per customer: P(no purchase in the next `model.window`
 * time units after `asOf` | behaviour up to `asOf`), from the features of
 * the purchases on or before `asOf` (default: the log's last purchase day,
 * i.e. "score today"). Customers whose first purchase is after `asOf` are not
 * scored.
 *
 * Scoring runs the stored network in plain JavaScript in double precision
 * (one or two dense layers: a few dozen flops per customer), so it needs no
 * TensorFlow.js, gives the same numbers on every machine, and a model loaded
 * from JSON predicts exactly what the trained value does.
 *
 * @example
 * const { customerId, churnProbability } = predictChurn(model, log);
 */
export function predictChurn(model: ChurnModel, log: TransactionLog, options: { readonly asOf?: DayInput } = {}): ChurnPrediction {
  const asOf = options.asOf !== undefined ? cutoffDay(options.asOf, log, 'asOf') : lastPeriodTime(log);
  if (!Number.isFinite(asOf)) throw new InputError('the transaction log is empty: no customer to score');
  const spec = model.featureSpec;
  const features = churnFeatures(log, {
    calibrationEnd: asOf,
    unit: model.timeUnit,
    features: spec.base,
    categorical: spec.categorical,
    stacked: spec.stackedBgnbd ? stackedBgnbdColumns(spec.stackedBgnbd, model.window, model.timeUnit) : undefined,
  });
  const inputs = standardise(features.matrix, spec);
  const churnProbability = churnLogits(model.architecture, model.weights, inputs, features.columns).map(sigmoid);
  return {
    customerId: features.customerId,
    customerIndex: features.customerIndex,
    churnProbability,
    asOf: formatDayCutoff(asOf, log),
    window: model.window,
  };
}
