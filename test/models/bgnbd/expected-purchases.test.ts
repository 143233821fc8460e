import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { expectedPurchases } from '../../../src/models/bgnbd/expected-purchases.js';
import { expectedPurchasesNewCustomer } from '../../../src/models/bgnbd/expected-purchases-new-customer.js';
import { simulateBgnbdTransactions } from '../../../src/models/bgnbd/simulate.js';
import { CDNOW_PARAMS, makeModel } from './make-model.js';

const f = (values: number[]) => new Float64Array(values);

// E[Y(t) | x, t_x, T] from a direct evaluation of FHL 2005 eq. 10 in mpmath 1.3.0 (50 digits, its own
// hyp2f1; a = 1 via a = 1 + 1e-25): [r, α, a, b], x, t_x, T, t, expected.
const MPMATH: [number[], number, number, number, number, number][] = [
  [[0.243, 4.414, 0.793, 2.426], 2, 30.43, 38.86, 39, 1.2260281747671444],
  [[0.243, 4.414, 0.793, 2.426], 0, 0, 38.86, 39, 0.19509805201126264],
  [[0.243, 4.414, 0.793, 2.426], 1, 1.71, 38.86, 52, 0.25982346486862243],
  [[0.243, 4.414, 0.793, 2.426], 500, 38.86, 38.86, 10, 106.13347265323209],
  [[0.243, 4.414, 0.793, 2.426], 500, 38.86, 38.86, 1000, 2255.068574663528],
  [[0.243, 4.414, 0.793, 2.426], 0, 0, 38.86, 5000, 4.9315639008518186],
  [[0.243, 4.414, 0.793, 2.426], 0, 0, 38.86, 200000, 18.800216007889746],
  [[0.243, 4.414, 0.793, 2.426], 3, 10, 38, 52, 0.44582571901584659],
  [[0.243, 4.414, 0.793, 2.426], 50, 20, 38, 200, 6.1721531564910208e-9],
  [[0.243, 4.414, 1, 2.426], 2, 30.43, 38.86, 10, 0.32944390466091647],
  [[0.243, 4.414, 1.0000001, 2.426], 2, 30.43, 38.86, 10, 0.32944389232924673],
  [[2.5, 0.7, 3.5, 0.4], 7, 3.2, 9.5, 4.5, 0.00045786071891149832],
  [[0.05, 30, 0.2, 8], 20, 200, 365, 365, 0.046062256874171078],
];

