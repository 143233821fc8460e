/**
 * The churn part of `clv run`: train on a calibration/holdout split of the
 * same log, then score every customer as of the observation end.
 */
import { UsageError } from '../errors.js';
import { DAYS_PER_UNIT } from '../data/time-unit.js';
import { observationCutoff } from '../data/observation-cutoff.js';
import type { TransactionLog } from '../data/transaction-log.js';
import type { ChurnModel } from '../models/churn/churn-model.js';
import { predictChurn } from '../models/churn/predict-churn.js';
import { trainChurnModel } from '../models/churn/train-churn-model.js';
import type { RunConfig } from './run-config.js';
import { alignByCustomerId } from './align-by-customer.js';
import type { StepRunner } from './run-pipeline.js';

export interface ChurnStepResult {
  readonly model: ChurnModel;
  /** Aligned with `customerIds`; NaN for a customer the model could not score. */
  readonly probability: Float64Array;
}

/**
 * Trains when the config allows and a window is known: the calibration end
 * given, or `churn.window` units before the observation end. With
 * `enabled: 'auto'` a missing window skips the step (with a note); with
 * `enabled: true` it is a UsageError.
 */
export async function runChurnStep(
  log: TransactionLog,
  customerIds: readonly string[],
  config: RunConfig,
  observationEnd: string,
  step: StepRunner,
  notes: string[],
): Promise<ChurnStepResult | undefined> {
  if (config.churn.enabled === false) return undefined;
  const endDay = observationCutoff(observationEnd, 'day', 'observationEnd');
  const calibrationEnd =
    config.calibrationEnd ?? (config.churn.window ? endDay - Math.round(config.churn.window * DAYS_PER_UNIT[config.unit]) : undefined);
  if (calibrationEnd === undefined) {
    if (config.churn.enabled === true) throw new UsageError('the churn model needs calibrationEnd or churn.window in the config');
    notes.push('churn model skipped: set calibrationEnd or churn.window to train one');
    return undefined;
  }
  const model = await step('train churn model', () =>
    trainChurnModel(log, {
      calibrationEnd,
      observationEnd,
      unit: config.unit,
      window: config.churn.window,
      hidden: config.churn.hidden,
      seed: config.churn.seed,
      categorical: config.channelCol && log.attributes[config.channelCol] ? [config.channelCol] : undefined,
    }),
  );
  const prediction = await step('score churn', () => predictChurn(model, log, { asOf: observationEnd }));
  const { values: probability, missing } = alignByCustomerId(customerIds, prediction.customerId, prediction.churnProbability);
  if (missing > 0) notes.push(`churn probability missing for ${missing} customer(s) the churn model could not score`);
  notes.push(`churn model: ${model.architecture.type} on ${model.backend} backend`);
  return { model, probability };
}
