/**
 * The attributes join of an audience export: customer_id → email, phone,
 * names, address and any other columns the user keeps about customers.
 */
import { InputError, type InputIssue } from '../errors.js';
import { contactFieldOf, isCustomerIdHeader, type Contact, type ContactField } from './contact-fields.js';
import { parseCsvRecords } from './csv-text.js';

export interface CustomerAttributes {
  /** Attribute headers in file order, the id column excluded. */
  readonly columns: readonly string[];
  /** Which column (index into `columns`) holds each recognised contact field. */
  readonly contactColumns: Readonly<Partial<Record<ContactField, number>>>;
  /** Values per customer id, aligned with `columns` ("" = empty cell). */
  readonly rows: ReadonlyMap<string, readonly string[]>;
}

/**
 * Parses an attributes CSV. The header must name a customer id column
 * (customer_id, id, customer, …; see contact-fields.ts); columns whose
 * header is a known contact field (email, phone, first_name/First Name/fn,
 * last_name, country, zip/postal_code, city, state) feed the ad-platform
 * formats, all columns are carried into csv/json exports.
 *
 * Throws InputError, each issue with file, line and column, for: no header
 * or no id column, duplicate headers, two columns mapping to one contact
 * field, rows with a different number of fields, empty or duplicate ids.
 *
 * @example
 * const attributes = parseCustomerAttributes('customer_id,Email,zip\n7,a@b.com,02134\n', 'crm.csv');
 * contactOf(attributes, '7') // → { email: 'a@b.com', zip: '02134' }
 */
export function parseCustomerAttributes(text: string, file?: string): CustomerAttributes {
  const records = parseCsvRecords(text, file);
  if (records.length === 0) throw new InputError('attributes file is empty', [{ file, reason: 'expected a header line' }]);
  const [header, ...data] = records;
  const issues: InputIssue[] = [];
  const headers = header.fields.map((h) => h.trim());
  headers.forEach((h, k) => {
    if (headers.indexOf(h) !== k) issues.push({ file, row: header.line, column: h, reason: 'duplicate column header' });
  });
  const idColumn = headers.findIndex(isCustomerIdHeader);
  if (idColumn < 0) {
    throw new InputError('attributes file has no customer id column', [
      { file, row: header.line, reason: `expected a column named customer_id (found: ${headers.join(', ')})` },
    ]);
  }
  const columns = headers.filter((_, k) => k !== idColumn);
  const contactColumns: Partial<Record<ContactField, number>> = {};
  columns.forEach((h, k) => {
    const field = contactFieldOf(h);
    if (field === undefined) return;
    if (contactColumns[field] !== undefined) {
      issues.push({ file, row: header.line, column: h, reason: `also maps to ${field}, like column "${columns[contactColumns[field]!]}"` });
    } else {
      contactColumns[field] = k;
    }
  });

  const rows = new Map<string, string[]>();
  const firstLine = new Map<string, number>();
  for (const record of data) {
    if (record.fields.length !== headers.length) {
      issues.push({ file, row: record.line, reason: `has ${record.fields.length} fields, the header has ${headers.length}` });
      continue;
    }
    const id = record.fields[idColumn].trim();
    if (id === '') {
      issues.push({ file, row: record.line, column: headers[idColumn], reason: 'empty customer id' });
      continue;
    }
    if (rows.has(id)) {
      issues.push({ file, row: record.line, column: headers[idColumn], value: id, reason: `duplicate customer id (first on line ${firstLine.get(id)})` });
      continue;
    }
    rows.set(id, record.fields.filter((_, k) => k !== idColumn));
    firstLine.set(id, record.line);
  }
  if (issues.length > 0) throw new InputError(`invalid attributes file${file ? ` ${file}` : ''}`, issues);
  return { columns, contactColumns, rows };
}

/** The contact fields of one customer (undefined when the customer is not in the file). */
export function contactOf(attributes: CustomerAttributes, customerId: string): Contact | undefined {
  const row = attributes.rows.get(customerId);
  if (row === undefined) return undefined;
  const contact: Contact = {};
  for (const [field, k] of Object.entries(attributes.contactColumns) as [ContactField, number][]) {
    if (row[k].trim() !== '') contact[field] = row[k];
  }
  return contact;
}
