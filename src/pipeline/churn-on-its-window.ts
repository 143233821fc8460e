/**
 * The run's churn model scored against what happened in its own window:
 * its scores as of its calibration end, and who bought nothing in the window
 * after. In-sample (the model learned from these labels), so optimistic —
 * `clv churn evaluate` gives the held-out comparison.
 */
import { UsageError } from '../errors.js';
import { churnLabels } from '../models/churn/churn-labels.js';
import { predictChurn } from '../models/churn/predict-churn.js';
import { alignByCustomerId } from './align-by-customer.js';
import type { RunResult } from './run-pipeline.js';

export function churnOnItsWindow(result: Pick<RunResult, 'models' | 'log'>): { scores: Float64Array; labels: Uint8Array } {
  const model = result.models.churn;
  if (!model) throw new UsageError('no churn model in this run: set --calibration-end (or churn.window in the config)');
  const labels = churnLabels(result.log, { calibrationEnd: model.trainedOn.calibrationEnd, window: model.window, unit: model.timeUnit });
  const prediction = predictChurn(model, result.log, { asOf: model.trainedOn.calibrationEnd });
  const { values } = alignByCustomerId(labels.customerId, prediction.customerId, prediction.churnProbability);
  return { scores: values, labels: labels.churned };
}
