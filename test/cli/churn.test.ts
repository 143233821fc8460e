import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CDNOW_READ_ARGS, parseCsv, runClv } from './run-clv.js';

const dir = mkdtempSync(join(tmpdir(), 'clv-churn-'));
const model = join(dir, 'churn.json');
const WINDOW = ['--calibration-end', '1997-09-30', '--observation-end', '1998-06-30'];

describe('clv churn', () => {
  beforeAll(() => {
    const run = runClv(['churn', 'train', 'datasets/CDNOW_sample.txt', ...CDNOW_READ_ARGS, ...WINDOW, '-o', model, '--json', '-q']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('clv churn train writes a versioned model file that records its backend', () => {
    const file = JSON.parse(readFileSync(model, 'utf8'));
    expect(file).toMatchObject({ kind: 'churn', version: 1, timeUnit: 'week' });
    expect(['tensorflow', 'wasm', 'cpu']).toContain(file.backend);
  });

  it('clv churn evaluate --json reports the model beside the BG/NBD baseline', () => {
    const run = runClv(['churn', 'evaluate', 'datasets/CDNOW_sample.txt', ...CDNOW_READ_ARGS, ...WINDOW, '--model', model, '--json', '-q']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    for (const key of ['auc', 'baselineAuc', 'logLoss', 'brier', 'backend']) expect(result).toHaveProperty(key);
    // All 2,357 CDNOW customers started before the calibration end, so all are labelled.
    expect(result.customers).toBe(2357);
    expect(result.auc).toBeGreaterThan(0.5);
    expect(result.auc).toBeLessThanOrEqual(1);
    expect(result.methods.map((m: { method: string }) => m.method)).toEqual(['model', 'bgnbd', 'bgnbd-p-alive', 'recency']);
  });

  it('clv predict --churn-model adds churn_probability for every customer', () => {
    const summary = join(dir, 'summary.csv');
    const bgnbd = join(dir, 'bgnbd.json');
    expect(runClv(['summarise', 'datasets/CDNOW_sample.txt', ...CDNOW_READ_ARGS, ...WINDOW, '-o', summary, '-q']).code).toBe(0);
    expect(runClv(['fit', summary, '--model', 'bgnbd', '-o', bgnbd, '-q']).code).toBe(0);
    const run = runClv(['predict', summary, '--model', bgnbd, '--horizon', '39', '--churn-model', model, '--transactions', 'datasets/CDNOW_sample.txt', ...CDNOW_READ_ARGS, '-q']);
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout);
    expect(rows).toHaveLength(2357);
    for (const row of rows) {
      const p = Number(row.churn_probability);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('clv churn train without --calibration-end exits 2', () => {
    const run = runClv(['churn', 'train', 'datasets/CDNOW_sample.txt', ...CDNOW_READ_ARGS, '-o', join(dir, 'x.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--calibration-end is required/);
  });

  it('clv churn evaluate with a corrupt model file exits 2', () => {
    const run = runClv(['churn', 'evaluate', 'datasets/CDNOW_sample.txt', ...CDNOW_READ_ARGS, '--model', 'datasets/README.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('README.md');
  });
});
