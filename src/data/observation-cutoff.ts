/**
 * Turns a user-supplied end date (observation end, calibration end) into the
 * cutoff it means on the log's time axis (days since 1970-01-01 UTC).
 *
 * Convention (as in lifetimes and BTYD): with grain 'day' every purchase sits
 * at the start of its day and the end date D stands for "day D included", so
 * the cutoff is D itself and a customer first seen on day f has T = D − f days.
 * With grain 'none' purchases keep their time of day, so a date-only end D
 * means the end of day D (the instant D + 1) while a datetime is taken exactly.
 * A period p is inside the window iff p ≤ cutoff.
 */
import { UsageError } from '../errors.js';
import { formatDay } from './calendar-days.js';
import { hasTimeOfDay, parseDateValue, type DateFormat } from './parse-date.js';
import type { Grain } from './transaction-log.js';

/** A date option: text in any supported format, or a `Date` (its UTC instant). */
export type DateInput = string | Date;

/**
 * Cutoff on the time axis for an end date, or throws UsageError naming the option.
 *
 * @example observationCutoff('1997-09-30', 'day', 'observationEnd') === 10_134
 * @example observationCutoff('1997-09-30', 'none', 'observationEnd') === 10_135
 */
export function observationCutoff(
  value: DateInput,
  grain: Grain,
  optionName: string,
  format: DateFormat = 'auto',
): number {
  const days = parseDateValue(value, format);
  if (Number.isNaN(days)) {
    throw new UsageError(
      `${optionName}: cannot read ${JSON.stringify(String(value))} as a date (expected e.g. 1997-09-30, 19970930 or an ISO datetime)`,
    );
  }
  if (grain === 'day') return Math.floor(days);
  const dateOnly = typeof value === 'string' && !hasTimeOfDay(value);
  return dateOnly ? days + 1 : days;
}

/** Whether a raw transaction time falls after the cutoff, under the grain's rounding. */
export function isAfterCutoff(time: number, cutoff: number, grain: Grain): boolean {
  return (grain === 'day' ? Math.floor(time) : time) > cutoff;
}

/**
 * Writes a cutoff back as text: a date for grain 'day' (day D included), a
 * UTC datetime for grain 'none' (the instant itself, e.g. the end of day D is
 * `D+1T00:00:00Z`), so the text means the same thing as the number.
 */
export function formatCutoff(cutoff: number, grain: Grain): string {
  if (grain === 'day' || !Number.isFinite(cutoff)) return Number.isFinite(cutoff) ? formatDay(cutoff) : String(cutoff);
  const text = formatDay(cutoff);
  return text.includes('T') ? text : `${text}T00:00:00Z`;
}
