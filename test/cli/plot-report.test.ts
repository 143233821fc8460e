import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClv } from './run-clv.js';

const dir = mkdtempSync(join(tmpdir(), 'clv-plot-'));
const CDNOW = ['datasets/CDNOW_sample.txt', '--config', 'datasets/cdnow.config.json', '--no-churn', '-q'];

describe('clv plot and clv report', () => {
  it('clv plot tracking-cumulative writes a PNG (by the file extension)', () => {
    const out = join(dir, 'tracking.png');
    const run = runClv(['plot', 'tracking-cumulative', ...CDNOW, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect([...readFileSync(out).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // PNG signature
  });

  it('clv plot p-alive writes an SVG with the heatmap title', () => {
    const out = join(dir, 'p-alive.svg');
    const run = runClv(['plot', 'p-alive', ...CDNOW, '-o', out]);
    expect(run.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Probability a customer is still active');
  });

  it('clv plot churn-roc without a churn model exits 2 and says what is missing', () => {
    const run = runClv(['plot', 'churn-roc', ...CDNOW, '-o', join(dir, 'roc.png')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no churn model/);
  });

  it('clv plot with an unknown kind or extension exits 2', () => {
    expect(runClv(['plot', 'pie-chart', ...CDNOW, '-o', join(dir, 'x.png')]).code).toBe(2);
    expect(runClv(['plot', 'p-alive', ...CDNOW, '-o', join(dir, 'x.jpg')]).code).toBe(2);
  });

  it('clv report writes one self-contained HTML file with the holdout validation', () => {
    const out = join(dir, 'report.html');
    const run = runClv(['report', ...CDNOW, '-o', out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Holdout validation');
    expect(html).not.toContain('<script');
  });
});
