import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CDNOW_READ_ARGS, parseCsv, ROOT, runClv } from './run-clv.js';

const dir = mkdtempSync(join(tmpdir(), 'clv-cli-'));
const summaryPath = join(dir, 'summary.csv');
const bgnbdPath = join(dir, 'bgnbd.json');
const ggPath = join(dir, 'gg.json');
const cdnow = join(ROOT, 'datasets/CDNOW_sample.txt');

// Published summary (lifetimes' cdnow_customers_summary.csv: 2-decimal weeks, calibration end 1997-09-30).
const published = parseCsv(readFileSync(join(ROOT, 'datasets/cdnow_customers_summary.csv'), 'utf8'));

describe('clv summarise | fit | predict on CDNOW', () => {
  beforeAll(() => {
    const run = runClv(['summarise', cdnow, ...CDNOW_READ_ARGS, '--calibration-end', '1997-09-30', '--observation-end', '1998-06-30', '-o', summaryPath, '-q']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('clv summarise writes one row per customer matching the published CDNOW summary', () => {
    const rows = parseCsv(readFileSync(summaryPath, 'utf8'));
    expect(rows).toHaveLength(2357);
    expect(Object.keys(rows[0])).toEqual([
      'customer_id', 'frequency', 'recency', 'T', 'monetary_value', 'frequency_holdout', 'monetary_value_holdout', 'duration_holdout',
    ]);
    // CDNOW_sample.txt writes ids zero-padded (0001); the published file writes 1.
    const byId = new Map(rows.map((row) => [String(Number(row.customer_id)), row]));
    for (const expected of published) {
      const row = byId.get(expected.ID);
      expect(row, `customer ${expected.ID}`).toBeDefined();
      expect(Number(row?.frequency)).toBe(Number(expected.frequency));
      expect(Number(row?.recency)).toBeCloseTo(Number(expected.recency), 2);
      expect(Number(row?.T)).toBeCloseTo(Number(expected.T), 2);
    }
    // BTYD's cdnowSummary: 1,882 repeat transactions in the 39-week holdout.
    expect(rows.reduce((sum, row) => sum + Number(row.frequency_holdout), 0)).toBe(1882);
  });

  it('clv summarise reads stdin with "-" and gives the same rows', () => {
    const run = runClv(['summarise', '-', ...CDNOW_READ_ARGS, '--calibration-end', '1997-09-30', '--observation-end', '1998-06-30', '-q'], {
      input: readFileSync(cdnow, 'utf8'),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(summaryPath, 'utf8'));
  });

  it('clv fit --model bgnbd reproduces Fader, Hardie & Lee (2005) and reports it as JSON', () => {
    const run = runClv(['fit', summaryPath, '--model', 'bgnbd', '-o', bgnbdPath, '--json', '-q']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    // FHL 2005, section 5: r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4
    expect(result.params.r).toBeCloseTo(0.243, 3);
    expect(result.params.alpha).toBeCloseTo(4.414, 2);
    expect(result.params.a).toBeCloseTo(0.793, 3);
    expect(result.params.b).toBeCloseTo(2.426, 2);
    expect(result.logLikelihood).toBeCloseTo(-9582.4, 1);
    expect(result.converged).toBe(true);
    const file = JSON.parse(readFileSync(bgnbdPath, 'utf8'));
    expect(file.kind).toBe('bgnbd');
    expect(file.timeUnit).toBe('week');
    expect(Object.keys(file.standardErrors)).toEqual(['r', 'alpha', 'a', 'b']);
  });

  it('clv fit --model gamma-gamma reproduces Fader & Hardie (2013): p = 6.25, q = 3.74, γ = 15.44', () => {
    const run = runClv(['fit', summaryPath, '--model', 'gamma-gamma', '-o', ggPath, '--json', '-q']);
    expect(run.code).toBe(0);
    const { params } = JSON.parse(run.stdout);
    expect(params.p).toBeCloseTo(6.25, 1);
    expect(params.q).toBeCloseTo(3.74, 1);
    expect(params.v).toBeCloseTo(15.44, 1);
  });

  it('clv predict writes expected purchases, P(alive), spend and CLV for every customer', () => {
    const out = join(dir, 'predictions.csv');
    const run = runClv(['predict', summaryPath, '--model', bgnbdPath, '--spend-model', ggPath, '--horizon', '39', '--discount-rate', '0.1', '--margin', '0.3', '-o', out, '-q']);
    expect(run.code).toBe(0);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    expect(rows).toHaveLength(2357);
    expect(Object.keys(rows[0])).toEqual(['customer_id', 'expected_purchases', 'p_alive', 'expected_avg_spend', 'clv']);
    for (const row of rows) {
      expect(Number(row.p_alive)).toBeGreaterThan(0);
      expect(Number(row.p_alive)).toBeLessThanOrEqual(1);
      expect(Number(row.clv)).toBeGreaterThanOrEqual(0);
    }
    // Customer 0001 (x = 2, t_x = 30.43, T = 38.86): Hardie's BG/NBD spreadsheet gives
    // E[Y(39) | x, t_x, T] = 1.226 with the published CDNOW parameters.
    expect(Number(rows[0].expected_purchases)).toBeCloseTo(1.226, 2);
  });

  it('clv predict refuses a model that did not converge unless --allow-unconverged', () => {
    const model = JSON.parse(readFileSync(bgnbdPath, 'utf8'));
    const bad = join(dir, 'unconverged.json');
    writeFileSync(bad, JSON.stringify({ ...model, converged: false, diagnostics: { ...model.diagnostics, converged: false, message: 'iteration limit reached' } }));
    const refused = runClv(['predict', summaryPath, '--model', bad, '--horizon', '10', '-q']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/did not converge.*--allow-unconverged/s);
    const allowed = runClv(['predict', summaryPath, '--model', bad, '--horizon', '10', '--allow-unconverged', '-q']);
    expect(allowed.code).toBe(0);
  });
});

describe('clv exit codes and messages', () => {
  it('clv --help lists the commands and exits 0', () => {
    const run = runClv(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['summarise', 'fit', 'predict']) expect(run.stdout).toContain(command);
  });

  it('an unknown option exits 2', () => {
    const run = runClv(['summarise', cdnow, '--no-such-option']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option/);
  });

  it('a missing --horizon exits 2 with a message', () => {
    const run = runClv(['predict', summaryPath, '--model', bgnbdPath]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--horizon is required/);
  });

  it('a corrupt model file exits 2 naming the file', () => {
    const bad = join(dir, 'corrupt.json');
    writeFileSync(bad, '{"kind": "bgnbd"');
    const run = runClv(['predict', summaryPath, '--model', bad, '--horizon', '5']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('corrupt.json');
  });

  it('a malformed transaction file exits 2 naming the row, column and value', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'customer_id,date,amount\na,2020-01-01,10\nb,2020-13-45,5\n');
    const run = runClv(['summarise', bad, '--amount-col', 'amount']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/row 2/);
    expect(run.stderr).toMatch(/date/);
    expect(run.stderr).toContain('2020-13-45');
  });

  it('--on-invalid reject keeps going and writes every rejected row beside the output', () => {
    const bad = join(dir, 'bad2.csv');
    writeFileSync(bad, 'customer_id,date,amount\na,2020-01-01,10\nb,not-a-date,5\na,2020-01-08,-3\n');
    const out = join(dir, 'bad2-summary.csv');
    const run = runClv(['summarise', bad, '--amount-col', 'amount', '--on-invalid', 'reject', '-o', out]);
    expect(run.code).toBe(0);
    const rejects = parseCsv(readFileSync(join(dir, 'bad2-summary.rejects.csv'), 'utf8'));
    expect(rejects.map((r) => [r.row, r.customer_id])).toEqual([['2', 'b'], ['3', 'a']]);
    const summary = parseCsv(readFileSync(out, 'utf8'));
    expect(summary.map((r) => r.customer_id)).toEqual(['a']);
  });
});
