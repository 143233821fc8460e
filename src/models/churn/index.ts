/**
 * Churn prediction: labels, features, a TensorFlow.js-trained classifier that
 * is saved as a plain value, scoring without TensorFlow, and evaluation
 * against BG/NBD and recency baselines. Importing this module loads no tfjs:
 * only `trainChurnModel` (via `loadTfBackend`) does, on first call.
 */
export { churnLabels, type ChurnLabels } from './churn-labels.js';
export { resolveChurnWindow, type ChurnWindow, type ChurnWindowOptions } from './resolve-churn-window.js';
export {
  churnFeatures,
  CHURN_BASE_FEATURES,
  STACKED_FEATURES,
  type ChurnBaseFeature,
  type ChurnFeatureMatrix,
  type ChurnFeatureOptions,
  type CategoricalSpec,
} from './churn-features.js';
export {
  CHURN_MODEL_VERSION,
  type ChurnModel,
  type ChurnArchitecture,
  type ChurnFeatureSpec,
  type ChurnSplitMetrics,
  type ChurnTraining,
  type DenseLayer,
} from './churn-model.js';
export { trainChurnModel, type TrainChurnOptions, type ChurnEpochProgress } from './train-churn-model.js';
export { predictChurn, type ChurnPrediction } from './predict-churn.js';
export { parseChurnModel } from './parse-churn-model.js';
export {
  evaluateChurnModel,
  CHURN_METHOD_LABELS,
  type ChurnEvaluation,
  type ChurnMethod,
  type ChurnMethodMetrics,
  type EvaluateChurnOptions,
} from './evaluate-churn-model.js';
export { splitCustomers, selectCustomers, type CustomerSplit } from './split-customers.js';
export { loadTfBackend, type ChurnBackend, type TfBackend, type LoadTfBackendOptions } from './load-tf-backend.js';
export type { DayInput } from './cutoff-day.js';
export { rocAuc } from './metrics/roc-auc.js';
export { prAuc } from './metrics/pr-auc.js';
export { logLoss } from './metrics/log-loss.js';
export { brier } from './metrics/brier.js';
export { lift } from './metrics/lift.js';
export { calibrationTable, type CalibrationRow } from './metrics/calibration-table.js';
