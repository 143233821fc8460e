import { describe, expect, it } from 'vitest';
import { csvLine, parseCsvRecords } from '../../src/audience/csv-text.js';
import { contactOf, parseCustomerAttributes } from '../../src/audience/customer-attributes.js';
import { parseSuppressionList } from '../../src/audience/suppression-list.js';
import { contactFieldOf, isCustomerIdHeader } from '../../src/audience/contact-fields.js';
import { InputError } from '../../src/errors.js';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues;
  }
  throw new Error('expected an InputError');
}

describe('parseCsvRecords', () => {
  it('parseCsvRecords(...) matches the documented example', () => {
    expect(parseCsvRecords('id,email\n1,"a@b.com"\n')).toEqual([
      { line: 1, fields: ['id', 'email'] },
      { line: 2, fields: ['1', 'a@b.com'] },
    ]);
  });

  it('parseCsvRecords(...) handles quotes, escaped quotes, embedded line breaks, CRLF, a BOM and blank lines', () => {
    const text = '\ufeffa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",\n';
    expect(parseCsvRecords(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 4, fields: ['two\nlines', ''] },
    ]);
  });

  it('parseCsvRecords(...) throws InputError with the line of an unclosed quote or text after a quote', () => {
    expect(issuesOf(() => parseCsvRecords('a\n"open\n', 'f.csv'))[0]).toMatchObject({ file: 'f.csv', row: 2 });
    expect(issuesOf(() => parseCsvRecords('"a"b\n'))[0]).toMatchObject({ row: 1 });
  });
});

describe('csvLine', () => {
  it('csvLine(...) quotes only fields that need it and round-trips through parseCsvRecords', () => {
    const fields = ['plain', 'a,b', 'q"uote', 'multi\nline', ''];
    expect(csvLine(fields)).toBe('plain,"a,b","q""uote","multi\nline",');
    expect(parseCsvRecords(`${csvLine(fields)}\n`)[0].fields).toEqual(fields);
  });
});

describe('contact field headers', () => {
  it('contactFieldOf(...) maps the usual spellings and leaves unknown headers alone', () => {
    expect(contactFieldOf('First Name')).toBe('first_name');
    expect(contactFieldOf('postal-code')).toBe('zip');
    expect(contactFieldOf('E-Mail')).toBe('email');
    expect(contactFieldOf('loyalty_tier')).toBeUndefined();
    expect(isCustomerIdHeader('Customer ID')).toBe(true);
    expect(isCustomerIdHeader('email')).toBe(false);
  });
});

describe('parseCustomerAttributes', () => {
  it('parseCustomerAttributes(...) matches the documented example and keeps leading zeros', () => {
    const attributes = parseCustomerAttributes('customer_id,Email,zip\n7,a@b.com,02134\n', 'crm.csv');
    expect(contactOf(attributes, '7')).toEqual({ email: 'a@b.com', zip: '02134' });
    expect(contactOf(attributes, '8')).toBeUndefined();
    expect(attributes.columns).toEqual(['Email', 'zip']);
  });

  it('parseCustomerAttributes(...) carries unknown columns and skips empty contact cells', () => {
    const attributes = parseCustomerAttributes('id,phone,loyalty\nx,,gold\n');
    expect(contactOf(attributes, 'x')).toEqual({});
    expect(attributes.rows.get('x')).toEqual(['', 'gold']);
  });

  it('parseCustomerAttributes(...) reports every structural problem with its line', () => {
    const issues = issuesOf(() => parseCustomerAttributes('customer_id,email,e-mail\n1,a@b.c,\n1,x@y.z,\n2,only-two\n,a@b.c,\n', 'crm.csv'));
    const reasons = issues.map((issue) => `${issue.row}: ${issue.reason}`);
    expect(reasons.some((r) => r.startsWith('1: also maps to email'))).toBe(true);
    expect(reasons.some((r) => r.startsWith('3: duplicate customer id'))).toBe(true);
    expect(reasons.some((r) => r.startsWith('4: has 2 fields'))).toBe(true);
    expect(reasons.some((r) => r.startsWith('5: empty customer id'))).toBe(true);
    for (const issue of issues) expect(issue.file).toBe('crm.csv');
  });

  it('parseCustomerAttributes(...) throws InputError without an id column or without a header', () => {
    expect(issuesOf(() => parseCustomerAttributes('email\na@b.com\n'))[0].reason).toMatch(/customer_id/);
    expect(() => parseCustomerAttributes('')).toThrow(InputError);
  });
});

describe('parseSuppressionList', () => {
  it('parseSuppressionList(...) matches the documented example (plain list: ids and emails)', () => {
    const list = parseSuppressionList('c-17\nJane.Doe@Gmail.com\n');
    expect([...list.customerIds]).toEqual(['c-17']);
    expect([...list.emails]).toEqual(['janedoe@gmail.com']);
  });

  it('parseSuppressionList(...) reads the id and email columns of a CSV with a header', () => {
    const list = parseSuppressionList('email,customer_id,reason\nA@B.com,,opt-out\n,42,complaint\n');
    expect([...list.customerIds]).toEqual(['42']);
    expect([...list.emails]).toEqual(['a@b.com']);
  });

  it('parseSuppressionList(...) returns empty sets for an empty file', () => {
    const list = parseSuppressionList('\n\n');
    expect(list.customerIds.size + list.emails.size).toBe(0);
  });

  it('parseSuppressionList(...) throws InputError for an invalid email or a header-less line with several fields', () => {
    expect(issuesOf(() => parseSuppressionList('ok\nbad@\n', 's.txt'))[0]).toMatchObject({ file: 's.txt', row: 2 });
    expect(issuesOf(() => parseSuppressionList('1,2\n'))[0].reason).toMatch(/header/);
  });
});
