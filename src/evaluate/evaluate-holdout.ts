import type { RfmArrays } from '../data/rfm-arrays.js';
import type { TransactionLog } from '../data/transaction-log.js';
import { InputError, UsageError } from '../errors.js';
import {
  expectedPurchases,
  expectedPurchasesNewCustomer,
  probabilityNoPurchases,
  purchaseCountPmf,
  type BgnbdModel,
} from '../models/bgnbd/index.js';
import { conditionalExpectedAverageSpend, type GammaGammaModel } from '../models/gamma-gamma/index.js';
import { calibrationCurve, type CalibrationCurve } from './calibration-curve.js';
import { conditionalExpectations, type ConditionalExpectationRow } from './conditional-expectations.js';
import { holdoutErrors, type HoldoutErrors } from './holdout-errors.js';
import { informationCriteria, type InformationCriteria } from './information-criteria.js';
import { parameterIntervals, type ParameterInterval } from './parameter-intervals.js';
import { periodTransactions, type PeriodTransactionsRow } from './period-transactions.js';
import { repeatTransactionTracking, type RepeatTransactionTracking } from './repeat-transaction-tracking.js';
import { rocCurve, type RocCurve } from './roc-curve.js';
import { spendFrequencyCorrelation, type SpendFrequencyCorrelation } from './spend-frequency-correlation.js';

/** What {@link evaluateHoldout} needs; optional parts switch on optional checks. */
export interface HoldoutEvaluationInput {
  readonly purchaseModel: BgnbdModel;
  readonly spendModel?: GammaGammaModel;
  /** Calibration-period summary the models were fitted on (unit = the models' unit). */
  readonly calibration: RfmArrays;
  /** Holdout outcomes, aligned with `calibration`. */
  readonly holdout: {
    /** Repeat purchase periods in the holdout (frequency_holdout). */
    readonly frequency: Float64Array;
    /** Holdout length in the model unit (duration_holdout): one for all, or one per customer. */
    readonly duration: number | Float64Array;
    /** Mean value of the holdout purchases (monetary_value_holdout; 0 when none). */
    readonly monetaryValue?: Float64Array;
  };
  /** Transaction log and dates (days since epoch, inclusive) for the weekly tracking curves. */
  readonly tracking?: {
    readonly log: TransactionLog;
    readonly calibrationEnd: number;
    readonly end: number;
    readonly start?: number;
    readonly periodDays?: number;
  };
  /** First pooled class of the frequency tables (default 7: "7+"). */
  readonly maxFrequency?: number;
  /** Confidence level of the parameter intervals (default 0.95). */
  readonly parameterLevel?: number;
  readonly allowUnconverged?: boolean;
}

/** Spend-model checks. */
export interface SpendEvaluation {
  readonly fit: InformationCriteria;
  readonly parameters: readonly ParameterInterval[];
  /** The Gamma-Gamma independence assumption, with a warning when |ρ| > 0.3. */
  readonly correlation: SpendFrequencyCorrelation;
  /**
   * Predicted (conditional expected) vs actual mean spend per holdout
   * transaction, over customers with x > 0 and at least one holdout purchase;
   * null without holdout spend or such customers.
   */
  readonly holdout: (HoldoutErrors & { readonly predictedMean: number; readonly actualMean: number }) | null;
}

/** Everything {@link evaluateHoldout} measures. */
export interface HoldoutEvaluation {
  readonly customers: number;
  /** Per-customer and total error of predicted holdout purchases (FHL 2005 eq. 10 forecasts). */
  readonly purchases: HoldoutErrors;
  /** Mean holdout purchases by calibration frequency, actual vs model (FHL 2005, Fig. 4). */
  readonly conditionalExpectations: readonly ConditionalExpectationRow[];
  /** Calibration frequency histogram, observed vs model (FHL 2005, Fig. 3). */
  readonly periodTransactions: readonly PeriodTransactionsRow[];
  /** Weekly tracking curves (FHL 2005, Figs. 1–2); null without a log. */
  readonly tracking: RepeatTransactionTracking | null;
  readonly fit: InformationCriteria;
  readonly parameters: readonly ParameterInterval[];
  /** How well P(at least one holdout purchase) = 1 − P(X(T, T+t*) = 0) ranks and calibrates who buys. */
  readonly activity: { readonly roc: RocCurve | null; readonly calibration: CalibrationCurve };
  readonly spend: SpendEvaluation | null;
}

