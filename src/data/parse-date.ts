/**
 * Date parsing by character codes, straight from the input bytes, into days
 * since 1970-01-01 UTC (fractional for datetimes). No `Date` object is built
 * per row: the reader calls {@link parseDateBytes} on each field in place.
 *
 * Timezones: a datetime with an explicit offset (`Z`, `+02:00`, `-0500`) is
 * converted to UTC, so rows from different offsets compare as instants and the
 * calendar day used by grain 'day' is the UTC day. A date or datetime without
 * an offset is taken as written (treated as UTC); the machine's local timezone
 * is never consulted, so results do not depend on where the code runs.
 */
import { UsageError } from '../errors.js';
import { daysFromCivil, daysInMonth } from './calendar-days.js';

/**
 * Accepted date layouts.
 * - 'auto': per value, `YYYY-MM-DD` / `YYYY/MM/DD` (+ optional time) or 8-digit `yyyyMMdd`
 * - 'iso': `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm[:ss[.fff]][Z|±hh[:mm]]`, also with a space for `T`
 * - 'yyyyMMdd': 8 digits, e.g. `19970101` (CDNOW)
 * - 'MM/dd/yyyy', 'dd/MM/yyyy': 1–2 digit month/day, `/`, `-` or `.` separators (+ optional time)
 */
export type DateFormat = 'auto' | 'iso' | 'yyyyMMdd' | 'MM/dd/yyyy' | 'dd/MM/yyyy';

export const DATE_FORMATS: readonly DateFormat[] = [
  'auto',
  'iso',
  'yyyyMMdd',
  'MM/dd/yyyy',
  'dd/MM/yyyy',
];

/** Validates a user-supplied date format name. */
export function parseDateFormat(value: string): DateFormat {
  if ((DATE_FORMATS as readonly string[]).includes(value)) return value as DateFormat;
  throw new UsageError(`unknown date format "${value}": expected one of ${DATE_FORMATS.join(', ')}`);
}

const DIGIT_0 = 48;
const SPACE = 32;
const TAB = 9;
const DASH = 45;
const SLASH = 47;
const DOT = 46;
const COLON = 58;
const PLUS = 43;
const LETTER_T = 84;
const LETTER_Z = 90;
const LETTER_t = 116;
const LETTER_z = 122;

/**
 * Parses the bytes `[start, end)` of `bytes` as a date in `format` and returns
 * days since 1970-01-01 UTC (with the fraction of the day for datetimes), or
 * NaN when the text is not a valid date (bad shape, month 13, 30 February, …).
 * Surrounding spaces are ignored.
 *
 * @example parseDateBytes(Buffer.from('19970930'), 0, 8, 'auto') === 10_134
 */
export function parseDateBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  format: DateFormat,
): number {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  const length = end - start;
  if (format === 'auto' || format === 'iso') {
    if (length >= 10) {
      const sep = bytes[start + 4];
      if (sep === DASH || (format === 'auto' && sep === SLASH)) {
        if (bytes[start + 7] !== sep) return NaN;
        const year = digits(bytes, start, 4);
        const month = digits(bytes, start + 5, 2);
        const day = digits(bytes, start + 8, 2);
        return withTime(bytes, start + 10, end, calendarDay(year, month, day));
      }
    }
    if (format === 'iso' || length !== 8) return NaN;
    return yyyyMMdd(bytes, start);
  }
  if (format === 'yyyyMMdd') return length === 8 ? yyyyMMdd(bytes, start) : NaN;
  return monthDayYear(bytes, start, end, format === 'MM/dd/yyyy');
}

/**
 * Parses a date cell from an in-memory source (arquero table, JSON line): a
 * `Date` gives its UTC instant; a string, or a number such as `19970930`, is
 * parsed with the same rules as {@link parseDateBytes}. Returns NaN when invalid.
 *
 * @example parseDateValue('1997-09-30', 'auto') === 10_134
 */
export function parseDateValue(value: unknown, format: DateFormat): number {
  if (value instanceof Date) return value.getTime() / 86_400_000;
  if (typeof value === 'number') value = Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string') return NaN;
  const bytes = value.length <= scratch.length ? scratch : new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    bytes[i] = code < 128 ? code : 0; // non-ASCII can never be part of a valid date
  }
  return parseDateBytes(bytes, 0, value.length, format);
}

