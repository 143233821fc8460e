/**
 * CDNOW exactness: our summary of datasets/CDNOW_sample.txt must reproduce the
 * summaries published with lifetimes (rounded) and BTYD (unrounded) for all
 * 2,357 customers. Reference files and their origin: datasets/README.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summariseTransactions, type TransactionSummary } from '../../src/data/summarise-transactions.js';

const CDNOW = 'datasets/CDNOW_sample.txt';
const CDNOW_LAYOUT = {
  header: false,
  columns: ['master_id', 'id', 'date', 'cds', 'amount'],
  customerCol: 'id',
  dateCol: 'date',
  amountCol: 'amount',
  dateFormat: 'yyyyMMdd',
  grain: 'day',
  unit: 'week',
} as const;

/** Reads a small reference CSV with a plain split (independent of the code under test). */
function referenceRows(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const names = head.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

/** Summary rows keyed by numeric sample id ("0001" → 1). */
function byId(result: TransactionSummary): Map<number, Record<string, number>> {
  const map = new Map<number, Record<string, number>>();
  for (const row of result.summary.objects() as Record<string, unknown>[]) {
    map.set(Number(row.customer_id), row as Record<string, number>);
  }
  return map;
}

describe('summariseTransactions on CDNOW_sample.txt (calibration end 1997-09-30, weeks)', async () => {
  const split = await summariseTransactions(CDNOW, {
    ...CDNOW_LAYOUT,
    calibrationEnd: '1997-09-30',
    observationEnd: '1998-06-30',
  });
  const ours = byId(split);

  it('summariseTransactions keeps all 2,357 customers and every one of the 6,919 rows', () => {
    expect(split.summary.numRows()).toBe(2357);
    expect(split.excluded).toEqual([]);
    expect(split.rejects).toEqual([]);
    expect(split.stats.rows).toBe(6919);
    expect(split.stats.validRows).toBe(6919);
    // 6,696 distinct customer-days: datasets/cdnow_clvtools.csv (same-day purchases summed)
    expect(split.stats.periods).toBe(6696);
  });

  it('summariseTransactions gives sum of frequency 2,457 and sum of holdout frequency 1,882 (BTYD cdnowSummary)', () => {
    let x = 0;
    let xStar = 0;
    for (const row of ours.values()) {
      x += row.frequency;
      xStar += row.frequency_holdout;
    }
    expect(x).toBe(2457);
    expect(xStar).toBe(1882);
  });

  it('summariseTransactions reproduces BTYD x, t.x, T.cal, x.star and m.x for every customer (datasets/cdnow_cbs_btyd.csv)', () => {
    const reference = referenceRows('datasets/cdnow_cbs_btyd.csv');
    expect(reference).toHaveLength(2357);
    // BTYD prints 15 significant digits, so agreement is to ~1e-14 relative; 1e-12 leaves margin.
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    const mismatches: string[] = [];
    for (const ref of reference) {
      const row = ours.get(Number(ref.cust));
      if (!row) {
        mismatches.push(`customer ${ref.cust} missing`);
        continue;
      }
      if (row.frequency !== Number(ref.x)) mismatches.push(`${ref.cust} x ${row.frequency} vs ${ref.x}`);
      if (row.frequency_holdout !== Number(ref['x.star'])) mismatches.push(`${ref.cust} x.star ${row.frequency_holdout} vs ${ref['x.star']}`);
      if (!close(row.recency, Number(ref['t.x']))) mismatches.push(`${ref.cust} t.x ${row.recency} vs ${ref['t.x']}`);
      if (!close(row.T, Number(ref['T.cal']))) mismatches.push(`${ref.cust} T.cal ${row.T} vs ${ref['T.cal']}`);
      if (!close(row.monetary_value, Number(ref['m.x']))) mismatches.push(`${ref.cust} m.x ${row.monetary_value} vs ${ref['m.x']}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('summariseTransactions reproduces lifetimes frequency, recency and T to their 2 printed decimals (datasets/cdnow_customers_summary.csv)', () => {
    const reference = referenceRows('datasets/cdnow_customers_summary.csv');
    expect(reference).toHaveLength(2357);
    const mismatches: string[] = [];
    for (const ref of reference) {
      const row = ours.get(Number(ref.ID))!;
      if (row.frequency !== Number(ref.frequency)) mismatches.push(`${ref.ID} frequency`);
      // Values are rounded to 0.01, so they agree to half a unit of the last digit.
      if (Math.abs(row.recency - Number(ref.recency)) > 0.005 + 1e-9) mismatches.push(`${ref.ID} recency ${row.recency} vs ${ref.recency}`);
      if (Math.abs(row.T - Number(ref.T)) > 0.005 + 1e-9) mismatches.push(`${ref.ID} T ${row.T} vs ${ref.T}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('summariseTransactions reproduces the Gamma-Gamma zbar to 2 decimals (datasets/cdnow_customers_summary_with_transactions.csv)', () => {
    const reference = referenceRows('datasets/cdnow_customers_summary_with_transactions.csv');
    const mismatches: string[] = [];
    let repeaters = 0;
    let zbarSum = 0;
    for (const ref of reference) {
      const row = ours.get(Number(ref.ID))!;
      if (row.frequency !== Number(ref.x)) mismatches.push(`${ref.ID} x`);
      if (Math.abs(row.monetary_value - Number(ref.zbar)) > 0.005 + 1e-9) mismatches.push(`${ref.ID} zbar ${row.monetary_value} vs ${ref.zbar}`);
      if (row.frequency > 0) {
        repeaters++;
        zbarSum += row.monetary_value;
      }
    }
    expect(mismatches).toEqual([]);
    // datasets/README.md: 946 customers with x > 0, mean zbar $35.08
    expect(repeaters).toBe(946);
    expect(zbarSum / repeaters).toBeCloseTo(35.08, 2);
  });

  it('summariseTransactions gives duration_holdout 39 weeks (1997-09-30 → 1998-06-30 is 273 days)', () => {
    expect(split.stats.durationHoldout).toBe(39);
    expect(new Set(split.summary.array('duration_holdout'))).toEqual(new Set([39]));
  });
});

describe('summariseTransactions on CDNOW_sample.txt without a split', () => {
  it('summariseTransactions defaults the observation end to the last transaction date, 1998-06-30', async () => {
    const result = await summariseTransactions(CDNOW, CDNOW_LAYOUT);
    expect(result.stats.observationEnd).toBe('1998-06-30');
    const T = result.summary.array('T') as Float64Array;
    // Cohort's first purchases 1997-01-01 … 1997-03-25 (README): T in [(1998-06-30 − 1997-03-25)/7, 545/7] weeks.
    expect(Math.max(...T)).toBeCloseTo(545 / 7, 12);
    expect(Math.min(...T)).toBeCloseTo(462 / 7, 12);
    expect(result.summary.columnNames()).toEqual(['customer_id', 'frequency', 'recency', 'T', 'monetary_value']);
  });
});

describe('summariseTransactions on BTYD cdnowElog with the CLVTools split (estimation end 1997-10-01)', () => {
  it('summariseTransactions reproduces CLVTools x, t.x, T.cal and x.star for every customer (datasets/cdnow_cbs_clvtools.csv)', async () => {
    const result = await summariseTransactions('datasets/cdnow_elog_btyd.csv', {
      customerCol: 'sampleid',
      dateCol: 'date',
      calibrationEnd: '1997-10-01',
      observationEnd: '1998-06-30',
      unit: 'week',
    });
    const ours = byId(result);
    const reference = referenceRows('datasets/cdnow_cbs_clvtools.csv');
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    const mismatches: string[] = [];
    let x = 0;
    let xStar = 0;
    for (const ref of reference) {
      const row = ours.get(Number(ref.Id))!;
      x += row.frequency;
      xStar += row.frequency_holdout;
      if (row.frequency !== Number(ref.x) || row.frequency_holdout !== Number(ref['x.star'])) mismatches.push(`${ref.Id} counts`);
      if (!close(row.recency, Number(ref['t.x'])) || !close(row.T, Number(ref['T.cal']))) mismatches.push(`${ref.Id} times`);
    }
    expect(mismatches).toEqual([]);
    // datasets/README.md: sum x 2,462, sum x.star 1,877 with the 1997-10-01 split
    expect([x, xStar]).toEqual([2462, 1877]);
  });
});
