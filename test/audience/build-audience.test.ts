import { describe, expect, it } from 'vitest';
import { buildAudience } from '../../src/audience/build-audience.js';
import { parseCustomerAttributes } from '../../src/audience/customer-attributes.js';
import { parseSuppressionList } from '../../src/audience/suppression-list.js';
import { parseCsvRecords } from '../../src/audience/csv-text.js';
import { sha256Hex } from '../../src/audience/sha256-hex.js';
import { UsageError } from '../../src/errors.js';

const customers = {
  customerId: ['a', 'b', 'c', 'd', 'e'],
  predictedLtv: [10, 50, 30, 40, 20],
  pAlive: [0.5, 0.9, 0.8, 0.7, 0.6],
  segments: { value_tier: ['rest', 'top', 'top', 'top', 'rest'] },
};
const attributes = parseCustomerAttributes(
  [
    'customer_id,email,phone,first_name,last_name,country,zip,loyalty',
    'b,B.Smith@gmail.com,,Bob,Smith,us,10001,gold',
    'c,,+44 20 7031 3000,,,,,silver',
    'd,,,,,,,bronze', // no identifier at all
    'e,optout@example.com,,,,,,',
  ].join('\n'),
  'crm.csv',
);

describe('buildAudience', () => {
  it('buildAudience(...) writes csv rows in LTV order with segment and attribute columns', () => {
    const { content, summary } = buildAudience({ customers, format: 'csv', attributes, selection: { minLtv: 20 } });
    const [header, ...rows] = parseCsvRecords(content).map((r) => r.fields);
    expect(header).toEqual(['customer_id', 'predicted_ltv', 'p_alive', 'value_tier', 'email', 'phone', 'first_name', 'last_name', 'country', 'zip', 'loyalty']);
    expect(rows.map((r) => r[0])).toEqual(['b', 'd', 'c', 'e']);
    expect(rows[0]).toEqual(['b', '50', '0.9', 'top', 'B.Smith@gmail.com', '', 'Bob', 'Smith', 'us', '10001', 'gold']);
    expect(summary).toEqual({ format: 'csv', customers: 5, selected: 4, excluded: 0, lackingIdentifiers: 0, written: 4, withoutAttributes: 0 });
  });

  it('buildAudience(...) writes json with one object per customer and counts customers missing from the attributes file', () => {
    const { content, summary } = buildAudience({ customers, format: 'json', attributes, selection: { topN: 5 } });
    const rows = JSON.parse(content);
    expect(rows[0]).toEqual({ customer_id: 'b', predicted_ltv: 50, p_alive: 0.9, value_tier: 'top', email: 'B.Smith@gmail.com', phone: '', first_name: 'Bob', last_name: 'Smith', country: 'us', zip: '10001', loyalty: 'gold' });
    expect(rows.at(-1).customer_id).toBe('a');
    expect(rows.at(-1).email).toBe('');
    expect(summary.withoutAttributes).toBe(1);
  });

  it('buildAudience(...) writes an empty json array for an empty audience', () => {
    const { content, summary } = buildAudience({ customers, format: 'json', selection: { minLtv: 1000 } });
    expect(JSON.parse(content)).toEqual([]);
    expect(summary.written).toBe(0);
  });

  it('buildAudience(...) excludes suppressed ids and emails and drops rows without identifiers for Google', () => {
    // Selected: everyone. Suppressed: a (id) and e (email). d has no identifier; a is excluded before that check.
    const suppression = parseSuppressionList('a\nOptOut@example.com\n');
    const { content, summary } = buildAudience({ customers, format: 'google-customer-match', attributes, suppression });
    const [header, ...rows] = parseCsvRecords(content).map((r) => r.fields);
    expect(header).toEqual(['Email', 'Phone', 'First Name', 'Last Name', 'Country', 'Zip']);
    expect(rows).toEqual([
      [sha256Hex('bsmith@gmail.com'), '', sha256Hex('bob'), sha256Hex('smith'), 'US', '10001'],
      ['', sha256Hex('+442070313000'), '', '', '', ''],
    ]);
    expect(summary).toEqual({ format: 'google-customer-match', customers: 5, selected: 5, excluded: 2, lackingIdentifiers: 1, written: 2, withoutAttributes: 0 });
    expect(summary.selected).toBe(summary.excluded + summary.lackingIdentifiers + summary.written);
  });

  it('buildAudience(...) writes Meta rows with every key hashed and phone digits without "+"', () => {
    const { content } = buildAudience({ customers, format: 'meta', attributes, selection: { segments: ['top'] } });
    const [header, first, second] = parseCsvRecords(content).map((r) => r.fields);
    expect(header).toEqual(['EMAIL', 'PHONE', 'FN', 'LN', 'ZIP', 'CT', 'ST', 'COUNTRY']);
    expect(first).toEqual([sha256Hex('b.smith@gmail.com'), '', sha256Hex('bob'), sha256Hex('smith'), sha256Hex('10001'), '', '', sha256Hex('us')]);
    expect(second[1]).toBe(sha256Hex('442070313000'));
  });

  it('buildAudience(...) is deterministic: the same inputs give byte-identical output', () => {
    const run = () => buildAudience({ customers, format: 'google-customer-match', attributes }).content;
    expect(run()).toBe(run());
  });

  it('buildAudience(...) throws UsageError for an ad format without attributes, email suppression without attributes, or an unknown format', () => {
    expect(() => buildAudience({ customers, format: 'meta' })).toThrow(UsageError);
    expect(() => buildAudience({ customers, format: 'csv', suppression: parseSuppressionList('x@y.z\n') })).toThrow(/emails/);
    expect(() => buildAudience({ customers, format: 'xlsx' as never })).toThrow(/unknown format/);
    expect(() => buildAudience({ customers, format: 'csv', defaultCallingCode: 'UK' })).toThrow(UsageError);
  });

  it('buildAudience(...) throws UsageError when an attribute column would duplicate an output column', () => {
    const clash = parseCustomerAttributes('customer_id,value_tier\na,x\n');
    expect(() => buildAudience({ customers, format: 'csv', attributes: clash })).toThrow(/value_tier/);
  });

  it('buildAudience(...) does not mutate its inputs', () => {
    const before = JSON.stringify(customers);
    buildAudience({ customers, format: 'csv', attributes, selection: { topPercent: 60 } });
    expect(JSON.stringify(customers)).toBe(before);
  });
});
