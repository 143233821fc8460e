import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { clvIntervals } from '../../src/evaluate/clv-intervals.js';
import { expectedPurchases, fitBgnbd } from '../../src/models/bgnbd/index.js';
import { conditionalExpectedAverageSpend, fitGammaGamma } from '../../src/models/gamma-gamma/index.js';
import { discountedClv } from '../../src/value/clv.js';
import { cdnowCbs } from './cdnow-fixtures.js';

describe('clvIntervals', () => {
  const cbs = cdnowCbs();
  const purchaseModel = fitBgnbd({ frequency: cbs.x, recency: cbs.tx, T: cbs.T, unit: 'week' });
  const spendModel = fitGammaGamma({ frequency: cbs.x, monetaryValue: cbs.mx, unit: 'week' });
  const pick = (a: Float64Array) => a.subarray(0, 60);
  const base = {
    purchaseModel,
    spendModel,
    frequency: pick(cbs.x),
    recency: pick(cbs.tx),
    T: pick(cbs.T),
    monetaryValue: pick(cbs.mx),
    horizon: 52,
    unit: 'week' as const,
    annualDiscountRate: 0.1,
    margin: 0.3,
    steps: 13,
  };

  it('clvIntervals(input) brackets the point CLV of every CDNOW customer and widens with spend uncertainty', () => {
    const iv = clvIntervals(base, { draws: 150, level: 0.9, seed: 2 });
    const point = discountedClv({
      cumulativePurchases: (t) => expectedPurchases(purchaseModel, t, base.frequency, base.recency, base.T),
      expectedSpend: conditionalExpectedAverageSpend(spendModel, base.frequency, base.monetaryValue),
      horizon: 52,
      unit: 'week',
      annualDiscountRate: 0.1,
      margin: 0.3,
      steps: 13,
    });
    for (let i = 0; i < point.length; i++) {
      expect(iv.lower[i]).toBeLessThanOrEqual(point[i] * 1.0001);
      expect(iv.upper[i]).toBeGreaterThanOrEqual(point[i] * 0.9999);
    }
    // Spend uncertainty adds to purchase uncertainty: CLV bands are relatively wider than purchase bands.
    const x0 = base.frequency.findIndex((x) => x === 0);
    expect((iv.upper[x0] - iv.lower[x0]) / point[x0]).toBeGreaterThan(0.05);
  });

  it('clvIntervals(input) reports +∞ upper bounds when drawn q leaves the mean spend undefined', () => {
    // Gamma-Gamma with q barely above 1 and a wide SE: many draws have q ≤ 1, infinite spend for x = 0 customers.
    const shaky = { ...spendModel, params: { ...spendModel.params, q: 1.05 }, covariance: [[0.01, 0, 0], [0, 0.09, 0], [0, 0, 0.01]] };
    const iv = clvIntervals({ ...base, spendModel: shaky }, { draws: 50, seed: 1 });
    const x0 = base.frequency.findIndex((x) => x === 0);
    expect(iv.upper[x0]).toBe(Number.POSITIVE_INFINITY);
    const heavy = base.frequency.findIndex((x) => x >= 3);
    expect(Number.isFinite(iv.upper[heavy])).toBe(true);
  });
});

describe('clvIntervals input checks', () => {
  it('clvIntervals(input) names the caller\'s row of an invalid customer, even past the first block', async () => {
    const cbs = cdnowCbs();
    const purchaseModel = fitBgnbd({ frequency: cbs.x, recency: cbs.tx, T: cbs.T, unit: 'week' });
    const spendModel = fitGammaGamma({ frequency: cbs.x, monetaryValue: cbs.mx, unit: 'week' });
    const n = 10;
    const recency = cbs.tx.slice(0, n);
    const bad = cbs.x.findIndex((x) => x > 0);
    recency[bad] = cbs.T[bad] + 5; // t_x > T is impossible
    const input = {
      purchaseModel, spendModel, frequency: cbs.x.slice(0, n), recency, T: cbs.T.slice(0, n), monetaryValue: cbs.mx.slice(0, n),
      horizon: 52, unit: 'week' as const, annualDiscountRate: 0.1, margin: 0.3, steps: 4,
    };
    try {
      clvIntervals(input, { draws: 5, blockSize: 2 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues[0].row).toBe(bad + 1);
    }
  });
});