describe('expectedPurchases', () => {
  it('expectedPurchases(model, t, 0, 0, T = 0) equals E[X(t)] of a brand-new customer (FHL 2005 eq. 9)', () => {
    const model = makeModel(CDNOW_PARAMS);
    for (const t of [1, 39, 520]) {
      const [conditional] = expectedPurchases(model, t, f([0]), f([0]), f([0]));
      expect(conditional).toBeCloseTo(expectedPurchasesNewCustomer(model, t), 12);
    }
  });

  it('expectedPurchases(CDNOW params, 39, x = 2, t_x = 30.43, T = 38.86) is 1.226 (Hardie\'s BG/NBD spreadsheet, as tested by lifetimes)', () => {
    const [value] = expectedPurchases(makeModel(), 39, f([2]), f([30.43]), f([38.86]));
    expect(Math.abs(value - 1.226)).toBeLessThan(5e-4);
  });

  it.each(MPMATH)('expectedPurchases(%j, x = %d, t_x = %d, T = %d, t = %d) matches a 50-digit evaluation of eq. 10 to 1e-13', (p, x, tx, T, t, expected) => {
    const model = makeModel({ r: p[0], alpha: p[1], a: p[2], b: p[3] });
    const [value] = expectedPurchases(model, t, f([x]), f([tx]), f([T]));
    expect(Math.abs(value / expected - 1)).toBeLessThan(1e-13);
  });

  it('expectedPurchases matches eq. 10 in mpmath on a 288-point grid (8 parameter sets incl. a > 1 and a = 1 ± 0.03, x ≤ 6, z up to 0.994) to 2e-13', () => {
    // Fixture and its generator: test/models/bgnbd/fixtures/ (mpmath 1.3.0, 40 digits). The grid crosses
    // every evaluation path: plain series, the 1 − z connection formula (x ≤ 4, z > 0.6) and its fallback.
    const grid: [number[], number, number, number, number, number][] = JSON.parse(
      readFileSync('test/models/bgnbd/fixtures/conditional-expectation-grid.json', 'utf8'),
    );
    let worst = 0;
    for (const [p, x, tx, T, t, expected] of grid) {
      const model = makeModel({ r: p[0], alpha: p[1], a: p[2], b: p[3] });
      const [value] = expectedPurchases(model, t, f([x]), f([tx]), f([T]));
      worst = Math.max(worst, Math.abs(value / expected - 1));
    }
    expect(worst).toBeLessThan(2e-13);
  });

  it('expectedPurchases for an active heavy buyer (x = 500, t_x = T) is finite and close to the no-dropout bound (r+x)t/(α+T)', () => {
    const t = 1;
    for (const x of [500, 5_000, 100_000]) {
      const [value] = expectedPurchases(makeModel(), t, f([x]), f([38.86]), f([38.86]));
      const bound = ((CDNOW_PARAMS.r + x) * t) / (CDNOW_PARAMS.alpha + 38.86);
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeLessThan(bound);
      expect(value / bound).toBeGreaterThan(0.95);
    }
  });

  it('expectedPurchases for a heavy buyer who went quiet (x = 500, t_x = 5, T = 38.86) underflows cleanly to 0, not NaN (true value 2.75e-327)', () => {
    const [value] = expectedPurchases(makeModel(), 10, f([500]), f([5]), f([38.86]));
    expect(value).toBe(0);
  });

  it('expectedPurchases increases with the horizon and is 0 at t = 0; a per-customer horizon array is honoured', () => {
    const horizons = [0, 1, 5, 39, 520, 5200];
    const values = horizons.map((t) => expectedPurchases(makeModel(), t, f([3]), f([20]), f([38]))[0]);
    expect(values[0]).toBe(0);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
    const both = expectedPurchases(makeModel(), f([1, 39]), f([3, 3]), f([20, 20]), f([38, 38]));
    expect(Array.from(both)).toEqual([values[1], values[3]]);
  });

  it('expectedPurchases for x = 0 agrees with Monte Carlo: mean purchases in (T, T+t] of simulated customers with none in [0, T] (200k customers, 4 SE)', () => {
    const [T, t] = [20, 30];
    const sim = simulateBgnbdTransactions(CDNOW_PARAMS, { customers: 200_000, T: T + t, seed: 31 });
    let quiet = 0;
    let later = 0;
    let laterSq = 0;
    for (let i = 0; i < sim.T.length; i++) {
      let before = 0;
      let after = 0;
      for (let k = sim.offsets[i] + 1; k < sim.offsets[i + 1]; k++) {
        if (sim.times[k] <= T) before++;
        else after++;
      }
      if (before === 0) {
        quiet++;
        later += after;
        laterSq += after * after;
      }
    }
    const mean = later / quiet;
    const se = Math.sqrt((laterSq / quiet - mean * mean) / quiet);
    const [value] = expectedPurchases(makeModel(), t, f([0]), f([0]), f([T]));
    expect(Math.abs(value - mean)).toBeLessThan(4 * se);
  });

  it('expectedPurchases refuses a non-converged model unless allowUnconverged, and rejects negative horizons', () => {
    const unconverged = makeModel(CDNOW_PARAMS, false);
    expect(() => expectedPurchases(unconverged, 1, f([1]), f([1]), f([2]))).toThrow(/did not converge/);
    expect(expectedPurchases(unconverged, 1, f([1]), f([1]), f([2]), { allowUnconverged: true })[0]).toBeGreaterThan(0);
    expect(() => expectedPurchases(makeModel(), -1, f([1]), f([1]), f([2]))).toThrow(UsageError);
  });

  it('expectedPurchases does not modify its inputs', () => {
    const x = f([2, 0]);
    const tx = f([30.43, 0]);
    const T = f([38.86, 20]);
    expectedPurchases(makeModel(), 10, x, tx, T);
    expect(Array.from(x)).toEqual([2, 0]);
    expect(Array.from(tx)).toEqual([30.43, 0]);
    expect(Array.from(T)).toEqual([38.86, 20]);
  });
});
