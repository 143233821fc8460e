import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, ROOT, runClv } from './run-clv.js';

const dir = mkdtempSync(join(tmpdir(), 'clv-run-'));

describe('clv run', () => {
  it('clv run on CDNOW writes every output and accounts for every customer', () => {
    const out = join(dir, 'cdnow');
    const run = runClv(['run', 'datasets/CDNOW_sample.txt', '--config', 'datasets/cdnow.config.json', '--out', out, '--json', '-q']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.accounting).toMatchObject({ inputRows: 6919, inputCustomers: 2357, scoredCustomers: 2357, rejectedCustomers: 0 });
    for (const file of ['customers.csv', 'segments.csv', 'cac.json', 'manifest.json', 'rejects.csv', 'report.html', 'models/bgnbd.json', 'models/gamma-gamma.json', 'models/churn.json']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    const customers = parseCsv(readFileSync(join(out, 'customers.csv'), 'utf8'));
    expect(customers).toHaveLength(2357);
    expect(new Set(customers.map((c) => c.status))).toEqual(new Set(['scored']));
    for (const column of ['expected_purchases', 'p_alive', 'expected_avg_spend', 'predicted_ltv', 'churn_probability', 'value_tier', 'lifecycle', 'rfm_segment']) {
      expect(customers[0]).toHaveProperty(column);
    }
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    for (const heading of ['Models and fit', 'Holdout validation', 'Segments', 'Top 20 customers']) expect(report).toContain(heading);
    expect(report).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/); // self-contained: no scripts, no network
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.input.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.models.bgnbd.converged).toBe(true);
    // Value tiers partition the customers: segment counts add up to the whole base.
    const segments = parseCsv(readFileSync(join(out, 'segments.csv'), 'utf8'));
    const tierCount = segments.filter((s) => s.family === 'valueTier').reduce((sum, s) => sum + Number(s.customers), 0);
    expect(tierCount).toBe(2357);
  });

  it('clv run with rejected rows lists each customer once: scored, or rejected with its reason', () => {
    const input = join(dir, 'tx.csv');
    // The CDNOW sample as CSV (its real purchase patterns fit cleanly), plus three bad rows.
    const lines = ['customer_id,date,amount'];
    for (const line of readFileSync(join(ROOT, 'datasets/CDNOW_sample.txt'), 'utf8').trim().split(/\r?\n/)) {
      const [, id, date, , amount] = line.trim().split(/\s+/);
      lines.push(`${id},${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)},${amount}`);
    }
    lines.push('bad1,1998-02-30,5'); // impossible date: bad1 has no valid row
    lines.push(',1998-03-01,5'); // no customer id
    lines.push('0001,1998-03-05,-4'); // negative amount: customer 0001 keeps its other rows
    writeFileSync(input, `${lines.join('\n')}\n`);
    const out = join(dir, 'rejects-run');
    const run = runClv(['run', input, '--amount-col', 'amount', '--on-invalid', 'reject', '--no-churn', '--out', out, '--json', '-q']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { accounting } = JSON.parse(run.stdout);
    expect(accounting).toMatchObject({ inputRows: 6922, inputCustomers: 2358, scoredCustomers: 2357, rejectedCustomers: 1, rejectedRows: 3, rowsWithoutCustomerId: 1 });
    const customers = parseCsv(readFileSync(join(out, 'customers.csv'), 'utf8'));
    expect(customers).toHaveLength(2358);
    const bad = customers.find((c) => c.customer_id === 'bad1');
    expect(bad?.status).toBe('rejected');
    expect(bad?.reason).toMatch(/row \d+: date/);
    const rejects = parseCsv(readFileSync(join(out, 'rejects.csv'), 'utf8'));
    expect(rejects).toHaveLength(3);
  });

  it('clv run with intervals in the config brackets every point prediction', () => {
    const config = join(dir, 'intervals.config.json');
    const base = JSON.parse(readFileSync(join(ROOT, 'datasets/cdnow.config.json'), 'utf8'));
    writeFileSync(config, JSON.stringify({ ...base, intervals: { draws: 50, level: 0.9 } }));
    const out = join(dir, 'intervals');
    const run = runClv(['run', 'datasets/CDNOW_sample.txt', '--config', config, '--no-churn', '--out', out, '-q']);
    expect(run.code).toBe(0);
    const customers = parseCsv(readFileSync(join(out, 'customers.csv'), 'utf8'));
    let outside = 0;
    for (const c of customers) {
      const [lo, mid, hi] = [c.predicted_ltv_lower, c.predicted_ltv, c.predicted_ltv_upper].map(Number);
      expect(lo).toBeLessThanOrEqual(hi);
      if (mid < lo || mid > hi) outside++;
    }
    // The point prediction (at the MLE) sits inside its own 90% sampling interval for almost everyone.
    expect(outside / customers.length).toBeLessThan(0.05);
  });

  it('clv run --channel-file gives per-channel CAC ceilings from a customer attributes file (apparel)', () => {
    const out = join(dir, 'apparel');
    const run = runClv([
      'run', 'datasets/apparel_trans.csv', '--customer-col', 'Id', '--date-col', 'Date', '--amount-col', 'Price',
      '--channel-file', 'datasets/apparel_static_cov.csv', '--channel-col', 'Channel', '--no-churn', '--out', out, '-q',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const cac = JSON.parse(readFileSync(join(out, 'cac.json'), 'utf8'));
    // Customers per channel, counted straight from the attributes file.
    const rows = parseCsv(readFileSync(join(ROOT, 'datasets/apparel_static_cov.csv'), 'utf8'));
    const expected = Object.fromEntries(['0', '1'].map((c) => [c, rows.filter((r) => r.Channel === c).length]));
    expect(Object.fromEntries(cac.byChannel.map((g: { group: string; customers: number }) => [g.group, g.customers]))).toEqual(expected);
    for (const group of cac.byChannel) expect(group.ceiling).toBeCloseTo(Math.min(group.ratioCeiling, group.paybackCeiling), 10);
    const customers = parseCsv(readFileSync(join(out, 'customers.csv'), 'utf8'));
    expect(customers).toHaveLength(600);
    expect(customers[0]).toHaveProperty('Channel');
  });

  it('clv run rejects an invalid intervals setting', () => {
    const config = join(dir, 'bad-intervals.config.json');
    writeFileSync(config, JSON.stringify({ intervals: { level: 90 } }));
    const run = runClv(['run', 'datasets/CDNOW_sample.txt', '--config', config, '--out', join(dir, 'z')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/intervals\.level/);
  });

  it('clv run with a bad config exits 2 naming the key', () => {
    const config = join(dir, 'bad.config.json');
    writeFileSync(config, JSON.stringify({ margin: 30 }));
    const run = runClv(['run', 'datasets/CDNOW_sample.txt', '--config', config, '--out', join(dir, 'x')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/margin/);
    expect(run.stderr).toContain('bad.config.json');
  });

  it('clv run with an unknown config key exits 2', () => {
    const config = join(dir, 'typo.config.json');
    writeFileSync(config, JSON.stringify({ horizonMonth: 12 }));
    const run = runClv(['run', 'datasets/CDNOW_sample.txt', '--config', config, '--out', join(dir, 'y')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/horizonMonth.*unknown key/s);
  });

  it('clv run without --out exits 2', () => {
    const run = runClv(['run', join(ROOT, 'datasets/CDNOW_sample.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out/);
  });
});
