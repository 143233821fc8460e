import { UsageError } from '../errors.js';

/**
 * The unit every duration is expressed in. Calendar conversions are exact:
 * a month is 365.25/12 days, a year 365.25 days (never a hidden 30-day month).
 */
export type TimeUnit = 'day' | 'week' | 'month' | 'year';

export const TIME_UNITS: readonly TimeUnit[] = ['day', 'week', 'month', 'year'];

/** Length of one unit in days. */
export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = Object.freeze({
  day: 1,
  week: 7,
  month: 365.25 / 12,
  year: 365.25,
});

/** Validates a user-supplied unit name. */
export function parseTimeUnit(value: string): TimeUnit {
  if ((TIME_UNITS as readonly string[]).includes(value)) return value as TimeUnit;
  throw new UsageError(`unknown time unit "${value}": expected one of ${TIME_UNITS.join(', ')}`);
}

/** Converts a duration between units, e.g. `convertDuration(12, 'month', 'week')` ≈ 52.18. */
export function convertDuration(value: number, from: TimeUnit, to: TimeUnit): number {
  return (value * DAYS_PER_UNIT[from]) / DAYS_PER_UNIT[to];
}

/**
 * Converts an annual discount rate to the equivalent rate per `unit`, exactly:
 * (1 + R)^(days per unit / 365.25) − 1. Example: 10%/year → 0.18 %/week.
 */
export function annualRateToUnit(annualRate: number, unit: TimeUnit): number {
  if (!(annualRate >= 0) || !Number.isFinite(annualRate)) {
    throw new UsageError(`discount rate must be a finite number ≥ 0, got ${annualRate}`);
  }
  return Math.expm1(Math.log1p(annualRate) * (DAYS_PER_UNIT[unit] / DAYS_PER_UNIT.year));
}
