/**
 * Test-only readers for the bundled CDNOW files (datasets/README.md), kept
 * independent of src/data so evaluation tests do not inherit its bugs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TransactionLog } from '../../src/data/transaction-log.js';
import type { RfmArrays } from '../../src/data/rfm-arrays.js';

const datasets = fileURLToPath(new URL('../../datasets/', import.meta.url));

export function readCsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(datasets + name, 'utf8').trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((n, i) => [n, cells[i]]));
  });
}

/** Days since 1970-01-01 UTC of a YYYYMMDD string. */
export function dayOf(yyyymmdd: string): number {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** BTYD's CDNOW elog as a day-grained TransactionLog (same-day purchases merged). */
export function cdnowLog(): TransactionLog {
  const rows = readCsv('cdnow_elog_btyd.csv');
  const byCustomer = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const days = byCustomer.get(r.sampleid) ?? new Map<number, number>();
    const day = dayOf(r.date);
    days.set(day, (days.get(day) ?? 0) + Number(r.sales));
    byCustomer.set(r.sampleid, days);
  }
  const customerId: string[] = [];
  const offsets = [0];
  const time: number[] = [];
  const amount: number[] = [];
  for (const [id, days] of byCustomer) {
    customerId.push(id);
    for (const day of [...days.keys()].sort((a, b) => a - b)) {
      time.push(day);
      amount.push(days.get(day) ?? 0);
    }
    offsets.push(time.length);
  }
  return {
    customerId,
    offsets: Int32Array.from(offsets),
    time: Float64Array.from(time),
    amount: Float64Array.from(amount),
    count: new Int32Array(time.length).fill(1),
    grain: 'day',
    hasAmount: true,
    attributes: {},
  };
}

/** BTYD's calibration/holdout summary (calibration ends 1997-09-30, holdout 39 weeks). */
export function cdnowCbs(): { x: Float64Array; tx: Float64Array; T: Float64Array; xStar: Float64Array; mx: Float64Array } {
  const rows = readCsv('cdnow_cbs_btyd.csv');
  const col = (name: string) => Float64Array.from(rows, (r) => Number(r[name]));
  return { x: col('x'), tx: col('t.x'), T: col('T.cal'), xStar: col('x.star'), mx: col('m.x') };
}

/** BTYD's CDNOW calibration summary as RfmArrays (sample ids 1…2357, weeks). */
export function cdnowCalibration(cbs = cdnowCbs()): RfmArrays {
  return {
    customerId: Array.from(cbs.x, (_, i) => String(i + 1)),
    frequency: cbs.x,
    recency: cbs.tx,
    T: cbs.T,
    monetaryValue: cbs.mx,
    unit: 'week',
  };
}
