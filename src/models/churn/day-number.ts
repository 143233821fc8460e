import { UsageError } from '../../errors.js';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date given either as days since 1970-01-01 UTC (the time axis of
 * `TransactionLog`) or as an ISO calendar date `YYYY-MM-DD`.
 */
export type DayInput = number | string;

/**
 * Converts a {@link DayInput} to days since 1970-01-01 UTC, rejecting
 * impossible calendar dates (2021-02-30) rather than letting `Date` roll them
 * over. `what` names the option in the error message.
 *
 * @example dayNumber('1997-09-30', 'calibrationEnd') // 10134
 */
export function dayNumber(value: DayInput, what: string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new UsageError(`${what} must be a finite day number, got ${value}`);
    return value;
  }
  const match = ISO_DATE.exec(value.trim());
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return ms / MS_PER_DAY;
    }
  }
  throw new UsageError(`${what} must be a date YYYY-MM-DD or a day number, got "${value}"`);
}

/** Formats a day number as `YYYY-MM-DD` (fractional days are floored). */
export function isoDate(day: number): string {
  return new Date(Math.floor(day) * MS_PER_DAY).toISOString().slice(0, 10);
}
