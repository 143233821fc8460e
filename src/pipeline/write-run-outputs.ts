/**
 * Writes what `clv run` produces into one folder: customers.csv (one row per
 * input customer), segments.csv, cac.json, the model files, rejects.csv and
 * manifest.json (input hash, row accounting, versions, timings, convergence).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCsv, type CsvColumns } from '../io/csv.js';
import { saveModel } from '../io/model-file.js';
import { writeRejects } from '../io/rejects.js';
import { CLVKIT_VERSION } from '../version.js';
import type { RunResult } from './run-pipeline.js';

export interface RunOutputFiles {
  readonly customers: string;
  readonly segments: string;
  readonly cac: string;
  readonly rejects: string;
  readonly manifest: string;
  readonly report: string;
  readonly models: Readonly<Record<string, string>>;
}

/** customers.csv columns: scored customers first (input order), then rejected ones with their reasons. */
export function customerColumns(result: RunResult): CsvColumns {
  const { rfm, scores, segments, rejectedCustomers } = result;
  const scored = rfm.customerId.length;
  const rejected = rejectedCustomers.length;
  const pad = <T>(values: ArrayLike<T>, blank: T) => [...Array.from(values), ...new Array<T>(rejected).fill(blank)];
  const columns: Record<string, unknown[]> = {
    customer_id: [...rfm.customerId, ...rejectedCustomers.map((c) => c.customerId)],
    status: [...new Array<string>(scored).fill('scored'), ...new Array<string>(rejected).fill('rejected')],
    reason: [...new Array<string>(scored).fill(''), ...rejectedCustomers.map((c) => c.reason)],
    frequency: pad(rfm.frequency, NaN),
    recency: pad(rfm.recency, NaN),
    T: pad(rfm.T, NaN),
    monetary_value: pad(rfm.monetaryValue, NaN),
    historical_revenue: pad(result.historicalRevenue, NaN),
    expected_purchases: pad(scores.expectedPurchases, NaN),
    p_alive: pad(scores.pAlive, NaN),
    expected_avg_spend: pad(scores.expectedAvgSpend, NaN),
    predicted_ltv: pad(scores.clv, NaN),
  };
  if (result.intervals) {
    const { expectedPurchases, predictedLtv } = result.intervals;
    columns.expected_purchases_lower = pad(expectedPurchases.lower, NaN);
    columns.expected_purchases_upper = pad(expectedPurchases.upper, NaN);
    columns.predicted_ltv_lower = pad(predictedLtv.lower, NaN);
    columns.predicted_ltv_upper = pad(predictedLtv.upper, NaN);
  }
  if (result.churnProbability) columns.churn_probability = pad(result.churnProbability, NaN);
  columns.value_tier = pad(segments.valueTier, '');
  if (segments.lifecycle) columns.lifecycle = pad(segments.lifecycle, '');
  if (segments.rfmScores) {
    columns.r_score = pad(segments.rfmScores.r, NaN);
    columns.f_score = pad(segments.rfmScores.f, NaN);
    columns.m_score = pad(segments.rfmScores.m, NaN);
  }
  if (segments.rfmSegment) columns.rfm_segment = pad(segments.rfmSegment, '');
  if (result.channel && result.config.channelCol) columns[result.config.channelCol] = pad(result.channel, '');
  // Rejected customers have no numbers: write empty cells, not "NaN".
  for (const values of Object.values(columns)) {
    for (let i = scored; i < values.length; i++) if (Number.isNaN(values[i])) values[i] = '';
  }
  return columns as CsvColumns;
}

/** segments.csv: one row per (family, segment) with counts, value and P(alive). */
export function segmentColumns(result: RunResult): CsvColumns {
  const rows = Object.entries(result.segmentSummaries).flatMap(([family, list]) => list.map((row) => ({ family, ...row })));
  return {
    family: rows.map((r) => r.family),
    segment: rows.map((r) => r.segment),
    customers: rows.map((r) => r.customers),
    share: rows.map((r) => r.share),
    total_predicted_ltv: rows.map((r) => r.totalPredictedLtv),
    mean_predicted_ltv: rows.map((r) => r.meanPredictedLtv),
    ltv_share: rows.map((r) => r.ltvShare),
    mean_p_alive: rows.map((r) => r.meanPAlive),
    historical_revenue: rows.map((r) => r.historicalRevenue),
  };
}

/** Writes every output of a run into `dir`; returns the paths. */
export async function writeRunOutputs(result: RunResult, dir: string, input: { path?: string }): Promise<RunOutputFiles> {
  await mkdir(join(dir, 'models'), { recursive: true });
  const files = {
    customers: join(dir, 'customers.csv'),
    segments: join(dir, 'segments.csv'),
    cac: join(dir, 'cac.json'),
    rejects: join(dir, 'rejects.csv'),
    manifest: join(dir, 'manifest.json'),
    report: join(dir, 'report.html'),
    models: {} as Record<string, string>,
  };
  await writeCsv(customerColumns(result), files.customers);
  await writeCsv(segmentColumns(result), files.segments);
  await writeFile(files.cac, `${JSON.stringify(result.cac, null, 2)}\n`);
  await writeRejects(result.rejects, files.rejects);
  for (const model of Object.values(result.models)) {
    if (!model) continue;
    const path = join(dir, 'models', `${model.kind}.json`);
    await saveModel(model, path);
    files.models[model.kind] = path;
  }
  // Loaded on demand: the report pulls in Vega, which commands that never render should not pay for.
  const { renderRunReport } = await import('./run-report.js');
  await writeFile(files.report, await renderRunReport(result, { dataSource: input.path }));
  await writeFile(files.manifest, `${JSON.stringify(await runManifest(result, input, files), null, 2)}\n`);
  return files;
}

/** The run manifest: what ran on what, what came out, and how long it took. */
export async function runManifest(result: RunResult, input: { path?: string }, files: Omit<RunOutputFiles, 'manifest'>) {
  const models = Object.fromEntries(
    Object.values(result.models)
      .filter((model) => model !== undefined)
      .map((model) => [model.kind, 'converged' in model ? { converged: model.converged, message: model.diagnostics.message } : { backend: model.backend }]),
  );
  return {
    clvkitVersion: CLVKIT_VERSION,
    nodeVersion: process.version,
    createdAt: new Date().toISOString(),
    input: { path: input.path ?? null, sha256: input.path ? await sha256File(input.path) : null, ...result.stats },
    accounting: result.accounting,
    config: result.config,
    models,
    outputs: files,
    timingsMs: result.timingsMs,
    notes: result.notes,
  };
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
