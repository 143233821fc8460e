import { describe, expect, it } from 'vitest';
import { expectedPurchasesNewCustomer } from '../../../src/models/bgnbd/expected-purchases-new-customer.js';
import { fitBgnbd } from '../../../src/models/bgnbd/fit.js';
import { simulateBgnbd } from '../../../src/models/bgnbd/simulate.js';
import { loadCbs } from './load-cbs.js';
import { CDNOW_PARAMS, makeModel } from './make-model.js';

describe('expectedPurchasesNewCustomer', () => {
  it('expectedPurchasesNewCustomer(CDNOW fit, t) reproduces Hardie\'s spreadsheet values used by lifetimes\' tests (±1e-3)', () => {
    const model = fitBgnbd(loadCbs('cdnow_customers_summary.csv', { x: 'frequency', tx: 'recency', T: 'T' }));
    const times = new Float64Array([0.1429, 1.0, 3.0, 31.8571, 32.0, 78.0]);
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    const values = expectedPurchasesNewCustomer(model, times);
    expected.forEach((e, i) => expect(Math.abs(values[i] - e)).toBeLessThan(1e-3));
  });

  it('expectedPurchasesNewCustomer(CDNOW params, 39) is 1.1967231933208168 (eq. 9 evaluated in mpmath 1.3.0 at 50 digits) to 1e-14', () => {
    expect(Math.abs(expectedPurchasesNewCustomer(makeModel(), 39) / 1.1967231933208168 - 1)).toBeLessThan(1e-14);
  });

  it('expectedPurchasesNewCustomer(model, 39) matches the mean frequency of 200k simulated customers observed 39 weeks (4 SE)', () => {
    const sim = simulateBgnbd(CDNOW_PARAMS, { customers: 200_000, T: 39, seed: 23 });
    let sum = 0;
    let sumSq = 0;
    sim.frequency.forEach((x) => {
      sum += x;
      sumSq += x * x;
    });
    const n = sim.frequency.length;
    const mean = sum / n;
    const se = Math.sqrt((sumSq / n - mean * mean) / n);
    expect(Math.abs(expectedPurchasesNewCustomer(makeModel(), 39) - mean)).toBeLessThan(4 * se);
  });

  it('expectedPurchasesNewCustomer is continuous through a = 1, where eq. 9 has a removable 0/0', () => {
    const at = (a: number) => expectedPurchasesNewCustomer(makeModel({ ...CDNOW_PARAMS, a }), 39);
    const exact = at(1);
    expect(Number.isFinite(exact)).toBe(true);
    expect(Math.abs(at(1 + 1e-7) - exact)).toBeLessThan(1e-6 * exact);
    expect(Math.abs(at(1 - 1e-7) - exact)).toBeLessThan(1e-6 * exact);
  });
});
