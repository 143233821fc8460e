/**
 * Phone numbers to E.164 (+ country code + national number, ≤ 15 digits).
 */
import { UsageError } from '../errors.js';

export interface NormalisePhoneOptions {
  /**
   * Country calling code (digits, e.g. "1", "44") for numbers written
   * without "+" or "00". Without it such numbers are taken to start with
   * their country code already, as in the platforms' own templates
   * ("1-800-888-8888").
   */
  readonly defaultCallingCode?: string;
}

/**
 * E.164 form "+<digits>" of a phone number, or undefined when it cannot be
 * one. Steps: drop a "(0)" trunk marker, blanks, dashes, dots, slashes and parentheses; a leading
 * "+" or "00" marks an international number; otherwise the number is
 * national and gets `defaultCallingCode` after its trunk "0" is dropped
 * (Italy, code 39, keeps the 0: it is part of the number; a North-American
 * 11-digit number starting with 1 already carries its code). Without a
 * default code a national-looking number (leading 0) is rejected. The result
 * must have 7–15 digits (ITU-T E.164 allows at most 15) and no leading 0;
 * letters or a "+" inside the number reject it. A malformed
 * `defaultCallingCode` is a UsageError.
 *
 * Google asks for E.164 with the "+" before hashing; Meta wants the same
 * digits without "+" ("Remove symbols, letters, and any leading zeros … must
 * include a country code", Meta Conversions API `ph`) — strip the "+" for Meta.
 *
 * @example
 * normalisePhone('+44 844 412 4653')                               // → '+448444124653'
 * normalisePhone('+44 (0)20 7031 3000')                            // → '+442070313000'
 * normalisePhone('(650)555-1212', { defaultCallingCode: '1' })      // → '+16505551212'
 * normalisePhone('020 7031 3000', { defaultCallingCode: '44' })     // → '+442070313000'
 * normalisePhone('020 7031 3000')                                   // → undefined (no country code)
 */
export function normalisePhone(raw: string | undefined, options: NormalisePhoneOptions = {}): string | undefined {
  if (options.defaultCallingCode !== undefined && !/^\+?[1-9]\d{0,2}$/.test(options.defaultCallingCode)) {
    throw new UsageError(`normalisePhone: default calling code must be 1–3 digits such as "1" or "44", got "${options.defaultCallingCode}"`);
  }
  if (raw === undefined) return undefined;
  // "(0)" is the optional trunk digit of the common "+44 (0)20 …" notation: never dialled after a country code.
  const compact = raw.normalize('NFKC').trim().replace(/\(0\)/g, '').replace(/[\s\-.()/]/g, '');
  if (compact === '' || !/^\+?\d+$/.test(compact)) return undefined;
  let digits: string;
  if (compact.startsWith('+')) {
    digits = compact.slice(1);
  } else if (compact.startsWith('00')) {
    digits = compact.slice(2);
  } else if (options.defaultCallingCode !== undefined) {
    digits = withCallingCode(compact, options.defaultCallingCode);
  } else {
    digits = compact;
  }
  if (digits.length < 7 || digits.length > 15 || digits.startsWith('0')) return undefined;
  return `+${digits}`;
}

function withCallingCode(national: string, callingCode: string): string {
  const code = callingCode.replace(/^\+/, '');
  if (code === '1' && national.length === 11 && national.startsWith('1')) return national;
  const trimmed = code !== '39' && national.startsWith('0') ? national.slice(1) : national;
  return code + trimmed;
}
