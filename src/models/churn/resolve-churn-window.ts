import { UsageError } from '../../errors.js';
import type { TransactionLog } from '../../data/transaction-log.js';
import { DAYS_PER_UNIT, type TimeUnit } from '../../data/time-unit.js';
import { cutoffDay, formatDayCutoff, type DayInput } from './cutoff-day.js';
import { lastPeriodTime } from './calibration-summary.js';

/** Where the calibration period ends and how long the churn window after it is. */
export interface ChurnWindowOptions {
  /** Last day of the calibration period (inclusive): a date, or a position on the log's time axis. */
  readonly calibrationEnd: DayInput;
  readonly unit: TimeUnit;
  /** Window length in `unit`; default: the whole holdout, observationEnd − calibrationEnd. */
  readonly window?: number;
  /** Last day covered by the data (a date or time-axis position); default: the log's last purchase. */
  readonly observationEnd?: DayInput;
}

/** A resolved churn window, all times in days since 1970-01-01 except `window` (in `unit`). */
export interface ChurnWindow {
  readonly calibrationEnd: number;
  readonly observationEnd: number;
  readonly windowEnd: number;
  readonly window: number;
  readonly unit: TimeUnit;
}

/**
 * Resolves and checks a churn window against a log. A customer is labelled
 * only when the whole window (calibrationEnd, calibrationEnd + window] lies
 * inside the data; since the cut is common to all customers, a window that
 * runs past `observationEnd` would leave every customer unlabelled, so it is
 * refused with a UsageError instead of silently labelling unseen days as churn.
 *
 * @example
 * resolveChurnWindow(log, { calibrationEnd: '1997-09-30', unit: 'week' })
 * // → { calibrationEnd: 10134, observationEnd: 10407, window: 39, … } on CDNOW
 */
export function resolveChurnWindow(log: TransactionLog, options: ChurnWindowOptions): ChurnWindow {
  const calibrationEnd = cutoffDay(options.calibrationEnd, log, 'calibrationEnd');
  const observationEnd =
    options.observationEnd !== undefined ? cutoffDay(options.observationEnd, log, 'observationEnd') : lastPeriodTime(log);
  if (!Number.isFinite(observationEnd)) throw new UsageError('the transaction log is empty: nothing to label');
  if (!(observationEnd > calibrationEnd)) {
    throw new UsageError(
      `calibrationEnd ${formatDayCutoff(calibrationEnd, log)} must be before the end of the data ${formatDayCutoff(observationEnd, log)}: no holdout window is left`,
    );
  }
  const days = DAYS_PER_UNIT[options.unit];
  const window = options.window ?? (observationEnd - calibrationEnd) / days;
  if (!(window > 0) || !Number.isFinite(window)) {
    throw new UsageError(`window must be a positive number of ${options.unit}s, got ${options.window}`);
  }
  const windowEnd = calibrationEnd + window * days;
  // 1e-9 days of slack absorbs the rounding of window × days-per-unit.
  if (windowEnd > observationEnd + 1e-9) {
    throw new UsageError(
      `the churn window of ${window} ${options.unit}(s) after ${formatDayCutoff(calibrationEnd, log)} ends after the data end ` +
        `${formatDayCutoff(observationEnd, log)}: no customer can be labelled; shorten the window or move calibrationEnd earlier`,
    );
  }
  return { calibrationEnd, observationEnd, windowEnd, window, unit: options.unit };
}
