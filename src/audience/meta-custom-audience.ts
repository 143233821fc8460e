/**
 * Meta (Facebook/Instagram) customer-list custom audience file (hashed).
 */
import type { Contact } from './contact-fields.js';
import { normaliseEmail } from './normalise-email.js';
import { normalisePhone, type NormalisePhoneOptions } from './normalise-phone.js';
import { sha256Hex } from './sha256-hex.js';

/** Meta's custom-audience schema keys for the fields exported (Marketing API customer file schema). */
export const META_CUSTOM_AUDIENCE_HEADER = ['EMAIL', 'PHONE', 'FN', 'LN', 'ZIP', 'CT', 'ST', 'COUNTRY'] as const;

/**
 * One row of SHA-256 hex values, or undefined when the customer has no
 * usable identifier (no valid email, no valid phone, and not the full
 * FN + LN + COUNTRY + ZIP set). Every present field is hashed: Meta hashes
 * location keys too. Missing fields are empty cells.
 *
 * Normalisation per key (Meta Marketing API "Hashing and normalizing data"
 * for custom audiences, and the Conversions API customer information
 * parameters, whose published examples the tests reproduce):
 * - EMAIL: trim, lowercase (no Gmail rewriting: Meta does not ask for it).
 * - PHONE: digits only with country code, no "+" and no leading zeros
 *   ("(650)555-1212" in the US → "16505551212").
 * - FN, LN: lowercase, punctuation removed, UTF-8 letters kept
 *   ("Valéry" → "valéry"), inner blanks collapsed.
 * - ZIP: lowercase, blanks and dashes removed; US codes cut to 5 digits.
 * - CT: lowercase letters only — no digits, punctuation or blanks.
 * - ST: lowercase letters only (US: the 2-letter code; full names of other
 *   regions are hashed as written, not mapped to codes).
 * - COUNTRY: ISO 3166-1 alpha-2, lowercase; anything but two letters is dropped.
 *
 * @example
 * metaCustomAudienceRow({ first_name: 'Mary', phone: '(650)555-1212', country: 'US' }, { defaultCallingCode: '1' })
 * // PHONE = sha256('16505551212'), FN = sha256('mary'), COUNTRY = sha256('us')
 */
export function metaCustomAudienceRow(contact: Contact, options: NormalisePhoneOptions = {}): string[] | undefined {
  const email = normaliseEmail(contact.email);
  const phone = normalisePhone(contact.phone, options)?.slice(1);
  const first = normaliseName(contact.first_name);
  const last = normaliseName(contact.last_name);
  const country = normaliseCountry(contact.country);
  const zip = normaliseZip(contact.zip, country);
  const city = lettersOnly(contact.city);
  const state = lettersOnly(contact.state);
  const hasAddress = first !== undefined && last !== undefined && country !== undefined && zip !== undefined;
  if (email === undefined && phone === undefined && !hasAddress) return undefined;
  return [email, phone, first, last, zip, city, state, country].map((value) => (value === undefined ? '' : sha256Hex(value)));
}

function normaliseName(raw: string | undefined): string | undefined {
  const name = raw?.normalize('NFC').toLowerCase().replace(/\p{P}/gu, '').trim().replace(/\s+/g, ' ');
  return name === '' ? undefined : name;
}

function lettersOnly(raw: string | undefined): string | undefined {
  const text = raw?.normalize('NFC').toLowerCase().replace(/[^\p{L}]/gu, '');
  return text === '' ? undefined : text;
}

function normaliseCountry(raw: string | undefined): string | undefined {
  const code = raw?.trim().toLowerCase();
  return code !== undefined && /^[a-z]{2}$/.test(code) ? code : undefined;
}

function normaliseZip(raw: string | undefined, country: string | undefined): string | undefined {
  let zip = raw?.normalize('NFC').toLowerCase().replace(/[\s-]/g, '');
  if (zip === undefined || zip === '') return undefined;
  // US ZIP+4 ("94025-1234") keeps the 5-digit ZIP only.
  if (country === 'us' && /^\d{9}$|^\d{5}$/.test(zip)) zip = zip.slice(0, 5);
  return zip;
}
