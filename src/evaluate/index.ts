/**
 * Model evaluation: holdout validation in the style of Fader, Hardie & Lee
 * (2005, §4), fit criteria, binary-score diagnostics, value concentration,
 * and uncertainty (parameter intervals, per-customer prediction intervals).
 */
export { calibrationCurve, type CalibrationBin, type CalibrationCurve, type CalibrationCurveOptions } from './calibration-curve.js';
export { clvIntervals, type ClvIntervalInput } from './clv-intervals.js';
export {
  conditionalExpectations,
  type ConditionalExpectationOptions,
  type ConditionalExpectationRow,
} from './conditional-expectations.js';
export { evaluateHoldout, type HoldoutEvaluation, type HoldoutEvaluationInput, type SpendEvaluation } from './evaluate-holdout.js';
export { expectedPurchasesIntervals } from './expected-purchases-intervals.js';
export { holdoutErrors, type HoldoutErrors } from './holdout-errors.js';
export { informationCriteria, type InformationCriteria } from './information-criteria.js';
export { logParameterDistribution, sampleParameters, type LogParameterDistribution } from './log-parameter-distribution.js';
export { normalQuantile, normalUpperTail } from './normal-quantile.js';
export { parameterIntervals, type ModelWithUncertainty, type ParameterInterval } from './parameter-intervals.js';
export { periodTransactions, type PeriodTransactionsOptions, type PeriodTransactionsRow, type PurchaseCountPmf } from './period-transactions.js';
export {
  predictionIntervals,
  type BlockPredictor,
  type PredictionIntervalOptions,
  type PredictionIntervals,
} from './prediction-intervals.js';
export {
  repeatTransactionTracking,
  type NewCustomerCurve,
  type RepeatTransactionTracking,
  type RepeatTransactionTrackingOptions,
} from './repeat-transaction-tracking.js';
export { rocCurve, type RocCurve } from './roc-curve.js';
export {
  SPEND_FREQUENCY_CORRELATION_THRESHOLD,
  spendFrequencyCorrelation,
  type SpendFrequencyCorrelation,
} from './spend-frequency-correlation.js';
export { valueConcentration, type ValueConcentration } from './value-concentration.js';
