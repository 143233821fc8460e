/**
 * Amount parsing straight from input bytes.
 *
 * Numerical strategy: a plain decimal `[+-]ddd[.ddd]` with at most 15
 * significant digits is read as the integer mantissa m (exact, < 2^53) and
 * divided by 10^k (exact for k ≤ 22). IEEE division is correctly rounded, so
 * the result is the same double `Number(text)` gives, without building a
 * string. Anything else (exponents, long mantissas) falls back to `Number`.
 */

const DIGIT_0 = 48;
const SPACE = 32;
const TAB = 9;
const DOT = 46;
const MINUS = 45;
const PLUS = 43;

const POW10 = Float64Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Parses bytes `[start, end)` as a decimal number; surrounding spaces are
 * ignored. Returns NaN for empty text, thousands separators, currency signs,
 * `NaN`/`Infinity` and anything else that is not a finite number.
 *
 * @example parseAmountBytes(Buffer.from(' 29.33'), 0, 6) === 29.33
 */
export function parseAmountBytes(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  let pos = start;
  const first = bytes[pos];
  const negative = first === MINUS;
  if (pos < end && (negative || first === PLUS)) pos++;
  let mantissa = 0;
  let digits = 0;
  let dot = -1;
  for (; pos < end; pos++) {
    const c = bytes[pos];
    const d = c - DIGIT_0;
    if (d >>> 0 <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
    } else if (c === DOT && dot < 0) {
      dot = pos;
    } else {
      return parseSlow(bytes, start, end);
    }
  }
  if (digits === 0) return NaN;
  // ≤ 15 digits (leading zeros included, to keep the test cheap) keeps the mantissa exact.
  if (digits > 15) return parseSlow(bytes, start, end);
  const value = dot < 0 ? mantissa : mantissa / POW10[end - dot - 1];
  return negative ? -value : value;
}

/**
 * Parses an amount cell from an in-memory source: finite numbers pass through,
 * strings are parsed like {@link parseAmountBytes}; anything else is NaN.
 */
export function parseAmountValue(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  return parseAmountText(value);
}

function parseSlow(bytes: Uint8Array, start: number, end: number): number {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
  return parseAmountText(text);
}

/** Number() accepts '', hex, 'Infinity' and '1_0'-like oddities; only plain decimals pass here. */
function parseAmountText(text: string): number {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return NaN;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : NaN;
}
