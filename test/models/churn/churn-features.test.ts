import { describe, expect, it } from 'vitest';
import { churnFeatures, CHURN_BASE_FEATURES } from '../../../src/models/churn/churn-features.js';
import { InputError, UsageError } from '../../../src/errors.js';
import { makeLog } from './make-log.js';

// Calibration ends on day 100 (inclusive).
//   A: days 10, 20, 40, 80 (amounts 10, 20, 30, 40), holdout purchase on day 120
//   B: one purchase on day 50 (amount 5)
//   C: first purchase on day 150, after the cut → not a row
//   D: days 30, 90, 95, 99, holdout purchase on day 131
const customers = [
  { id: 'A', days: [10, 20, 40, 80, 120], amounts: [10, 20, 30, 40, 999], attributes: { channel: 'web' } },
  { id: 'B', days: [50], amounts: [5], attributes: { channel: 'store' } },
  { id: 'C', days: [150], attributes: { channel: 'phone' } },
  { id: 'D', days: [30, 90, 95, 99, 131], attributes: { channel: '' } },
];
const log = makeLog(customers, ['channel']);

const row = (f: ReturnType<typeof churnFeatures>, id: string) => {
  const r = f.customerId.indexOf(id);
  return Object.fromEntries(f.names.map((name, c) => [name, f.matrix[r * f.columns + c]]));
};

