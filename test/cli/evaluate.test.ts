import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CDNOW_READ_ARGS, ROOT, runClv } from './run-clv.js';

// BTYD's cdnowSummary (datasets/cdnow_cbs_btyd.csv): x and x.star per customer, an independent source of the
// holdout actuals and of the calibration frequency classes.
const btyd = readFileSync(join(ROOT, 'datasets/cdnow_cbs_btyd.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',').map(Number));

describe('clv evaluate on CDNOW', () => {
  const run = runClv(['evaluate', 'datasets/CDNOW_sample.txt', ...CDNOW_READ_ARGS, '--calibration-end', '1997-09-30', '--observation-end', '1998-06-30', '--json', '-q']);

  it('clv evaluate --json exits 0 and reports the holdout totals BTYD has', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.customers).toBe(2357);
    expect(result.purchases.totalActual).toBe(btyd.reduce((sum, row) => sum + row[4], 0)); // 1,882
    expect(result.fit.logLikelihood).toBeCloseTo(-9582.4, 1); // FHL 2005
    // AIC = 2k − 2LL with k = 4
    expect(result.fit.aic).toBeCloseTo(8 + 2 * 9582.43, 0);
  });

  it('clv evaluate counts customers per calibration frequency as BTYD does', () => {
    const result = JSON.parse(run.stdout);
    const classes = result.conditionalExpectations as { frequency: number; label: string; customers: number; actualMean: number }[];
    for (const row of classes) {
      const members = btyd.filter((r) => (row.label.endsWith('+') ? r[1] >= row.frequency : r[1] === row.frequency));
      expect(row.customers).toBe(members.length);
      expect(row.actualMean).toBeCloseTo(members.reduce((sum, r) => sum + r[4], 0) / members.length, 10);
    }
  });

  it('clv evaluate without --calibration-end exits 2', () => {
    const bad = runClv(['evaluate', 'datasets/CDNOW_sample.txt', ...CDNOW_READ_ARGS]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--calibration-end is required/);
  });
});
