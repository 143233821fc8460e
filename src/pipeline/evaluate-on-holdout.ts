/**
 * Fit on the calibration period, predict the holdout, compare: the check
 * behind `clv evaluate` and the report's model section.
 */
import { observationCutoff } from '../data/observation-cutoff.js';
import { summariseLog, type SummaryStats } from '../data/summarise-log.js';
import { summaryToRfmArrays } from '../data/summary-to-rfm-arrays.js';
import type { TimeUnit } from '../data/time-unit.js';
import type { TransactionLog } from '../data/transaction-log.js';
import { UsageError } from '../errors.js';
import { evaluateHoldout, type HoldoutEvaluation } from '../evaluate/evaluate-holdout.js';
import { fitBgnbd, type BgnbdModel } from '../models/bgnbd/index.js';
import { fitGammaGamma, type GammaGammaModel } from '../models/gamma-gamma/index.js';

export interface HoldoutCheckOptions {
  readonly unit: TimeUnit;
  readonly calibrationEnd: string;
  /** Default: the log's last purchase. */
  readonly observationEnd?: string;
  readonly penalizerCoef?: number;
  readonly allowUnconverged?: boolean;
}

export interface HoldoutCheck {
  readonly evaluation: HoldoutEvaluation;
  readonly models: { readonly bgnbd: BgnbdModel; readonly gammaGamma?: GammaGammaModel };
  readonly stats: SummaryStats;
}

/**
 * Summarises `log` with a calibration/holdout split, fits BG/NBD (and
 * Gamma-Gamma when the log has amounts) on the calibration period, and
 * evaluates the holdout predictions (errors, conditional expectations, period
 * transactions, weekly tracking, information criteria, parameter intervals).
 */
export function evaluateOnHoldout(log: TransactionLog, options: HoldoutCheckOptions): HoldoutCheck {
  const { summary, stats } = summariseLog(log, options);
  if (stats.durationHoldout === undefined || !(stats.durationHoldout > 0)) {
    throw new UsageError(`the holdout period after ${options.calibrationEnd} is empty: choose an earlier calibration end`);
  }
  const calibration = summaryToRfmArrays(summary, options.unit);
  const fitOptions = { penalizerCoef: options.penalizerCoef ?? 0 };
  const bgnbd = fitBgnbd(calibration, fitOptions);
  const gammaGamma = log.hasAmount ? fitGammaGamma(calibration, fitOptions) : undefined;
  const column = (name: string) => Float64Array.from(summary.array(name) as ArrayLike<number>);
  const evaluation = evaluateHoldout({
    purchaseModel: bgnbd,
    spendModel: gammaGamma,
    calibration,
    holdout: {
      frequency: column('frequency_holdout'),
      duration: stats.durationHoldout,
      monetaryValue: log.hasAmount ? column('monetary_value_holdout') : undefined,
    },
    tracking: {
      log,
      calibrationEnd: observationCutoff(stats.calibrationEnd ?? options.calibrationEnd, 'day', 'calibrationEnd'),
      end: observationCutoff(stats.observationEnd, 'day', 'observationEnd'),
    },
    allowUnconverged: options.allowUnconverged,
  });
  return { evaluation, models: { bgnbd, gammaGamma }, stats };
}
