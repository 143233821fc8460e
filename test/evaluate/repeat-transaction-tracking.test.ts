import { describe, expect, it } from 'vitest';
import type { TransactionLog } from '../../src/data/transaction-log.js';
import { UsageError } from '../../src/errors.js';
import { repeatTransactionTracking } from '../../src/evaluate/repeat-transaction-tracking.js';
import { cdnowCbs, cdnowLog, dayOf } from './cdnow-fixtures.js';

function logOf(customers: number[][]): TransactionLog {
  const offsets = [0];
  const time: number[] = [];
  for (const days of customers) {
    time.push(...days);
    offsets.push(time.length);
  }
  return {
    customerId: customers.map((_, i) => `c${i}`),
    offsets: Int32Array.from(offsets),
    time: Float64Array.from(time),
    amount: new Float64Array(time.length),
    count: new Int32Array(time.length).fill(1),
    grain: 'day',
    hasAmount: false,
    attributes: {},
  };
}

describe('repeatTransactionTracking', () => {
  it('repeatTransactionTracking(log, curve) sums each customer\'s curve at their age at every period end', () => {
    const log = logOf([[0, 3, 9], [5, 6], [12]]);
    const t = repeatTransactionTracking(log, (age) => age, { unit: 'day', calibrationEnd: 6, end: 13, start: 0 });
    expect(Array.from(t.periodEnd)).toEqual([6, 13]);
    expect(t.calibrationPeriods).toBe(1);
    // Brute force with a linear curve: ages at day 6 are 6, 1, — ; at day 13: 13, 8, 1.
    expect(Array.from(t.modelCumulative)).toEqual([7, 22]);
    expect(Array.from(t.modelIncremental)).toEqual([7, 15]);
    // Repeat purchases: day 3 and 6 in period 1, day 9 in period 2 (first purchases never count).
    expect(Array.from(t.actualIncremental)).toEqual([2, 1]);
    expect(Array.from(t.actualCumulative)).toEqual([2, 3]);
  });

  it('repeatTransactionTracking(...) converts ages to the model unit', () => {
    const log = logOf([[0]]);
    const t = repeatTransactionTracking(log, (age) => age, { unit: 'week', calibrationEnd: 13, end: 13, start: 0 });
    expect(t.modelCumulative[0]).toBeCloseTo(6 / 7, 14);
    expect(t.modelCumulative[1]).toBeCloseTo(13 / 7, 14);
  });

  it('repeatTransactionTracking(...) on CDNOW reproduces the 2,457 calibration and 1,882 holdout repeat transactions', () => {
    const t = repeatTransactionTracking(cdnowLog(), () => 0, {
      unit: 'week',
      calibrationEnd: dayOf('19970930'),
      end: dayOf('19980630'),
    });
    // 1997-01-01 .. 1998-06-30 is 546 days = 78 weeks; weeks 1–39 are calibration (FHL 2005, Fig. 1).
    expect(t.period.length).toBe(78);
    expect(t.calibrationPeriods).toBe(39);
    const cbs = cdnowCbs();
    const sumX = cbs.x.reduce((s, v) => s + v, 0);
    expect(sumX).toBe(2457); // datasets/README.md
    expect(t.actualCumulative[38]).toBe(sumX);
    // FHL 2005 §4 and BTYD's x.star: 1,882 repeat transactions in weeks 40–78.
    expect(t.actualCumulative[77] - t.actualCumulative[38]).toBe(1882);
  });

  it('repeatTransactionTracking(...) with a later start removes the curve mass before it', () => {
    const log = logOf([[0, 20]]);
    const t = repeatTransactionTracking(log, (age) => age, { unit: 'day', calibrationEnd: 16, end: 23, start: 10 });
    // Window days 10–16 and 17–23: the curve gains 16 − 9 = 7 then 7 more.
    expect(Array.from(t.modelCumulative)).toEqual([7, 14]);
    expect(Array.from(t.actualIncremental)).toEqual([0, 1]);
  });

  it('repeatTransactionTracking(...) rejects an end before the calibration end', () => {
    expect(() => repeatTransactionTracking(logOf([[0]]), () => 0, { unit: 'day', calibrationEnd: 10, end: 5 })).toThrow(UsageError);
  });
});
