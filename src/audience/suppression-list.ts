/**
 * Exclusion (suppression) lists: customers who must never be in an audience
 * — opted out, complained, already targeted — by id and/or email.
 */
import { InputError, type InputIssue } from '../errors.js';
import { contactFieldOf, isCustomerIdHeader } from './contact-fields.js';
import { parseCsvRecords } from './csv-text.js';
import { normaliseEmail } from './normalise-email.js';

export interface SuppressionList {
  readonly customerIds: ReadonlySet<string>;
  /** Emails in comparison form: trimmed, lowercase, Gmail canonical (see normaliseEmail). */
  readonly emails: ReadonlySet<string>;
}

/**
 * Reads a suppression file in either of two shapes:
 * - a CSV whose header names a customer id column (customer_id, id, …)
 *   and/or an email column: those columns are read, others ignored;
 * - a plain list, one entry per line, no header: an entry containing "@" is
 *   an email, anything else a customer id.
 * Emails are compared in Gmail-canonical lowercase form, so "Jane.Doe@gmail.com"
 * suppresses "janedoe+shop@gmail.com" too (suppression errs on the side of
 * leaving people out). Blank lines and empty cells are ignored.
 *
 * Throws InputError with file and line for an entry with "@" that is not an
 * address, or a header-less line with several fields.
 *
 * @example
 * parseSuppressionList('c-17\nJane.Doe@Gmail.com\n')
 * // → { customerIds: Set {'c-17'}, emails: Set {'janedoe@gmail.com'} }
 */
export function parseSuppressionList(text: string, file?: string): SuppressionList {
  const records = parseCsvRecords(text, file);
  const customerIds = new Set<string>();
  const emails = new Set<string>();
  const issues: InputIssue[] = [];
  const addEmail = (raw: string, line: number, column?: string) => {
    const email = normaliseEmail(raw, { gmailCanonical: true });
    if (email === undefined) issues.push({ file, row: line, column, value: raw, reason: 'not an email address' });
    else emails.add(email);
  };
  if (records.length === 0) return { customerIds, emails };

  const header = records[0].fields.map((h) => h.trim());
  const idColumn = header.findIndex(isCustomerIdHeader);
  const emailColumn = header.findIndex((h) => contactFieldOf(h) === 'email');
  if (idColumn >= 0 || emailColumn >= 0) {
    for (const record of records.slice(1)) {
      const id = idColumn >= 0 ? record.fields[idColumn]?.trim() : undefined;
      const email = emailColumn >= 0 ? record.fields[emailColumn]?.trim() : undefined;
      if (id) customerIds.add(id);
      if (email) addEmail(email, record.line, header[emailColumn]);
    }
  } else {
    for (const record of records) {
      if (record.fields.length > 1) {
        issues.push({ file, row: record.line, reason: 'several fields on a line of a list without header; add a header with customer_id and/or email' });
        continue;
      }
      const entry = record.fields[0].trim();
      if (entry.includes('@')) addEmail(entry, record.line);
      else if (entry !== '') customerIds.add(entry);
    }
  }
  if (issues.length > 0) throw new InputError(`invalid suppression list${file ? ` ${file}` : ''}`, issues);
  return { customerIds, emails };
}
