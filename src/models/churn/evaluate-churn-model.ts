import { UsageError } from '../../errors.js';
import type { TransactionLog } from '../../data/transaction-log.js';
import type { BgnbdModel } from '../bgnbd/bgnbd-model.js';
import { fitBgnbd } from '../bgnbd/fit.js';
import { probabilityAlive } from '../bgnbd/probability-alive.js';
import { probabilityNoPurchases } from '../bgnbd/probability-no-purchases.js';
import { calibrationSummary } from './calibration-summary.js';
import { churnLabels } from './churn-labels.js';
import type { ChurnModel } from './churn-model.js';
import type { DayInput } from './cutoff-day.js';
import { formatDayCutoff } from './cutoff-day.js';
import { brier } from './metrics/brier.js';
import { calibrationTable, type CalibrationRow } from './metrics/calibration-table.js';
import { lift } from './metrics/lift.js';
import { logLoss } from './metrics/log-loss.js';
import { prAuc } from './metrics/pr-auc.js';
import { rocAuc } from './metrics/roc-auc.js';
import { predictChurn } from './predict-churn.js';

/** The scorers compared: the churn model, two BG/NBD baselines, and the naive recency rule. */
export type ChurnMethod = 'model' | 'bgnbd' | 'bgnbd-p-alive' | 'recency';

export const CHURN_METHOD_LABELS: Readonly<Record<ChurnMethod, string>> = {
  model: 'churn model',
  bgnbd: 'BG/NBD P(X(window) = 0)',
  'bgnbd-p-alive': 'BG/NBD 1 − P(alive)',
  recency: 'recency gap rule',
};

/** Metrics of one scorer. Probability metrics are null for the recency rule, which ranks but gives no probability. */
export interface ChurnMethodMetrics {
  readonly method: ChurnMethod;
  readonly label: string;
  readonly auc: number;
  readonly prAuc: number;
  readonly logLoss: number | null;
  readonly brier: number | null;
  /** Lift in the top decile of scores. */
  readonly lift: number;
  /** Decile calibration table, or null for the recency rule. */
  readonly calibration: readonly CalibrationRow[] | null;
}

export interface ChurnEvaluation {
  readonly customers: number;
  readonly positives: number;
  readonly prevalence: number;
  readonly calibrationEnd: string;
  readonly windowEnd: string;
  readonly window: number;
  readonly timeUnit: ChurnModel['timeUnit'];
  /** Backend the churn model was trained with. */
  readonly backend: ChurnModel['backend'];
  /**
   * The BG/NBD behind the baselines: its parameters, whether it was fitted
   * here, and its convergence (a baseline is scored even from a fit flagged
   * not converged, so that the comparison is still made; check these fields).
   */
  readonly bgnbd: {
    readonly params: BgnbdModel['params'];
    readonly fittedOnEvaluationData: boolean;
    readonly converged: boolean;
    readonly gradientNorm: number;
  };
  /** One row per scorer, the model first. */
  readonly methods: readonly ChurnMethodMetrics[];
}

export interface EvaluateChurnOptions {
  /** Cut for features and labels; default the model's training cut. */
  readonly calibrationEnd?: DayInput;
  /** Window length in the model's unit; default the model's window. */
  readonly window?: number;
  /** Last day covered by the data; default the log's last purchase (state it for a customer subset). */
  readonly observationEnd?: DayInput;
  /**
   * BG/NBD model for the baselines. Default: the model's stacked BG/NBD if it
   * has one, else a BG/NBD fitted here on the evaluated customers'
   * calibration summaries (no labels are used, so this is not leakage).
   */
  readonly bgnbd?: BgnbdModel;
  /** Calibration-table bins. Default 10 (deciles). */
  readonly bins?: number;
}

