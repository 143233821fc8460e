import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { fitBgnbd } from '../../../src/models/bgnbd/fit.js';
import { simulateBgnbd } from '../../../src/models/bgnbd/simulate.js';
import { loadCbs } from './load-cbs.js';

const cdnow = loadCbs('cdnow_customers_summary.csv', { x: 'frequency', tx: 'recency', T: 'T' });

describe('fitBgnbd', () => {
  const model = fitBgnbd(cdnow);

  it('fitBgnbd(CDNOW summary) gives r = 0.243, α = 4.414, a = 0.793, b = 2.426 and LL = −9582.4 (FHL 2005, §5)', () => {
    expect(model.params.r).toBeCloseTo(0.243, 3);
    expect(model.params.alpha).toBeCloseTo(4.414, 3);
    expect(model.params.a).toBeCloseTo(0.793, 3);
    expect(model.params.b).toBeCloseTo(2.426, 3);
    expect(model.logLikelihood).toBeCloseTo(-9582.4, 1);
    expect(model.converged).toBe(true);
    expect(model.diagnostics.hessianPositiveDefinite).toBe(true);
    expect(model.timeUnit).toBe('week');
  });

  it('fitBgnbd(CDNOW from BTYD, unrounded weeks) also reproduces the published estimates to 3 significant figures', () => {
    const m = fitBgnbd(loadCbs('cdnow_cbs_btyd.csv', { x: 'x', tx: 't.x', T: 'T.cal' }));
    expect([m.params.r, m.params.alpha, m.params.a, m.params.b].map((v) => Number(v.toPrecision(3)))).toEqual([0.243, 4.41, 0.793, 2.43]);
    expect(m.logLikelihood).toBeCloseTo(-9582.4, 1);
  });

  it('fitBgnbd keeps customers first seen on the last day (T = 0): their likelihood is 1, so the fit is unchanged', () => {
    const zeros = 25;
    const withNew = {
      frequency: Float64Array.from([...cdnow.frequency, ...new Array(zeros).fill(0)]),
      recency: Float64Array.from([...cdnow.recency, ...new Array(zeros).fill(0)]),
      T: Float64Array.from([...cdnow.T, ...new Array(zeros).fill(0)]),
      unit: cdnow.unit,
    };
    const m = fitBgnbd(withNew);
    expect(m.logLikelihood).toBeCloseTo(model.logLikelihood, 6);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(m.params[name]).toBeCloseTo(model.params[name], 5);
    expect(m.provenance.customers).toBe(cdnow.frequency.length + zeros);
  });

  it('fitBgnbd(sim_bgnbd_10k) reaches the log-likelihood R BTYD/CLVTools report, −42172.8686', () => {
    const m = fitBgnbd(loadCbs('sim_bgnbd_10k_cbs.csv', { x: 'x', tx: 't.x', T: 'T.cal' }));
    expect(m.logLikelihood).toBeCloseTo(-42172.8686, 3);
  });

  it('fitBgnbd on the same data in days gives α × 7, the same r, a, b, and LL lower by Σx·ln 7 (density of x event times)', () => {
    const days = fitBgnbd({ ...cdnow, recency: cdnow.recency.map((v) => v * 7), T: cdnow.T.map((v) => v * 7), unit: 'day' });
    expect(days.params.alpha / model.params.alpha).toBeCloseTo(7, 6);
    expect(days.params.r).toBeCloseTo(model.params.r, 7);
    expect(days.params.b).toBeCloseTo(model.params.b, 6);
    const sumX = cdnow.frequency.reduce((s, v) => s + v, 0);
    expect(days.logLikelihood).toBeCloseTo(model.logLikelihood - sumX * Math.log(7), 5);
    expect(days.timeUnit).toBe('day');
  });

  it('fitBgnbd returns a frozen JSON-serialisable model with diagnostics and provenance', () => {
    expect(Object.isFrozen(model) && Object.isFrozen(model.params)).toBe(true);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(model.kind).toBe('bgnbd');
    expect(model.paramNames).toEqual(['r', 'alpha', 'a', 'b']);
    expect(model.provenance.customers).toBe(2357);
    expect(model.provenance.patterns).toBeLessThan(2357);
    expect(model.covariance![0][1]).toBe(model.covariance![1][0]);
    // Delta method: SE(θ) = θ·SE(log θ) on the diagonal.
    expect(model.standardErrors!.r ** 2).toBeCloseTo(model.covariance![0][0], 12);
  });

  it.each([
    { r: 1, alpha: 1, a: 1, b: 1 },
    { r: 50, alpha: 0.01, a: 20, b: 0.05 },
    { r: 0.001, alpha: 1000, a: 0.01, b: 100 },
  ])('fitBgnbd(CDNOW, { initialParams: %j }) reaches the same optimum from a poor start (1e-6 relative)', (initialParams) => {
    const m = fitBgnbd(cdnow, { initialParams });
    expect(m.converged).toBe(true);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(m.params[name] / model.params[name] - 1)).toBeLessThan(1e-6);
  });

  it('fitBgnbd refuses data without any repeat purchase (no maximum exists) with InputError', () => {
    const T = new Float64Array(50).fill(30);
    expect(() => fitBgnbd({ frequency: new Float64Array(50), recency: new Float64Array(50), T, unit: 'week' })).toThrow(/no.*repeat purchase|none of the 50 customers/);
  });

  it('fitBgnbd on RfmArrays names the customer id of a bad row', () => {
    const rfm = {
      customerId: ['a', 'b'],
      frequency: new Float64Array([1, 2]),
      recency: new Float64Array([3, 9]),
      T: new Float64Array([5, 8]),
      monetaryValue: new Float64Array(2),
      unit: 'week' as const,
    };
    expect(() => fitBgnbd(rfm)).toThrow(/row 2, column recency: recency exceeds T \(8\) \(customer b\)/);
  });

  it('fitBgnbd(CDNOW, { maxIterations: 2 }) reports converged: false and why, instead of throwing', () => {
    const m = fitBgnbd(cdnow, { maxIterations: 2 });
    expect(m.converged).toBe(false);
    expect(m.diagnostics.message).toMatch(/maxIterations = 2/);
  });

  it('fitBgnbd with penalizerCoef 0.1 shrinks every parameter (L2 penalty on natural scale, as lifetimes)', () => {
    const m = fitBgnbd(cdnow, { penalizerCoef: 0.1 });
    for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(m.params[name]).toBeLessThan(model.params[name]);
    expect(m.diagnostics.penalizerCoef).toBe(0.1);
    expect(m.logLikelihood).toBeLessThan(model.logLikelihood);
  });

  it('fitBgnbd does not modify its input arrays', () => {
    const copy = { ...cdnow, frequency: cdnow.frequency.slice(), recency: cdnow.recency.slice(), T: cdnow.T.slice() };
    fitBgnbd(copy);
    expect(copy.frequency).toEqual(cdnow.frequency);
    expect(copy.recency).toEqual(cdnow.recency);
    expect(copy.T).toEqual(cdnow.T);
  });

  it('fitBgnbd rejects impossible rows in one InputError naming row, column and value', () => {
    const bad = {
      frequency: new Float64Array([1, -1, 2.5, 0, 3, 2]),
      recency: new Float64Array([5, 0, 3, 2, 40, 0]),
      T: new Float64Array([10, 10, 10, 10, 30, 10]),
      unit: 'week' as const,
    };
    let error: unknown;
    try {
      fitBgnbd(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const issues = (error as InputError).issues;
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'frequency'],
      [3, 'frequency'],
      [4, 'recency'],
      [5, 'recency'],
      [6, 'recency'],
    ]);
    expect(issues[3].reason).toMatch(/exceeds T/);
    expect(() => fitBgnbd({ ...bad, frequency: new Float64Array(0), recency: new Float64Array(0), T: new Float64Array(0) })).toThrow(InputError);
  });

  it('fitBgnbd recovers known parameters from 50,000 simulated customers (seed 2024) within 4 standard errors', () => {
    const truth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const T = new Float64Array(50_000).map((_, i) => 20 + (i % 60));
    const data = simulateBgnbd(truth, { customers: 50_000, T, seed: 2024 });
    const fit = fitBgnbd(data);
    expect(fit.converged).toBe(true);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(4 * fit.standardErrors![name]);
    }
  });

  it('fitBgnbd with a subsample warm start lands on the same optimum as a full fit (120k customers, 1e-6 relative)', () => {
    const truth = { r: 0.5, alpha: 8, a: 1.2, b: 3.5 };
    const data = simulateBgnbd(truth, { customers: 120_000, T: new Float64Array(120_000).map((_, i) => 5 + (i % 97) * 0.5), seed: 9 });
    const warm = fitBgnbd(data, { subsampleSize: 20_000 });
    const full = fitBgnbd(data, { subsampleSize: 0 });
    expect(warm.provenance.patterns).toBeGreaterThan(40_000);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(warm.params[name] / full.params[name] - 1)).toBeLessThan(1e-6);
    }
    expect(warm.logLikelihood).toBeCloseTo(full.logLikelihood, 6);
  });
});