describe('churnFeatures', () => {
  const f = churnFeatures(log, { calibrationEnd: 100, unit: 'day', categorical: ['channel'] });

  it('churnFeatures(...) has one row per customer whose first purchase is on or before the cut', () => {
    expect(f.customerId).toEqual(['A', 'B', 'D']);
    expect(Array.from(f.customerIndex)).toEqual([0, 1, 3]);
    expect(f.names).toEqual([...CHURN_BASE_FEATURES, 'channel=store', 'channel=web']);
  });

  it('churnFeatures(...) computes recency gap, frequency, T, spend and gaps by hand for a repeat customer', () => {
    const a = row(f, 'A');
    // x = 3, t_x = 80 − 10 = 70, T = 100 − 10 = 90 → gap 20
    expect(a.recency_gap).toBe(20);
    expect(a.frequency).toBeCloseTo(Math.log1p(3), 15);
    expect(a.T).toBe(90);
    // amounts 10, 20, 30, 40: mean 25, sample sd √(500/3)
    expect(a.monetary_mean).toBeCloseTo(Math.log1p(25), 15);
    expect(a.monetary_sd).toBeCloseTo(Math.log1p(Math.sqrt(500 / 3)), 14);
    // gaps 10, 20, 40: mean 70/3, sample sd √(((−40/3)² + (−10/3)² + (50/3)²) / 2) = √(700/3)
    expect(a.ipt_mean).toBeCloseTo(70 / 3, 14);
    expect(a.ipt_cv).toBeCloseTo(Math.sqrt(700 / 3) / (70 / 3), 14);
    // last third of [10, 100] starts after day 70: repeats on 20, 40, 80 → 1 of 3 → 1/3 − 1/3
    expect(a.trend).toBeCloseTo(0, 15);
    expect(a.gap_ratio).toBeCloseTo(Math.log1p(20 / (70 / 3)), 14);
    expect(a.one_time).toBe(0);
    expect([a['channel=store'], a['channel=web']]).toEqual([0, 1]);
  });

  it('churnFeatures(...) marks a one-time buyer and sets the undefined gap features to 0', () => {
    const b = row(f, 'B');
    expect(b).toMatchObject({ recency_gap: 50, frequency: 0, T: 50, monetary_sd: 0, ipt_mean: 0, ipt_cv: 0, trend: 0, gap_ratio: 0, one_time: 1 });
    expect(b.monetary_mean).toBeCloseTo(Math.log1p(5), 15);
    expect([b['channel=store'], b['channel=web']]).toEqual([1, 0]);
  });

  it('churnFeatures(...) sees a rising trend when all repeats fall in the last third', () => {
    const d = row(f, 'D');
    // last third of [30, 100] starts after 30 + 140/3 ≈ 76.7: repeats 90, 95, 99 → 3/3 − 1/3
    expect(d.trend).toBeCloseTo(2 / 3, 15);
    expect(d.recency_gap).toBe(1);
    // a missing category ("") encodes as all zeros
    expect([d['channel=store'], d['channel=web']]).toEqual([0, 0]);
  });

  it('churnFeatures(...) expresses durations in the requested unit', () => {
    const weeks = churnFeatures(log, { calibrationEnd: 100, unit: 'week' });
    expect(row(weeks, 'A').recency_gap).toBeCloseTo(20 / 7, 15);
    expect(row(weeks, 'A').T).toBeCloseTo(90 / 7, 15);
    expect(row(weeks, 'A').ipt_mean).toBeCloseTo(10 / 3, 14);
  });

  it('churnFeatures(...) does not change when holdout transactions are added or removed (no leakage)', () => {
    const calibrationOnly = makeLog(
      customers.map((c) => ({ ...c, days: c.days.filter((d) => d <= 100), amounts: c.amounts?.slice(0, c.days.filter((d) => d <= 100).length) })),
      ['channel'],
    );
    const without = churnFeatures(calibrationOnly, { calibrationEnd: 100, unit: 'day', categorical: ['channel'] });
    expect(without.customerId).toEqual(f.customerId);
    expect(Array.from(without.matrix)).toEqual(Array.from(f.matrix));
  });

  it('churnFeatures(...) accepts an ISO calibration end equal to its day number', () => {
    const iso = churnFeatures(log, { calibrationEnd: '1970-04-11', unit: 'day' }); // day 100
    expect(Array.from(iso.matrix)).toEqual(Array.from(churnFeatures(log, { calibrationEnd: 100, unit: 'day' }).matrix));
  });

  it('churnFeatures(...) reads a date-only cut as the end of that day when purchases keep their time (grain none)', () => {
    // day 100 is 1970-04-11; a purchase at noon that day (100.5) is still calibration, as in observationCutoff
    const timed = { ...makeLog([{ id: 'N', days: [90, 100.5] }]), grain: 'none' as const };
    const f = churnFeatures(timed, { calibrationEnd: '1970-04-11', unit: 'day', features: ['frequency', 'recency_gap'] });
    expect(f.matrix[0]).toBeCloseTo(Math.log1p(1), 15);
    expect(f.matrix[1]).toBeCloseTo(0.5, 15); // cut = 101 (end of day 100), last purchase 100.5
  });

  it('churnFeatures(...) encodes categorical levels given by a model, unknown levels as zeros', () => {
    const fixed = churnFeatures(log, { calibrationEnd: 100, unit: 'day', features: ['T'], categorical: [{ column: 'channel', levels: ['store', 'tv'] }] });
    expect(fixed.names).toEqual(['T', 'channel=store', 'channel=tv']);
    expect(Array.from(fixed.matrix)).toEqual([90, 0, 0, 50, 1, 0, 70, 0, 0]);
  });

  it('churnFeatures(...) reports a missing attribute column and monetary features without amounts', () => {
    expect(() => churnFeatures(log, { calibrationEnd: 100, unit: 'day', categorical: ['gender'] })).toThrow(InputError);
    const noAmount = { ...log, hasAmount: false };
    expect(churnFeatures(noAmount, { calibrationEnd: 100, unit: 'day' }).names).not.toContain('monetary_mean');
    expect(() => churnFeatures(noAmount, { calibrationEnd: 100, unit: 'day', features: ['monetary_mean'] })).toThrow(InputError);
    expect(() => churnFeatures(log, { calibrationEnd: 'yesterday', unit: 'day' })).toThrow(UsageError);
  });
});