/** Whether a date string has a time of day (so an end date D is not "end of day D"). */
export function hasTimeOfDay(value: string): boolean {
  return /\d[T ]\d/.test(value.trim());
}

const scratch = new Uint8Array(64);

function yyyyMMdd(bytes: Uint8Array, start: number): number {
  return calendarDay(digits(bytes, start, 4), digits(bytes, start + 4, 2), digits(bytes, start + 6, 2));
}

/** Reads `count` decimal digits; -1 if any is not a digit. */
function digits(bytes: Uint8Array, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const d = bytes[i] - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function calendarDay(year: number, month: number, day: number): number {
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}

function monthDayYear(bytes: Uint8Array, start: number, end: number, monthFirst: boolean): number {
  let pos = start;
  const parts = [0, 0, 0];
  for (let p = 0; p < 3; p++) {
    const maxDigits = p === 2 ? 4 : 2;
    let value = 0;
    let n = 0;
    while (pos < end && n < maxDigits) {
      const d = bytes[pos] - DIGIT_0;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
      pos++;
      n++;
    }
    if (n === 0 || (p === 2 && n !== 4)) return NaN;
    parts[p] = value;
    if (p < 2) {
      const sep = bytes[pos];
      if (pos >= end || (sep !== SLASH && sep !== DASH && sep !== DOT)) return NaN;
      pos++;
    }
  }
  const month = monthFirst ? parts[0] : parts[1];
  const day = monthFirst ? parts[1] : parts[0];
  return withTime(bytes, pos, end, calendarDay(parts[2], month, day));
}

/**
 * Adds an optional time of day `[T| ]HH:mm[:ss[.fff]][Z|±hh[:mm]]` starting at
 * `pos` to the day number `day`; NaN if anything after the date is malformed.
 */
function withTime(bytes: Uint8Array, pos: number, end: number, day: number): number {
  if (pos === end || Number.isNaN(day)) return day;
  const sep = bytes[pos];
  if (sep !== LETTER_T && sep !== LETTER_t && sep !== SPACE) return NaN;
  pos++;
  if (end - pos < 5 || bytes[pos + 2] !== COLON) return NaN;
  const hour = digits(bytes, pos, 2);
  const minute = digits(bytes, pos + 3, 2);
  pos += 5;
  let second = 0;
  if (pos < end && bytes[pos] === COLON) {
    if (end - pos < 3) return NaN;
    second = digits(bytes, pos + 1, 2);
    pos += 3;
    if (pos < end && (bytes[pos] === DOT || bytes[pos] === 44 /* , */)) {
      pos++;
      let scale = 0.1;
      const fractionStart = pos;
      while (pos < end) {
        const d = bytes[pos] - DIGIT_0;
        if (d < 0 || d > 9) break;
        second += d * scale;
        scale /= 10;
        pos++;
      }
      if (pos === fractionStart) return NaN;
    }
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second >= 61) return NaN;
  let offsetMinutes = 0;
  if (pos < end) {
    const sign = bytes[pos];
    if ((sign === LETTER_Z || sign === LETTER_z) && pos + 1 === end) {
      pos++;
    } else if (sign === PLUS || sign === DASH) {
      const rest = end - pos - 1;
      const offHour = digits(bytes, pos + 1, 2);
      let offMinute = 0;
      if (rest === 5 && bytes[pos + 3] === COLON) offMinute = digits(bytes, pos + 4, 2);
      else if (rest === 4) offMinute = digits(bytes, pos + 3, 2);
      else if (rest !== 2) return NaN;
      if (offHour < 0 || offHour > 18 || offMinute < 0 || offMinute > 59) return NaN;
      offsetMinutes = (sign === PLUS ? 1 : -1) * (offHour * 60 + offMinute);
      pos = end;
    } else {
      return NaN;
    }
  }
  return day + (hour * 3600 + minute * 60 + second - offsetMinutes * 60) / 86_400;
}
