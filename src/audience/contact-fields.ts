/**
 * The contact fields an audience export understands, and the attribute-file
 * headers that map onto them.
 */

/** Canonical contact fields, in the order exports list them. */
export const CONTACT_FIELDS = ['email', 'phone', 'first_name', 'last_name', 'country', 'zip', 'city', 'state'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** Raw (un-normalised) contact values of one customer; absent or "" = unknown. */
export type Contact = Partial<Record<ContactField, string>>;

/**
 * Accepted header spellings (compared lowercase, with spaces and dashes read
 * as "_"). Kept short on purpose: an unrecognised column is carried along as
 * a plain attribute, never guessed into an identifier.
 */
const ALIASES: Readonly<Record<string, ContactField>> = {
  email: 'email',
  e_mail: 'email',
  email_address: 'email',
  phone: 'phone',
  phone_number: 'phone',
  mobile: 'phone',
  first_name: 'first_name',
  firstname: 'first_name',
  given_name: 'first_name',
  fn: 'first_name',
  last_name: 'last_name',
  lastname: 'last_name',
  surname: 'last_name',
  family_name: 'last_name',
  ln: 'last_name',
  country: 'country',
  country_code: 'country',
  zip: 'zip',
  zip_code: 'zip',
  zipcode: 'zip',
  postal_code: 'zip',
  postcode: 'zip',
  city: 'city',
  ct: 'city',
  state: 'state',
  st: 'state',
  province: 'state',
  region: 'state',
};

/** Canonical id-column spellings for attribute and suppression files. */
const ID_ALIASES = new Set(['customer_id', 'customerid', 'customer', 'id', 'cust_id']);

function key(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The contact field a header names, if any. @example contactFieldOf('First Name') // → 'first_name' */
export function contactFieldOf(header: string): ContactField | undefined {
  return ALIASES[key(header)];
}

/** Whether a header names the customer id. @example isCustomerIdHeader('Customer ID') // → true */
export function isCustomerIdHeader(header: string): boolean {
  return ID_ALIASES.has(key(header));
}
