import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render-report.js';
import type { ReportInput, ReportModel } from '../../src/report/report-input.js';
import { cdnowReportInput } from './cdnow-report-input.js';

/** Debian's chromium package; CI installs it (apt-get install chromium). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The CDNOW report is built once (≈ 3 s) and shared by the checks below.
let cdnowInput: ReportInput;
let cdnowHtml: string;
beforeAll(async () => {
  cdnowInput = cdnowReportInput();
  cdnowHtml = await renderReport(cdnowInput);
});

const diagnostics = {
  converged: true,
  message: 'ok',
  iterations: 5,
  functionEvaluations: 6,
  gradientNorm: 1e-9,
  hessianPositiveDefinite: true,
  penalizerCoef: 0,
  elapsedMs: 3,
};
const bgnbd: ReportModel = {
  kind: 'bgnbd',
  timeUnit: 'week',
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  paramNames: ['r', 'alpha', 'a', 'b'],
  standardErrors: { r: 0.0126, alpha: 0.378, a: 0.186, b: 0.705 },
  covariance: null,
  logLikelihood: -9582.43,
  converged: true,
  diagnostics,
  provenance: { customers: 2357, patterns: 1016 },
};

describe('renderReport', () => {
  it('renderReport({ models }) shows only the sections it has input for', async () => {
    const html = await renderReport({ models: [bgnbd] });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<h2>Models and fit</h2>');
    expect(html).not.toContain('<h2>Holdout validation</h2>');
    expect(html).not.toContain('<h2>Segments</h2>');
    expect(html).not.toContain('<figure>');
    // FHL 2005 LL −9582.4 with k = 4, n = 2357: AIC = 8 + 2·9582.43 = 19,172.86.
    expect(html).toContain('19,172.86');
    // Mean purchase rate r/α = 0.243/4.414 = 0.0551 per week; dropout a/(a+b) = 24.6%.
    expect(html).toContain('0.0551 times per week');
    expect(html).toContain('24.6%');
  });

  it('renderReport(input) escapes every user string', async () => {
    const html = await renderReport({
      title: '<script>alert(1)</script>',
      run: { dataSource: '"><img src=x onerror=alert(1)>' },
      customers: { customerId: ['<b>x</b>', 'y'], clv: [2, 1] },
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('renderReport(input) warns about a fit that did not converge and one without standard errors', async () => {
    const html = await renderReport({
      models: [{ ...bgnbd, converged: false, standardErrors: null, diagnostics: { ...diagnostics, converged: false, message: 'iteration limit' } }],
    });
    expect(html).toContain('class="warnings"');
    expect(html).toContain('did not converge (iteration limit)');
    expect(html).toContain('no standard errors');
  });

  it('renderReport(cdnow) is deterministic, loads nothing, and gives every inline SVG unique ids', async () => {
    const html = cdnowHtml;
    // Compared as a boolean: a failing string diff would print half a megabyte.
    expect((await renderReport(cdnowInput)) === html).toBe(true);
    // No external resources: no src=, no <link>, no url() other than in-page fragment references.
    expect(html).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<link\b/);
    expect(html).not.toMatch(/<script\b/);
    expect(html.match(/url\((?!#)/g)).toBeNull();
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Every url(#id) points at an id of the page.
    for (const ref of html.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
    for (const heading of ['Summary', 'Models and fit', 'Holdout validation', 'Customer value', 'Segments', 'Acquisition cost ceilings', 'Churn and activity scores', 'Top 20 customers']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    // CDNOW holdout total (FHL 2005) appears in the validation facts.
    expect(html).toContain('<dd>1,882</dd>');
    expect(html.match(/<figure>/g)).toHaveLength(12);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('renderReport in headless Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clvkit-report-'));
    file = join(dir, 'report.html');
    writeFileSync(file, cdnowHtml);
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renderReport(cdnow) opens without console errors or any request beyond the file itself', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);
    expect(problems).toEqual([]);
    expect(requests).toEqual([`file://${file}`]);
    await page.close();
  });

  it('renderReport(cdnow) lays out every section and draws every plot with a real size', async () => {
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['Summary', 'Models and fit', 'Holdout validation', 'Customer value', 'Segments', 'Top 20 customers']));
    const sizes = await page.locator('figure svg').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes).toHaveLength(12);
    for (const [w, h] of sizes) {
      expect(w).toBeGreaterThan(250);
      expect(h).toBeGreaterThan(150);
    }
    // Every table-of-contents link leads to a section of the page.
    const targets = await page.locator('nav.toc a').evaluateAll((links) => links.map((a) => document.querySelector(a.getAttribute('href') ?? '') !== null));
    expect(targets.every(Boolean)).toBe(true);
    // The page fits the viewport width (no horizontal scrolling of the whole page).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const shot = await page.screenshot({ fullPage: true });
    expect(shot.byteLength).toBeGreaterThan(50_000);
    if (process.env.CLVKIT_REPORT_SCREENSHOT) writeFileSync(process.env.CLVKIT_REPORT_SCREENSHOT, shot);
    await page.close();
  });
});
