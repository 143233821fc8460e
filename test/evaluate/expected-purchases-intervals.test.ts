import { describe, expect, it } from 'vitest';
import { FitError } from '../../src/errors.js';
import { expectedPurchasesIntervals } from '../../src/evaluate/expected-purchases-intervals.js';
import { expectedPurchases, fitBgnbd, simulateBgnbd, type BgnbdParams } from '../../src/models/bgnbd/index.js';
import { conditionalExpected } from './bgnbd-reference.js';
import { cdnowCbs } from './cdnow-fixtures.js';

describe('expectedPurchasesIntervals', () => {
  const cbs = cdnowCbs();
  const model = fitBgnbd({ frequency: cbs.x, recency: cbs.tx, T: cbs.T, unit: 'week' });

  it('expectedPurchasesIntervals(model, 39, ...) brackets the CDNOW point forecasts', () => {
    const x = cbs.x.subarray(0, 200);
    const tx = cbs.tx.subarray(0, 200);
    const T = cbs.T.subarray(0, 200);
    const iv = expectedPurchasesIntervals(model, 39, x, tx, T, { draws: 200, level: 0.9, seed: 3 });
    const point = expectedPurchases(model, 39, x, tx, T);
    let inside = 0;
    for (let i = 0; i < 200; i++) {
      expect(iv.lower[i]).toBeLessThanOrEqual(iv.median[i]);
      expect(iv.median[i]).toBeLessThanOrEqual(iv.upper[i]);
      if (iv.lower[i] <= point[i] && point[i] <= iv.upper[i]) inside++;
    }
    // The estimate is the centre of the parameter distribution, so it sits inside (nearly) every band.
    expect(inside).toBeGreaterThanOrEqual(198);
    // With 2,357 customers the parameters are tight: a 90% band on 39 weeks is a few % wide for a typical customer.
    const relativeWidth = (iv.upper[0] - iv.lower[0]) / point[0];
    expect(relativeWidth).toBeGreaterThan(0.005);
    expect(relativeWidth).toBeLessThan(0.5);
  });

  it('expectedPurchasesIntervals(...) throws FitError for a model without covariance', () => {
    expect(() => expectedPurchasesIntervals({ ...model, covariance: null }, 1, cbs.x, cbs.tx, cbs.T)).toThrow(FitError);
  });

  it('expectedPurchasesIntervals(...) covers the true-parameter forecast in about 90% of simulated data sets', () => {
    // Seeded coverage study: 40 data sets of 1,500 BG/NBD customers observed for 39 weeks.
    const truth: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }; // FHL 2005, Table 1
    const probe = { x: Float64Array.of(0, 2, 7), tx: Float64Array.of(0, 30, 37), T: Float64Array.of(39, 39, 39) };
    // Reference forecasts from the independent eq. 10 implementation at the true parameters.
    const target = Array.from(probe.x, (x, i) => conditionalExpected(truth, 39, x, probe.tx[i], probe.T[i]));
    let covered = 0;
    let trials = 0;
    for (let rep = 0; rep < 40; rep++) {
      const sim = simulateBgnbd(truth, { customers: 1500, T: 39, seed: 1000 + rep });
      const fitted = fitBgnbd(sim);
      if (!fitted.converged || !fitted.covariance) continue;
      const iv = expectedPurchasesIntervals(fitted, 39, probe.x, probe.tx, probe.T, { draws: 200, level: 0.9, seed: rep });
      for (let i = 0; i < 3; i++) {
        trials++;
        if (iv.lower[i] <= target[i] && target[i] <= iv.upper[i]) covered++;
      }
    }
    expect(trials).toBeGreaterThanOrEqual(3 * 38);
    // Nominal 90%; with 40 correlated replications the binomial SE is ≈ 5%, so accept 75–99%.
    const coverage = covered / trials;
    expect(coverage).toBeGreaterThan(0.75);
    expect(coverage).toBeLessThan(0.99);
  });
});