/**
 * Holdout validation of a fitted BG/NBD (+ Gamma-Gamma) model, in the style
 * of Fader, Hardie & Lee (2005, §4): per-customer MAE/RMSE and aggregate error
 * of the conditional forecasts E[Y(t*) | x, t_x, T] (eq. 10) against the
 * holdout counts; the calibration-vs-holdout table by frequency (Fig. 4); the
 * observed-vs-expected frequency histogram (Fig. 3, from eq. 8); the
 * cumulative and weekly tracking curves (Figs. 1–2, from eq. 9); LL, AIC and
 * BIC; log-scale parameter intervals; ROC and calibration of the probability
 * of any holdout purchase; and for Gamma-Gamma the frequency–spend
 * correlation check and the holdout spend error.
 *
 * Pure: inputs are not modified; the result is plain data for the report and plots.
 *
 * Example: `evaluateHoldout({ purchaseModel, spendModel, calibration: rfm,
 *   holdout: { frequency: xStar, duration: 39 } })` — on CDNOW
 * `purchases.totalActual` is 1,882 (FHL 2005).
 *
 * @throws UsageError when units differ or sizes do not match; the model functions' errors otherwise.
 */
export function evaluateHoldout(input: HoldoutEvaluationInput): HoldoutEvaluation {
  const { purchaseModel, spendModel, calibration, holdout } = input;
  const n = calibration.frequency.length;
  for (const model of [purchaseModel, spendModel]) {
    if (model && model.timeUnit !== calibration.unit) {
      throw new UsageError(`evaluateHoldout: the ${model.kind} model is in ${model.timeUnit}s but the summary is in ${calibration.unit}s`);
    }
  }
  if (holdout.frequency.length !== n) {
    throw new InputError('evaluateHoldout: holdout and calibration summaries differ in length', [
      { reason: `calibration ${n} customers, holdout ${holdout.frequency.length}` },
    ]);
  }
  const options = { allowUnconverged: input.allowUnconverged };
  const { frequency, recency, T } = calibration;
  const duration = typeof holdout.duration === 'number' ? holdout.duration : Float64Array.from(holdout.duration);
  const predicted = expectedPurchases(purchaseModel, duration, frequency, recency, T, options);
  const maxFrequency = input.maxFrequency ?? 7;

  const buys = Float64Array.from(holdout.frequency, (k) => (k > 0 ? 1 : 0));
  const pBuy = probabilityNoPurchases(purchaseModel, duration, frequency, recency, T, options).map((p) => 1 - p);
  const positives = buys.reduce((s, v) => s + v, 0);

  const tracking = input.tracking
    ? repeatTransactionTracking(input.tracking.log, (t) => expectedPurchasesNewCustomer(purchaseModel, t, options), {
        unit: calibration.unit,
        calibrationEnd: input.tracking.calibrationEnd,
        end: input.tracking.end,
        start: input.tracking.start,
        periodDays: input.tracking.periodDays,
      })
    : null;

  return {
    customers: n,
    purchases: holdoutErrors(predicted, holdout.frequency),
    conditionalExpectations: conditionalExpectations(frequency, holdout.frequency, predicted, { maxFrequency }),
    periodTransactions: periodTransactions(frequency, T, (t, k) => purchaseCountPmf(purchaseModel, t, k, options), { maxFrequency }),
    tracking,
    fit: informationCriteria(purchaseModel.logLikelihood, purchaseModel.paramNames.length, purchaseModel.provenance.customers || n),
    parameters: parameterIntervals(purchaseModel, input.parameterLevel),
    activity: {
      roc: positives > 0 && positives < n ? rocCurve(pBuy, buys) : null,
      calibration: calibrationCurve(pBuy, buys),
    },
    spend: spendModel ? evaluateSpend(spendModel, calibration, holdout, input.parameterLevel) : null,
  };
}

function evaluateSpend(
  model: GammaGammaModel,
  calibration: RfmArrays,
  holdout: HoldoutEvaluationInput['holdout'],
  level: number | undefined,
): SpendEvaluation {
  const { frequency, monetaryValue } = calibration;
  let holdoutResult: SpendEvaluation['holdout'] = null;
  if (holdout.monetaryValue) {
    const rows: number[] = [];
    for (let i = 0; i < frequency.length; i++) {
      if (frequency[i] > 0 && monetaryValue[i] > 0 && holdout.frequency[i] > 0) rows.push(i);
    }
    if (rows.length > 0) {
      const predicted = conditionalExpectedAverageSpend(model, Float64Array.from(rows, (i) => frequency[i]), Float64Array.from(rows, (i) => monetaryValue[i]));
      const actual = Float64Array.from(rows, (i) => holdout.monetaryValue![i]);
      const errors = holdoutErrors(predicted, actual);
      holdoutResult = { ...errors, predictedMean: errors.totalPredicted / rows.length, actualMean: errors.totalActual / rows.length };
    }
  }
  return {
    fit: informationCriteria(model.logLikelihood, model.paramNames.length, Math.max(1, model.provenance.customers)),
    parameters: parameterIntervals(model, level),
    correlation: spendFrequencyCorrelation(frequency, monetaryValue),
    holdout: holdoutResult,
  };
}
