/**
 * Audience export: select customers, drop suppressed ones, join contact
 * attributes and write csv, json, or an ad platform's hashed upload file.
 */
import { UsageError } from '../errors.js';
import { contactOf, type CustomerAttributes } from './customer-attributes.js';
import { csvLine } from './csv-text.js';
import { GOOGLE_CUSTOMER_MATCH_HEADER, googleCustomerMatchRow } from './google-customer-match.js';
import { META_CUSTOM_AUDIENCE_HEADER, metaCustomAudienceRow } from './meta-custom-audience.js';
import { normaliseEmail } from './normalise-email.js';
import { normalisePhone } from './normalise-phone.js';
import { selectAudience, type AudienceCustomers, type AudienceSelection } from './select-audience.js';
import type { SuppressionList } from './suppression-list.js';

export type AudienceFormat = 'csv' | 'json' | 'google-customer-match' | 'meta';
export const AUDIENCE_FORMATS: readonly AudienceFormat[] = ['csv', 'json', 'google-customer-match', 'meta'];

export interface BuildAudienceOptions {
  readonly customers: AudienceCustomers;
  readonly selection?: AudienceSelection;
  readonly format: AudienceFormat;
  /** Contact data joined on customer id; required by the ad-platform formats. */
  readonly attributes?: CustomerAttributes;
  /** Customers to leave out, by id and/or email (emails need `attributes`). */
  readonly suppression?: SuppressionList;
  /** Calling code for phone numbers written without "+"/"00" (see normalisePhone). */
  readonly defaultCallingCode?: string;
}

export interface AudienceSummary {
  readonly format: AudienceFormat;
  /** Customers considered (the whole base). */
  readonly customers: number;
  /** Customers meeting the selection criteria. */
  readonly selected: number;
  /** Selected but on the suppression list (by id or email). */
  readonly excluded: number;
  /** Selected, not excluded, dropped for lack of a usable identifier (ad-platform formats only; 0 otherwise). */
  readonly lackingIdentifiers: number;
  /** Rows written; selected = excluded + lackingIdentifiers + written. */
  readonly written: number;
  /** Written rows that had no line in the attributes file (csv/json with attributes; 0 otherwise). */
  readonly withoutAttributes: number;
}

export interface Audience {
  /** The file content, ending with a newline. */
  readonly content: string;
  readonly summary: AudienceSummary;
}

/**
 * Builds an audience file. Order is deterministic: predicted LTV descending,
 * then customer id (selectAudience). Pipeline and counts:
 *
 *   selected  = customers meeting every selection criterion
 *   excluded  = selected ∩ (suppressed ids ∪ customers whose normalised email is suppressed)
 *   written   = the rest, minus — for google-customer-match and meta — rows
 *               without a usable identifier (counted in lackingIdentifiers)
 *
 * Formats:
 * - csv / json: customer_id, predicted_ltv, p_alive (when given), every
 *   segment column, then every attribute column as written in the file
 *   (unhashed: this is the user's own data for their own tools). json is an
 *   array with one object per line.
 * - google-customer-match: headers Email, Phone, First Name, Last Name,
 *   Country, Zip; SHA-256 of normalised email/phone/names, plain country and
 *   zip (googleCustomerMatchRow).
 * - meta: headers EMAIL, PHONE, FN, LN, ZIP, CT, ST, COUNTRY, all SHA-256
 *   (metaCustomAudienceRow).
 *
 * Throws UsageError for an unknown format, an ad-platform format without
 * attributes, email suppression without attributes (it could not match),
 * or output column names that collide; plus selectAudience's errors.
 *
 * @example
 * buildAudience({ customers, selection: { topPercent: 10 }, format: 'google-customer-match', attributes })
 * // → { content: 'Email,Phone,First Name,Last Name,Country,Zip\n…', summary: { selected: 120, excluded: 3, … } }
 */
