/**
 * Google Ads Customer Match upload file (CSV, hashed contact data).
 */
import type { Contact } from './contact-fields.js';
import { normaliseEmail } from './normalise-email.js';
import { normalisePhone, type NormalisePhoneOptions } from './normalise-phone.js';
import { sha256Hex } from './sha256-hex.js';

/**
 * Column headers of Google's Customer Match data file, in English as Google
 * requires ("Format your customer data file", Google Ads Help 7659867:
 * Email, Phone, First Name, Last Name, Country, Zip; all six for combined
 * email + phone + mailing-address matching).
 */
export const GOOGLE_CUSTOMER_MATCH_HEADER = ['Email', 'Phone', 'First Name', 'Last Name', 'Country', 'Zip'] as const;

/**
 * One hashed Customer Match row, or undefined when the customer has no
 * usable identifier (no valid email, no valid phone, and not the full
 * First Name + Last Name + Country + Zip set Google needs for address
 * matching).
 *
 * Per field (Google Ads Help 7474263 / 7476159 and the Google Ads API
 * "Customer Match" and "Normalize and hash user-provided data" guides):
 * - Email: trim, lowercase, Gmail canonical form (see normaliseEmail), SHA-256 hex.
 * - Phone: E.164 with "+" and country code (normalisePhone), SHA-256 hex.
 * - First Name, Last Name: trim, lowercase, inner blanks collapsed to one
 *   ("remove all extra spaces before, after or in between"), SHA-256 hex.
 * - Country: ISO 3166-1 alpha-2, upper case, NOT hashed (Google: "Country
 *   and Zip data won't be hashed"); anything but two letters is dropped.
 * - Zip: trimmed, blanks collapsed, NOT hashed.
 * Missing fields are empty cells.
 *
 * @example
 * googleCustomerMatchRow({ email: 'John_Smith@gmail.com', country: 'us' })
 * // → ['62a14e44…0f62f', '', '', '', 'US', '']
 */
export function googleCustomerMatchRow(contact: Contact, options: NormalisePhoneOptions = {}): string[] | undefined {
  const email = normaliseEmail(contact.email, { gmailCanonical: true });
  const phone = normalisePhone(contact.phone, options);
  const first = normaliseName(contact.first_name);
  const last = normaliseName(contact.last_name);
  const country = normaliseCountry(contact.country);
  const zip = contact.zip?.trim().replace(/\s+/g, ' ') || undefined;
  const hasAddress = first !== undefined && last !== undefined && country !== undefined && zip !== undefined;
  if (email === undefined && phone === undefined && !hasAddress) return undefined;
  return [
    hashOrEmpty(email),
    hashOrEmpty(phone),
    hashOrEmpty(first),
    hashOrEmpty(last),
    country ?? '',
    zip ?? '',
  ];
}

function normaliseName(raw: string | undefined): string | undefined {
  const name = raw?.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  return name === '' ? undefined : name;
}

function normaliseCountry(raw: string | undefined): string | undefined {
  const code = raw?.trim().toUpperCase();
  return code !== undefined && /^[A-Z]{2}$/.test(code) ? code : undefined;
}

function hashOrEmpty(value: string | undefined): string {
  return value === undefined ? '' : sha256Hex(value);
}
