import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { summariseLog } from '../../src/data/summarise-log.js';
import { summariseRfm } from '../../src/data/summarise-rfm.js';
import { summariseTransactions } from '../../src/data/summarise-transactions.js';
import { DAYS_PER_UNIT } from '../../src/data/time-unit.js';
import { transactionLogFromTable } from '../../src/data/transaction-log-from-table.js';

/**
 * Hand-made history, all in January 2020 unless noted:
 *   a: 1st (10 + 5, same day), 8th (3), 15th (7), 29th (holdout, 4), 31st (holdout, 6)
 *   b: 3rd (20)
 *   c: 20th (first purchase after a calibration end of the 15th; 2)
 */
const HISTORY = aq.table({
  customer_id: ['a', 'a', 'b', 'a', 'a', 'c', 'a', 'a'],
  date: ['2020-01-01', '2020-01-01', '2020-01-03', '2020-01-08', '2020-01-15', '2020-01-20', '2020-01-29', '2020-01-31'],
  amount: [10, 5, 20, 3, 7, 2, 4, 6],
});
const log = transactionLogFromTable(HISTORY, { amountCol: 'amount' }).log;
const rows = (t: aq.ColumnTable) => t.objects() as Record<string, number | string>[];

describe('summariseLog', () => {
  it('summariseLog counts repeat days, not transactions, and averages the repeat days only (first day excluded)', () => {
    const { summary, stats } = summariseLog(log, { unit: 'day' });
    // observation end defaults to the last purchase, 2020-01-31
    expect(stats.observationEnd).toBe('2020-01-31');
    expect(rows(summary)).toEqual([
      // a: 5 purchase days → x = 4; t_x = 30 days; T = 30; mean of 3, 7, 4, 6 = 5 (the 10 + 5 first day is left out)
      { customer_id: 'a', frequency: 4, recency: 30, T: 30, monetary_value: 5 },
      { customer_id: 'b', frequency: 0, recency: 0, T: 28, monetary_value: 0 },
      { customer_id: 'c', frequency: 0, recency: 0, T: 11, monetary_value: 0 },
    ]);
  });

  it('summariseLog with a calibration end adds holdout columns and excludes, with a reason, customers first seen after it', () => {
    const { summary, excluded, stats } = summariseLog(log, { unit: 'day', calibrationEnd: '2020-01-15', observationEnd: '2020-01-31' });
    expect(rows(summary)).toEqual([
      // a in calibration: 1st, 8th, 15th → x 2, t_x 14, T 14, mean(3, 7) = 5; holdout: 29th, 31st → 2 periods, mean(4, 6) = 5
      { customer_id: 'a', frequency: 2, recency: 14, T: 14, monetary_value: 5, frequency_holdout: 2, monetary_value_holdout: 5, duration_holdout: 16 },
      { customer_id: 'b', frequency: 0, recency: 0, T: 12, monetary_value: 0, frequency_holdout: 0, monetary_value_holdout: 0, duration_holdout: 16 },
    ]);
    expect(excluded).toEqual([{ customerId: 'c', reason: 'first purchase 2020-01-20 is after the calibration end 2020-01-15' }]);
    expect(stats).toMatchObject({ customers: 3, summarisedCustomers: 2, excludedCustomers: 1, calibrationEnd: '2020-01-15', durationHoldout: 16 });
  });

  it('summariseLog expresses times in the unit: week = 7 days, month = 365.25/12 days, year = 365.25 days', () => {
    for (const unit of ['week', 'month', 'year'] as const) {
      const [a] = rows(summariseLog(log, { unit }).summary);
      expect(a.recency).toBeCloseTo(30 / DAYS_PER_UNIT[unit], 14);
      expect(a.T).toBeCloseTo(30 / DAYS_PER_UNIT[unit], 14);
    }
    const [a] = rows(summariseLog(log, { unit: 'month' }).summary);
    expect(a.recency).toBeCloseTo(30 / 30.4375, 14); // never a hidden 30-day month
  });

  it('summariseLog takes an observation end after the data: T grows, recency does not', () => {
    const [a] = rows(summariseLog(log, { unit: 'day', observationEnd: '2020-02-29' }).summary);
    expect(a).toMatchObject({ frequency: 4, recency: 30, T: 59 });
  });

  it('summariseLog refuses a calibration end after the observation end', () => {
    expect(() => summariseLog(log, { calibrationEnd: '2020-02-01', observationEnd: '2020-01-31' })).toThrow(/calibrationEnd \(2020-02-01\) is after observationEnd \(2020-01-31\)/);
  });

  it('summariseLog leaves out monetary columns when the log has no amounts', () => {
    const noAmounts = transactionLogFromTable(HISTORY.select('customer_id', 'date')).log;
    expect(summariseLog(noAmounts, { calibrationEnd: '2020-01-15' }).summary.columnNames()).toEqual([
      'customer_id', 'frequency', 'recency', 'T', 'frequency_holdout', 'duration_holdout',
    ]);
  });

  it("summariseLog on a grain 'none' log counts each transaction and keeps hours; a date-only end means the end of that day", () => {
    const t = aq.table({ customer_id: ['a', 'a', 'a'], date: ['2020-01-01T06:00:00Z', '2020-01-01T18:00:00Z', '2020-01-02T00:00:00Z'] });
    const noneLog = transactionLogFromTable(t, { grain: 'none' }).log;
    const [a] = rows(summariseLog(noneLog, { unit: 'day', observationEnd: '2020-01-02' }).summary);
    // x = 2 transactions after the first; t_x = 18 h = 0.75 day; T = end of 2 Jan − 06:00 on 1 Jan = 1.75 days
    expect(a).toMatchObject({ frequency: 2, recency: 0.75, T: 1.75 });
  });

  it('summariseLog carries attribute columns after the standard ones', async () => {
    const { summary } = await summariseTransactions('test/fixtures/transactions/hand-made.csv', { amountCol: 'amount', attributeCols: ['channel'] });
    expect(summary.columnNames()).toEqual(['customer_id', 'frequency', 'recency', 'T', 'monetary_value', 'channel']);
    expect(summary.array('channel')).toEqual(['web', 'store', 'web "promo"']);
  });
});

describe('summariseRfm', () => {
  it('summariseRfm summarises an arquero table exactly like summariseLog on its log', () => {
    const direct = summariseLog(log, { unit: 'week', calibrationEnd: '2020-01-15' });
    const viaTable = summariseRfm(HISTORY, { amountCol: 'amount', unit: 'week', calibrationEnd: '2020-01-15' });
    expect(rows(viaTable.summary)).toEqual(rows(direct.summary));
    expect(viaTable.excluded).toEqual(direct.excluded);
    expect(viaTable.rejects).toEqual([]);
  });
});
