/**
 * Proleptic Gregorian calendar ↔ day numbers (days since 1970-01-01 UTC),
 * with integer arithmetic only, so that the transaction reader never builds a
 * `Date` per row.
 *
 * The algorithm counts in 400-year "eras" (146,097 days each) with years
 * starting on 1 March, so that the leap day is the last day of the year and
 * the day-of-year of a month start is the linear formula ⌊(153·m' + 2) / 5⌋
 * (m' = months since March). This is the well-known civil-from-days method
 * described by H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"
 * (2013); implemented here from that description.
 */

/** Days from 0000-03-01 to 1970-01-01 in the March-based era count. */
const EPOCH_SHIFT = 719_468;
const DAYS_PER_ERA = 146_097;

/**
 * Day number of a calendar date: days since 1970-01-01 (negative before).
 * `month` is 1–12, `day` 1–31; the caller checks ranges (see {@link daysInMonth}).
 *
 * @example daysFromCivil(1997, 9, 30) === 10_134
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // 0 … 399
  const monthFromMarch = month > 2 ? month - 3 : month + 9; // 0 … 11
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1; // 0 … 365
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** A calendar date (proleptic Gregorian). */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Calendar date of a day number (the fraction of a day, if any, is ignored).
 *
 * @example civilFromDays(10_134) // { year: 1997, month: 9, day: 30 }
 */
export function civilFromDays(days: number): CivilDate {
  const z = Math.floor(days) + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA; // 0 … 146096
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Formats a day number as `YYYY-MM-DD`; a fractional part is written as a UTC
 * time `YYYY-MM-DDTHH:mm:ss[.sss]Z` so that round-tripping loses nothing visible.
 *
 * @example formatDay(10_134) === '1997-09-30'; formatDay(10_134.5) === '1997-09-30T12:00:00Z'
 */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  const date = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  const fraction = days - Math.floor(days);
  if (fraction === 0) return date;
  const ms = Math.round(fraction * 86_400_000);
  if (ms === 86_400_000) return formatDay(Math.floor(days) + 1);
  const seconds = Math.floor(ms / 1000);
  const millis = ms - seconds * 1000;
  const time = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
  return `${date}T${time}${millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`}Z`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
