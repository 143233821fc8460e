import { UsageError } from '../../errors.js';
import { formatCutoff, observationCutoff, type DateInput } from '../../data/observation-cutoff.js';
import type { TransactionLog } from '../../data/transaction-log.js';

/**
 * A date option of the churn functions: a position on the log's time axis
 * (days since 1970-01-01 UTC), or a date in any format the reader accepts
 * ('1997-09-30', '19970930', an ISO datetime, a `Date`).
 */
export type DayInput = number | DateInput;

/**
 * The cutoff a date option stands for on `log`'s time axis, with the
 * reader's convention (`observationCutoff`): under grain 'day' the date's
 * day is included (cutoff = that day), under grain 'none' a date-only value
 * means the end of that day. Numbers are taken as they are.
 *
 * @example cutoffDay('1997-09-30', log, 'calibrationEnd') // 10134 for a grain-'day' log
 */
export function cutoffDay(value: DayInput, log: Pick<TransactionLog, 'grain'>, what: string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new UsageError(`${what} must be a finite day number, got ${value}`);
    return value;
  }
  return observationCutoff(value, log.grain, what);
}

/** Writes a cutoff as text (a date under grain 'day', where a fractional window end means its whole day). */
export function formatDayCutoff(cutoff: number, log: Pick<TransactionLog, 'grain'>): string {
  return formatCutoff(log.grain === 'day' ? Math.floor(cutoff) : cutoff, log.grain);
}
