import { describe, expect, it } from 'vitest';
import { groupCacCeilings } from '../../src/value/group-cac-ceilings.js';
import { InputError, UsageError } from '../../src/errors.js';

const example = {
  group: ['ads', 'ads', 'seo'],
  historicalRevenue: [100, 50, 80],
  predictedLtv: [30, 10, 20],
  margin: 0.5,
};

describe('groupCacCeilings', () => {
  it('groupCacCeilings(...) matches the documented example: ads 57.5 → 19.17, seo 60 → 20', () => {
    // Hand computation: ads V = (0.5·(100 + 50) + 30 + 10)/2 = 57.5; seo V = 0.5·80 + 20 = 60; ratio 3.
    const [ads, seo] = groupCacCeilings(example);
    expect(ads).toMatchObject({ group: 'ads', customers: 2, realisedValue: 75, predictedValue: 40, valuePerCustomer: 57.5 });
    expect(ads.ratioCeiling).toBeCloseTo(57.5 / 3, 12);
    expect(seo).toMatchObject({ group: 'seo', customers: 1, valuePerCustomer: 60, ratioCeiling: 20, ceiling: 20 });
  });

  it('groupCacCeilings(...) without payback revenue reports the ratio ceiling as binding and payback as NaN', () => {
    for (const row of groupCacCeilings(example)) {
      expect(row.paybackCustomers).toBe(0);
      expect(row.paybackCeiling).toBeNaN();
      expect(row.binding).toBe('ltv-ratio');
      expect(row.ceiling).toBe(row.ratioCeiling);
    }
  });

  it('groupCacCeilings(...) averages payback margin over observed customers only and lets it bind', () => {
    // ads: only the first customer's window is observed: payback = 0.5·20 = 10 < 19.17 → payback binds.
    // seo: its one customer is unobserved → ratio binds.
    const [ads, seo] = groupCacCeilings({ ...example, paybackRevenue: [20, NaN, NaN], paybackMonths: 6 });
    expect(ads).toMatchObject({ paybackCustomers: 1, paybackCeiling: 10, ceiling: 10, binding: 'payback', paybackMonths: 6 });
    expect(seo).toMatchObject({ paybackCustomers: 0, binding: 'ltv-ratio', ceiling: 20 });
  });

  it('groupCacCeilings(...) reports groups in the given order, then the others by name, and names "" "(missing)"', () => {
    const rows = groupCacCeilings({
      group: ['b', '', 'top-1', 'a', 'top-5'],
      historicalRevenue: [1, 1, 1, 1, 1],
      predictedLtv: [1, 1, 1, 1, 1],
      margin: 1,
      order: ['top-1', 'top-5', 'not-present'],
    });
    expect(rows.map((r) => r.group)).toEqual(['top-1', 'top-5', '(missing)', 'a', 'b']);
  });

  it('groupCacCeilings(...) as a look-alike ceiling equals the tier mean total value over the ratio', () => {
    // Tier "top" mean total value = (0.4·1000 + 600 + 0.4·500 + 300)/2 = 750 → 750/4 = 187.5 at ratio 4.
    const rows = groupCacCeilings({
      group: ['top', 'top', 'rest'],
      historicalRevenue: [1000, 500, 10],
      predictedLtv: [600, 300, 1],
      margin: 0.4,
      targetLtvCacRatio: 4,
    });
    const top = rows.find((row) => row.group === 'top')!;
    expect(top.valuePerCustomer).toBeCloseTo(750, 12);
    expect(top.ceiling).toBeCloseTo(187.5, 12);
  });

  it.each([
    ['margin 0', { margin: 0 }],
    ['margin 1.5', { margin: 1.5 }],
    ['ratio 0', { targetLtvCacRatio: 0 }],
    ['payback months 0', { paybackMonths: 0 }],
    ['a short predictedLtv column', { predictedLtv: [1, 2] }],
    ['a short paybackRevenue column', { paybackRevenue: [1] }],
  ])('groupCacCeilings(...) throws UsageError for %s', (_, bad) => {
    expect(() => groupCacCeilings({ ...example, ...bad })).toThrow(UsageError);
  });

  it('groupCacCeilings(...) throws InputError naming the row of a non-finite value', () => {
    try {
      groupCacCeilings({ ...example, historicalRevenue: [1, NaN, 2] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues[0]).toMatchObject({ row: 2, column: 'historicalRevenue' });
    }
    expect(() => groupCacCeilings({ ...example, paybackRevenue: [1, Infinity, 2] })).toThrow(InputError);
  });
});
