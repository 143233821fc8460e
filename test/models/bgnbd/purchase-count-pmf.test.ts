import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { expectedPurchasesNewCustomer } from '../../../src/models/bgnbd/expected-purchases-new-customer.js';
import { purchaseCountPmf } from '../../../src/models/bgnbd/purchase-count-pmf.js';
import { simulateBgnbd } from '../../../src/models/bgnbd/simulate.js';
import { CDNOW_PARAMS, makeModel } from './make-model.js';

describe('purchaseCountPmf', () => {
  it.each([1, 39, 520])('purchaseCountPmf(model, %d, n) sums to 1 over n and its mean equals expectedPurchasesNewCustomer (1e-12)', (t) => {
    const model = makeModel();
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 20_000; n++) {
      const p = purchaseCountPmf(model, t, n);
      total += p;
      mean += n * p;
      if (n > 50 && p < 1e-22) break;
    }
    expect(Math.abs(total - 1)).toBeLessThan(1e-12);
    expect(Math.abs(mean / expectedPurchasesNewCustomer(model, t) - 1)).toBeLessThan(1e-10);
  });

  it('purchaseCountPmf(model, 39, n) matches simulated frequencies of 200k new customers observed 39 weeks (4 SE)', () => {
    const sim = simulateBgnbd(CDNOW_PARAMS, { customers: 200_000, T: 39, seed: 17 });
    const counts = new Float64Array(6);
    sim.frequency.forEach((x) => {
      if (x < counts.length) counts[x]++;
    });
    for (let n = 0; n < counts.length; n++) {
      const share = counts[n] / sim.frequency.length;
      const p = purchaseCountPmf(makeModel(), 39, n);
      expect(Math.abs(share - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / sim.frequency.length));
    }
  });

  it('purchaseCountPmf(model, 0, n) is the point mass at 0, and has a positive decreasing tail for huge n', () => {
    expect(purchaseCountPmf(makeModel(), 0, 0)).toBe(1);
    expect(purchaseCountPmf(makeModel(), 0, 3)).toBe(0);
    // The negative-binomial tail decays like (t/(α+t))ⁿ ≈ 0.898ⁿ: positive, tiny and decreasing — not 0 or NaN.
    const far = purchaseCountPmf(makeModel(), 39, 2000);
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(purchaseCountPmf(makeModel(), 39, 1000));
    expect(purchaseCountPmf(makeModel(), 39, 1000)).toBeLessThan(purchaseCountPmf(makeModel(), 39, 100));
  });

  it('purchaseCountPmf rejects a non-integer count', () => {
    expect(() => purchaseCountPmf(makeModel(), 39, 1.5)).toThrow(UsageError);
  });
});