export function buildAudience(options: BuildAudienceOptions): Audience {
  const caller = 'buildAudience';
  const { customers, format, attributes, suppression } = options;
  if (!AUDIENCE_FORMATS.includes(format)) {
    throw new UsageError(`${caller}: unknown format "${format}" (use ${AUDIENCE_FORMATS.join(', ')})`);
  }
  const adPlatform = format === 'google-customer-match' || format === 'meta';
  if (adPlatform && attributes === undefined) {
    throw new UsageError(`${caller}: the ${format} format needs an attributes file with email, phone or name + country + zip`);
  }
  if (suppression !== undefined && suppression.emails.size > 0 && attributes === undefined) {
    throw new UsageError(`${caller}: the suppression list has emails, but without an attributes file no customer email is known to match them`);
  }
  normalisePhone(undefined, { defaultCallingCode: options.defaultCallingCode }); // validates the calling code up front

  const selected = selectAudience(customers, options.selection);
  const kept: number[] = [];
  let excluded = 0;
  for (const i of selected) {
    if (isSuppressed(customers.customerId[i], attributes, suppression)) excluded++;
    else kept.push(i);
  }

  let lines: string[];
  let lackingIdentifiers = 0;
  let withoutAttributes = 0;
  if (adPlatform) {
    const header = format === 'meta' ? META_CUSTOM_AUDIENCE_HEADER : GOOGLE_CUSTOMER_MATCH_HEADER;
    const toRow = format === 'meta' ? metaCustomAudienceRow : googleCustomerMatchRow;
    lines = [csvLine(header)];
    for (const i of kept) {
      const contact = contactOf(attributes!, customers.customerId[i]);
      const row = contact === undefined ? undefined : toRow(contact, { defaultCallingCode: options.defaultCallingCode });
      if (row === undefined) lackingIdentifiers++;
      else lines.push(csvLine(row));
    }
  } else {
    const table = plainTable(customers, kept, attributes);
    withoutAttributes = table.withoutAttributes;
    lines =
      format === 'csv'
        ? [csvLine(table.columns), ...table.rows.map((row) => csvLine(row.map(String)))]
        : ['[', table.rows.map((row) => JSON.stringify(Object.fromEntries(table.columns.map((c, k) => [c, row[k]])))).join(',\n'), ']'];
    if (format === 'json' && table.rows.length === 0) lines = ['[]'];
  }
  const written = adPlatform ? kept.length - lackingIdentifiers : kept.length;
  return {
    content: `${lines.join('\n')}\n`,
    summary: Object.freeze({
      format,
      customers: customers.customerId.length,
      selected: selected.length,
      excluded,
      lackingIdentifiers,
      written,
      withoutAttributes,
    }),
  };
}

function isSuppressed(id: string, attributes: CustomerAttributes | undefined, suppression: SuppressionList | undefined): boolean {
  if (suppression === undefined) return false;
  if (suppression.customerIds.has(id)) return true;
  if (suppression.emails.size === 0 || attributes === undefined) return false;
  const email = normaliseEmail(contactOf(attributes, id)?.email, { gmailCanonical: true });
  return email !== undefined && suppression.emails.has(email);
}

/** Columns and typed cells of the csv/json formats. */
function plainTable(
  customers: AudienceCustomers,
  kept: readonly number[],
  attributes: CustomerAttributes | undefined,
): { columns: string[]; rows: (string | number)[][]; withoutAttributes: number } {
  const segmentColumns = Object.keys(customers.segments ?? {});
  const attributeColumns = attributes?.columns ?? [];
  const columns = ['customer_id', 'predicted_ltv', ...(customers.pAlive ? ['p_alive'] : []), ...segmentColumns, ...attributeColumns];
  const duplicate = columns.find((c, k) => columns.indexOf(c) !== k);
  if (duplicate !== undefined) {
    throw new UsageError(`buildAudience: output column "${duplicate}" would appear twice (rename the segment or attribute column)`);
  }
  let withoutAttributes = 0;
  const rows = kept.map((i) => {
    const id = customers.customerId[i];
    const row: (string | number)[] = [id, customers.predictedLtv[i]];
    if (customers.pAlive) row.push(customers.pAlive[i]);
    for (const column of segmentColumns) row.push(customers.segments![column][i]);
    if (attributes !== undefined) {
      const values = attributes.rows.get(id);
      if (values === undefined) withoutAttributes++;
      row.push(...(values ?? attributeColumns.map(() => '')));
    }
    return row;
  });
  return { columns, rows, withoutAttributes };
}