function methodMetrics(method: ChurnMethod, scores: Float64Array, labels: Uint8Array, probabilistic: boolean, bins: number): ChurnMethodMetrics {
  return {
    method,
    label: CHURN_METHOD_LABELS[method],
    auc: rocAuc(scores, labels),
    prAuc: prAuc(scores, labels),
    logLoss: probabilistic ? logLoss(scores, labels) : null,
    brier: probabilistic ? brier(scores, labels) : null,
    lift: lift(scores, labels, 0.1),
    calibration: probabilistic ? calibrationTable(scores, labels, bins) : null,
  };
}

/**
 * Evaluates a churn model on a log whose churn window is observed: labels
 * from the window after the cut (churnLabels), the model's probabilities
 * from purchases up to the cut (predictChurn), and side by side the same
 * metrics for
 *  (a) BG/NBD's P(X(T, T+w) = 0 | x, t_x, T) — the probability of exactly
 *      the labelled event (Fader, Hardie & Lee 2005 model; see
 *      `probabilityNoPurchases`) — and its cruder cousin 1 − P(alive);
 *  (b) the naive rule "the longer the silence, the likelier the churn",
 *      scored by the recency gap T − t_x (ranking metrics only).
 * Metrics: ROC AUC, PR AUC (average precision), log loss, Brier score, lift
 * in the top decile and a decile calibration table.
 *
 * For an honest estimate, pass customers the model was not trained on
 * (`splitCustomers`).
 *
 * @example
 * const { train, test } = splitCustomers(log, { testFraction: 0.3, seed: 1 });
 * const model = await trainChurnModel(train, { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' });
 * // a subset's last purchase may fall before the data end, so state it
 * const evaluation = evaluateChurnModel(model, test, { observationEnd: '1998-06-30' });
 * evaluation.methods.map((m) => [m.label, m.auc]);
 */
export function evaluateChurnModel(model: ChurnModel, log: TransactionLog, options: EvaluateChurnOptions = {}): ChurnEvaluation {
  const labels = churnLabels(log, {
    calibrationEnd: options.calibrationEnd ?? model.trainedOn.calibrationEnd,
    window: options.window ?? model.window,
    observationEnd: options.observationEnd,
    unit: model.timeUnit,
  });
  const { window } = labels;
  const y = labels.churned;
  const bins = options.bins ?? 10;
  const predicted = predictChurn(model, log, { asOf: window.calibrationEnd }).churnProbability;

  const summary = calibrationSummary(log, window.calibrationEnd, window.unit);
  const given = options.bgnbd ?? model.featureSpec.stackedBgnbd ?? undefined;
  if (given && given.timeUnit !== model.timeUnit) {
    throw new UsageError(`the BG/NBD baseline is in ${given.timeUnit}s but the churn model works in ${model.timeUnit}s`);
  }
  const bgnbd = given ?? fitBgnbd({ frequency: summary.frequency, recency: summary.recency, T: summary.T, unit: window.unit });
  const scoreAnyway = { allowUnconverged: true };
  const noPurchase = probabilityNoPurchases(bgnbd, window.window, summary.frequency, summary.recency, summary.T, scoreAnyway);
  const notAlive = probabilityAlive(bgnbd, summary.frequency, summary.recency, summary.T, scoreAnyway).map((p) => 1 - p);
  const recencyGap = summary.T.map((T, i) => T - summary.recency[i]);

  return {
    customers: y.length,
    positives: labels.positives,
    prevalence: labels.positives / y.length,
    calibrationEnd: formatDayCutoff(window.calibrationEnd, log),
    windowEnd: formatDayCutoff(window.windowEnd, log),
    window: window.window,
    timeUnit: model.timeUnit,
    backend: model.backend,
    bgnbd: {
      params: bgnbd.params,
      fittedOnEvaluationData: given === undefined,
      converged: bgnbd.converged,
      gradientNorm: bgnbd.diagnostics.gradientNorm,
    },
    methods: [
      methodMetrics('model', predicted, y, true, bins),
      methodMetrics('bgnbd', noPurchase, y, true, bins),
      methodMetrics('bgnbd-p-alive', notAlive, y, true, bins),
      methodMetrics('recency', recencyGap, y, false, bins),
    ],
  };
}
