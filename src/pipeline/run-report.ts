/**
 * Builds the HTML report of a `clv run`: the run's facts, the models, the
 * holdout check (when a calibration end is set), value plots, segments, CAC
 * ceilings, the churn model's evaluation and the top customers with CLV
 * intervals.
 */
import { clvIntervals } from '../evaluate/clv-intervals.js';
import { renderReport } from '../report/render-report.js';
import type { ReportInput } from '../report/report-input.js';
import { CLVKIT_VERSION } from '../version.js';
import type { RunResult } from './run-pipeline.js';
import { churnOnItsWindow } from './churn-on-its-window.js';

/** Customers whose CLV gets a sampled interval in the report (the listed top customers). */
const INTERVAL_CUSTOMERS = 20;

/**
 * CLV intervals (90%, from the models' asymptotic parameter distribution) for
 * the `count` most valuable customers; NaN elsewhere. Sampling every customer
 * costs draws × grid evaluations each, so the report does it where it shows it.
 */
export function topCustomerClvIntervals(result: RunResult, horizon: number, count = INTERVAL_CUSTOMERS) {
  const { rfm, scores } = result;
  const top = Array.from(scores.clv.keys())
    .sort((i, j) => scores.clv[j] - scores.clv[i])
    .slice(0, count);
  const pick = (values: Float64Array) => Float64Array.from(top, (i) => values[i]);
  const intervals = clvIntervals(
    {
      purchaseModel: result.models.bgnbd,
      spendModel: result.models.gammaGamma,
      frequency: pick(rfm.frequency),
      recency: pick(rfm.recency),
      T: pick(rfm.T),
      monetaryValue: pick(rfm.monetaryValue),
      horizon,
      unit: rfm.unit,
      annualDiscountRate: result.config.annualDiscountRate,
      margin: result.config.margin,
      allowUnconverged: result.config.allowUnconverged,
    },
    { level: 0.9 },
  );
  const lower = new Float64Array(scores.clv.length).fill(Number.NaN);
  const upper = new Float64Array(scores.clv.length).fill(Number.NaN);
  top.forEach((i, k) => {
    lower[i] = intervals.lower[k];
    upper[i] = intervals.upper[k];
  });
  return { lower, upper, level: intervals.level };
}

/** The report's input from a run (and its holdout check, when there was one). */
export function runReportInput(result: RunResult, options: { dataSource?: string } = {}): ReportInput {
  const { config, stats, scores, rfm, cac, segmentSummaries } = result;
  // Without a parameter covariance (singular Hessian) there is nothing to sample: the report then
  // shows point predictions only, and its model section says why.
  const canSample = result.models.bgnbd.covariance !== null && result.models.gammaGamma.covariance !== null;
  const intervals = result.intervals
    ? { lower: result.intervals.predictedLtv.lower, upper: result.intervals.predictedLtv.upper, level: result.intervals.level }
    : canSample
      ? topCustomerClvIntervals(result, result.horizon)
      : undefined;
  const churnModel = result.models.churn;
  return {
    title: 'Customer lifetime value report',
    run: {
      dataSource: options.dataSource,
      customers: result.accounting.inputCustomers,
      transactions: stats.rows,
      rejectedRows: stats.rejectedRows,
      excludedCustomers: result.accounting.rejectedCustomers,
      unit: config.unit,
      firstPurchase: stats.firstDate,
      calibrationEnd: config.calibrationEnd,
      observationEnd: stats.observationEnd,
      horizon: result.horizon,
      annualDiscountRate: config.annualDiscountRate,
      margin: config.margin,
      clvkitVersion: CLVKIT_VERSION,
      elapsedMs: Object.values(result.timingsMs).reduce((a, b) => a + b, 0),
    },
    warnings: result.notes.filter((note) => note.includes('skipped') || note.includes('missing')),
    models: [result.models.bgnbd, result.models.gammaGamma],
    evaluation: result.evaluation,
    customers: {
      customerId: rfm.customerId,
      clv: scores.clv,
      clvLower: intervals?.lower,
      clvUpper: intervals?.upper,
      intervalLevel: intervals?.level,
      expectedPurchases: scores.expectedPurchases,
      pAlive: scores.pAlive,
      churnProbability: result.churnProbability,
      frequency: rfm.frequency,
      recency: rfm.recency,
      T: rfm.T,
      monetaryValue: rfm.monetaryValue,
      segment: result.segments.valueTier,
    },
    segments: [
      { title: 'Value tiers', rows: segmentSummaries.valueTier },
      { title: 'Lifecycle stages', rows: segmentSummaries.lifecycle },
      { title: 'RFM segments', rows: segmentSummaries.rfmSegment },
    ].filter((s) => s.rows.length > 0),
    cac: {
      newCustomer: cac.newCustomer,
      groups: [
        { title: 'Look-alike ceilings by value tier', rows: cac.byValueTier },
        ...(cac.byChannel ? [{ title: 'By acquisition channel', rows: cac.byChannel }] : []),
      ],
    },
    scoreEvaluations: churnModel
      ? [
          {
            title: 'Churn model',
            description: `Churn probability as of ${churnModel.trainedOn.calibrationEnd} against no purchase in the ${churnModel.window}-${churnModel.timeUnit} window after it — the data it was trained on, so optimistic; clv churn evaluate gives the held-out comparison with BG/NBD.`,
            ...churnOnItsWindow(result),
          },
        ]
      : undefined,
    notes: [
      ...result.notes,
      churnModel ? `Churn model: ${churnModel.architecture.type} regression trained with TensorFlow.js (${churnModel.backend} backend).` : '',
      'Predicted LTV = margin × expected spend × ∫ e^(−δt) dE[purchases] over the horizon (Fader, Hardie & Lee 2005).',
    ].filter(Boolean),
  };
}

/** Renders the run's report as one self-contained HTML string. */
export async function renderRunReport(result: RunResult, options: { dataSource?: string } = {}): Promise<string> {
  return renderReport(runReportInput(result, options));
}
