/**
 * clvkit — predictive customer lifetime value for TypeScript.
 * The only public door: everything a user may import, grouped by stage
 * (data → models → value → outputs). Importing it loads no TensorFlow.js:
 * the churn trainer loads its backend on first use.
 */

// Errors and units
export { ClvError, FitError, InputError, ModelFileError, UsageError, formatInputIssue, type InputIssue } from './errors.js';
export { CLVKIT_VERSION } from './version.js';
export { annualRateToUnit, convertDuration, DAYS_PER_UNIT, parseTimeUnit, TIME_UNITS, type TimeUnit } from './data/time-unit.js';

// Data: transactions → customer summaries
export type { TransactionLog, Grain } from './data/transaction-log.js';
export type { RfmArrays } from './data/rfm-arrays.js';
export type { ReadTransactionsOptions } from './data/read-options.js';
export type { Reject, ReadStats, ReadTransactionsResult } from './data/read-result.js';
export { readTransactionLog } from './data/read-transaction-log.js';
export { transactionLogFromTable, type TableReadOptions } from './data/transaction-log-from-table.js';
export { summariseLog, SUMMARY_COLUMNS, HOLDOUT_COLUMNS, type SummariseOptions, type Excluded, type SummaryStats } from './data/summarise-log.js';
export { summariseTransactions, type SummariseTransactionsOptions, type TransactionSummary } from './data/summarise-transactions.js';
export { summariseRfm } from './data/summarise-rfm.js';
export { readSummary } from './data/read-summary.js';
export { summaryToRfmArrays } from './data/summary-to-rfm-arrays.js';
export { collapsePatterns, type CollapsedPatterns } from './data/collapse-patterns.js';

// Models
export type { FittedModel, FitDiagnostics, Provenance } from './models/fitted-model.js';
export {
  fitBgnbd,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  probabilityAlive,
  probabilityNoPurchases,
  purchaseCountPmf,
  bgnbdLogLikelihood,
  simulateBgnbd,
  simulateBgnbdTransactions,
  type BgnbdModel,
  type BgnbdParams,
  type BgnbdInput,
  type FitBgnbdOptions,
  type BgnbdPredictOptions,
} from './models/bgnbd/index.js';
export {
  fitGammaGamma,
  conditionalExpectedAverageSpend,
  expectedAverageSpendNewCustomer,
  simulateGammaGamma,
  type GammaGammaModel,
  type GammaGammaParams,
  type FitGammaGammaOptions,
} from './models/gamma-gamma/index.js';
export {
  trainChurnModel,
  predictChurn,
  evaluateChurnModel,
  churnFeatures,
  churnLabels,
  parseChurnModel,
  loadTfBackend,
  rocAuc,
  prAuc,
  logLoss,
  brier,
  lift,
  calibrationTable,
  type ChurnModel,
  type ChurnEvaluation,
  type TrainChurnOptions,
  type ChurnPrediction,
} from './models/churn/index.js';

// Value: from predictions to decisions
export { discountedClv, type DiscountedClvOptions } from './value/clv.js';
export { newCustomerLtv, type NewCustomerLtvOptions } from './value/new-customer-ltv.js';
export { historicalValue } from './value/historical-value.js';
export { revenueInFirstMonths } from './value/revenue-in-first-months.js';
export { cacCeiling, type CacCeiling, type CacCeilingOptions } from './value/cac-ceiling.js';
export { groupCacCeilings, type GroupCacCeiling, type GroupCacCeilingsOptions } from './value/group-cac-ceilings.js';
export { segmentCustomers, type CustomerSegments, type SegmentCustomersInput } from './value/segment-customers.js';
export { summariseSegments, type SegmentSummaryRow } from './value/summarise-segments.js';
export { rfmScores, type RfmScores } from './value/rfm-scores.js';
export { assignRfmSegments } from './value/rfm-segments.js';
export { assignValueTiers } from './value/value-tiers.js';
export { assignLifecycle } from './value/lifecycle-stages.js';
export { DEFAULT_SEGMENT_CONFIG, type SegmentConfig } from './value/segment-config.js';
export { parseSegmentConfig } from './value/parse-segment-config.js';

// Audiences
export { buildAudience, AUDIENCE_FORMATS, type AudienceFormat, type AudienceSummary } from './audience/build-audience.js';
export { selectAudience, type AudienceCustomers, type AudienceSelection } from './audience/select-audience.js';
export { normaliseEmail } from './audience/normalise-email.js';
export { normalisePhone } from './audience/normalise-phone.js';

// Checking models: holdout evaluation, uncertainty, plots, the HTML report (Vega loads on first render)
export {
  evaluateHoldout,
  holdoutErrors,
  conditionalExpectations,
  periodTransactions,
  repeatTransactionTracking,
  informationCriteria,
  parameterIntervals,
  expectedPurchasesIntervals,
  clvIntervals,
  rocCurve,
  calibrationCurve,
  valueConcentration,
  spendFrequencyCorrelation,
  type HoldoutEvaluation,
  type HoldoutEvaluationInput,
} from './evaluate/index.js';
export {
  renderSvg,
  renderPng,
  trackingSpec,
  conditionalExpectationsSpec,
  periodTransactionsSpec,
  frequencyRecencyGrid,
  frequencyRecencyMatrixSpec,
  ltvDistributionSpec,
  valueConcentrationSpec,
  rocSpec,
  calibrationSpec,
} from './plots/index.js';
export { renderReport, type ReportInput } from './report/index.js';

// Pipeline and files
export { scoreCustomers, type CustomerScores, type ScoreOptions } from './pipeline/score-customers.js';
export { runPipeline, type RunResult, type RowAccounting } from './pipeline/run-pipeline.js';
export { parseRunConfig, readRunConfig, DEFAULT_RUN_CONFIG, type RunConfig } from './pipeline/run-config.js';
export { writeRunOutputs } from './pipeline/write-run-outputs.js';
export { evaluateOnHoldout, type HoldoutCheck } from './pipeline/evaluate-on-holdout.js';
export { renderRunReport } from './pipeline/run-report.js';
export { saveModel, loadModel, loadChurnModel, parseModelJson, serialiseModel } from './io/model-file.js';
export { writeCsv } from './io/csv.js';
export { writeRejects } from './io/rejects.js';
