import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readSummary } from '../../src/data/read-summary.js';
import { summariseTransactions } from '../../src/data/summarise-transactions.js';
import { summaryToRfmArrays } from '../../src/data/summary-to-rfm-arrays.js';
import { parseCsv, writeCsv } from '../../src/io/csv.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function caught(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readSummary', () => {
  it("readSummary reads the Fader-Hardie file (ID, x, t_x, T, zbar) under clvkit's column names", () => {
    const summary = readSummary('datasets/cdnow_customers_summary_with_transactions.csv');
    expect(summary.columnNames()).toEqual(['customer_id', 'frequency', 'recency', 'T', 'monetary_value']);
    expect(summary.numRows()).toBe(2357);
    // first data line of the file: 1,2,30.43,38.86,22.35
    expect(summary.object(0)).toEqual({ customer_id: '1', frequency: 2, recency: 30.43, T: 38.86, monetary_value: 22.35 });
  });

  it("readSummary reads BTYD's cbs (cust, x, t.x, T.cal, x.star, m.x) with the holdout count", () => {
    const summary = readSummary('datasets/cdnow_cbs_btyd.csv');
    expect(summary.columnNames()).toEqual(['customer_id', 'frequency', 'recency', 'T', 'monetary_value', 'frequency_holdout']);
    let xStar = 0;
    for (const v of summary.array('frequency_holdout') as Float64Array) xStar += v;
    expect(xStar).toBe(1882); // datasets/README.md
  });

  it('readSummary reads CSV text given directly, including a pandas unnamed index column', () => {
    const summary = readSummary(',frequency,recency,T\na,1,2,3\nb,0,0,3\n');
    expect(summary.objects()).toEqual([
      { customer_id: 'a', frequency: 1, recency: 2, T: 3 },
      { customer_id: 'b', frequency: 0, recency: 0, T: 3 },
    ]);
  });

  it('readSummary reads back what writeCsv wrote from summariseTransactions, bit for bit', async () => {
    const { summary } = await summariseTransactions('datasets/CDNOW_sample.txt', {
      header: false, columns: ['m', 'id', 'date', 'cds', 'amount'], customerCol: 'id', amountCol: 'amount', calibrationEnd: '1997-09-30',
    });
    const path = join(mkdtempSync(join(tmpdir(), 'clvkit-')), 'summary.csv');
    await writeCsv(summary, path);
    const back = readSummary(path);
    expect(back.columnNames()).toEqual(summary.columnNames());
    for (const name of summary.columnNames()) expect([...back.array(name)], name).toEqual([...summary.array(name)]);
  });

  it('readSummary reports every bad row with file, row, column and value', () => {
    const file = 'test/fixtures/summaries/bad-summary.csv';
    const error = caught(() => readSummary(file));
    // Expected problems worked out by hand from the fixture (see its README).
    const found = error.issues.map((i) => [i.row, i.column, i.value, i.reason]);
    expect(found).toEqual([
      [2, 'frequency', '1.5', 'frequency must be a whole number of repeat purchases'],
      [3, 'recency', '2', 'recency must be 0 when frequency is 0'],
      [4, 'recency', '40', 'recency is greater than T (38.86)'],
      [5, 'frequency', 'x', 'not a finite number'],
      [6, 'recency', '-1', 'negative value'],
      [7, 'customer_id', '1', 'duplicate customer id (also row 1)'],
      [8, '', '3 fields', 'expected 5 columns, found 3'],
    ]);
    expect(error.issues.every((i) => i.file === file)).toBe(true);
  });

  it('readSummary names the missing columns and lists the header', () => {
    const error = caught(() => readSummary('customer_id,frequency,T\na,0,1\n'));
    expect(error.message).toMatch(/^<text>: missing summary column\(s\): recency \(or t_x, t\.x\); the header has "customer_id", "frequency", "T"/);
  });

  it('readSummary reports a missing file, an empty summary and a header without rows', () => {
    expect(() => readSummary('no/such/summary.csv')).toThrow(/cannot read no\/such\/summary.csv: no such file/);
    expect(() => readSummary('\n\n')).toThrow(/the summary is empty/);
    expect(() => readSummary('customer_id,frequency,recency,T\n')).toThrow(/header but no rows/);
  });
});

describe('summaryToRfmArrays', () => {
  it('summaryToRfmArrays copies the summary into Float64Arrays tagged with the unit', () => {
    const rfm = summaryToRfmArrays(readSummary('datasets/cdnow_customers_summary.csv'), 'week');
    expect(rfm.unit).toBe('week');
    expect(rfm.customerId).toHaveLength(2357);
    expect(rfm.frequency).toBeInstanceOf(Float64Array);
    expect(rfm.frequency.reduce((a, b) => a + b, 0)).toBe(2457); // datasets/README.md
    expect(rfm.monetaryValue.every((v) => v === 0)).toBe(true); // that file has no monetary column
    const first = parseCsv(readFileSync('datasets/cdnow_customers_summary.csv'))[1];
    expect([rfm.customerId[0], rfm.frequency[0], rfm.recency[0], rfm.T[0]]).toEqual([first[0], ...first.slice(1).map(Number)]);
  });

  it('summaryToRfmArrays refuses a table without the required columns', () => {
    const summary = readSummary('customer_id,frequency,recency,T\na,0,0,1\n').select('customer_id', 'frequency');
    expect(() => summaryToRfmArrays(summary, 'week')).toThrow(/lacks column\(s\) recency, T/);
  });
});
