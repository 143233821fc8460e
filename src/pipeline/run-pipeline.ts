/**
 * The whole batch job behind `clv run`, as a library function: read →
 * summarise → fit BG/NBD + Gamma-Gamma (+ churn) → score → segment → CAC.
 * Row accounting is exact: every input customer is scored or rejected with
 * a reason; rows without a customer id are counted as rejected rows.
 */
import type { TransactionSource } from '../data/open-byte-source.js';
import { readTransactionLog } from '../data/read-transaction-log.js';
import type { Reject, ReadStats } from '../data/read-result.js';
import { summariseLog, type SummaryStats } from '../data/summarise-log.js';
import { summaryToRfmArrays } from '../data/summary-to-rfm-arrays.js';
import { observationCutoff } from '../data/observation-cutoff.js';
import { convertDuration } from '../data/time-unit.js';
import { UsageError } from '../errors.js';
import { expectedPurchasesNewCustomer, fitBgnbd, type BgnbdModel } from '../models/bgnbd/index.js';
import { expectedAverageSpendNewCustomer, fitGammaGamma, type GammaGammaModel } from '../models/gamma-gamma/index.js';
import type { ChurnModel } from '../models/churn/churn-model.js';
import { cacCeiling, type CacCeiling } from '../value/cac-ceiling.js';
import { groupCacCeilings, type GroupCacCeiling } from '../value/group-cac-ceilings.js';
import { historicalValue } from '../value/historical-value.js';
import { revenueInFirstMonths } from '../value/revenue-in-first-months.js';
import { segmentCustomers, type CustomerSegments } from '../value/segment-customers.js';
import { summariseSegments, type SegmentSummaryRow } from '../value/summarise-segments.js';
import type { RunConfig } from './run-config.js';
import { evaluateOnHoldout } from './evaluate-on-holdout.js';
import type { HoldoutEvaluation } from '../evaluate/evaluate-holdout.js';
import { scoreCustomers, type CustomerScores } from './score-customers.js';
import { runChurnStep } from './run-churn-step.js';
import { readCustomerChannels } from './read-customer-channels.js';
import { customerIntervals, type CustomerIntervals } from './customer-intervals.js';
import type { RfmArrays } from '../data/rfm-arrays.js';
import type { TransactionLog } from '../data/transaction-log.js';

/** Lets a step say how far it is (bytes read of a file …). */
export type ReportProgress = (done: number, total: number | undefined) => void;

/** Runs a named step; the CLI passes its progress reporter here. */
export type StepRunner = <T>(label: string, work: (report: ReportProgress) => T | Promise<T>) => Promise<T>;

export interface RunResult {
  readonly config: RunConfig;
  /** LTV horizon in the model unit (config.horizonMonths converted exactly). */
  readonly horizon: number;
  /** The calibration → holdout check of the models, when the config has a calibration end. */
  readonly evaluation?: HoldoutEvaluation;
  /** The grouped transactions the run read (plots and reports go back to them). */
  readonly log: TransactionLog;
  readonly rfm: RfmArrays;
  readonly historicalRevenue: Float64Array;
  readonly channel?: readonly string[];
  readonly scores: Required<CustomerScores>;
  readonly churnProbability?: Float64Array;
  /** Per-customer intervals when config.intervals asks for them. */
  readonly intervals?: CustomerIntervals;
  readonly segments: CustomerSegments;
  readonly segmentSummaries: Readonly<Record<'valueTier' | 'lifecycle' | 'rfmSegment', readonly SegmentSummaryRow[]>>;
  readonly cac: {
    readonly newCustomer: CacCeiling;
    readonly byChannel?: readonly GroupCacCeiling[];
    readonly byValueTier: readonly GroupCacCeiling[];
  };
  readonly models: { readonly bgnbd: BgnbdModel; readonly gammaGamma: GammaGammaModel; readonly churn?: ChurnModel };
  /** Customers with no valid row: id and the reasons of their rows. */
  readonly rejectedCustomers: readonly { readonly customerId: string; readonly reason: string }[];
  readonly rejects: readonly Reject[];
  readonly accounting: RowAccounting;
  readonly stats: ReadStats & SummaryStats;
  readonly timingsMs: Readonly<Record<string, number>>;
  readonly notes: readonly string[];
}

export interface RowAccounting {
  readonly inputRows: number;
  readonly rejectedRows: number;
  readonly rowsWithoutCustomerId: number;
  /** Distinct customer ids in the input = scoredCustomers + rejectedCustomers. */
  readonly inputCustomers: number;
  readonly scoredCustomers: number;
  readonly rejectedCustomers: number;
}

/**
 * Runs the pipeline on `source` with `config`. Throws InputError for bad
 * input (with onInvalid 'error'), FitError when a fit did not converge and
 * allowUnconverged is false.
 */
export async function runPipeline(source: TransactionSource, config: RunConfig, step: StepRunner = async (_label, work) => work(() => undefined)): Promise<RunResult> {
  const timingsMs: Record<string, number> = {};
  const timed: StepRunner = async (label, work) => {
    const started = performance.now();
    const result = await step(label, work);
    timingsMs[label] = Math.round(performance.now() - started);
    return result;
  };
  const notes: string[] = [];
  if (config.channelFile && !config.channelCol) throw new UsageError('channelFile needs channelCol: the channel column of that file');
  const attributeCols = config.channelCol && !config.channelFile ? [config.channelCol] : [];
  const read = await timed('read transactions', (report) =>
    readTransactionLog(source, { ...config.input, attributeCols, observationEnd: config.observationEnd, onProgress: report }),
  );
  const { log, rejects } = read;
  if (!log.hasAmount) throw new UsageError('clv run needs an amount column (input.amountCol / --amount-col) to value customers');
  const summarised = await timed('summarise', () => summariseLog(log, { unit: config.unit, observationEnd: config.observationEnd }));
  const rfm = summaryToRfmArrays(summarised.summary, config.unit);
  const fitOptions = { penalizerCoef: config.penalizerCoef, data: { source: read.stats.source } };
  const bgnbd = await timed('fit BG/NBD', () => fitBgnbd(rfm, fitOptions));
  const gammaGamma = await timed('fit Gamma-Gamma', () => fitGammaGamma(rfm, fitOptions));
  const horizon = convertDuration(config.horizonMonths, 'month', config.unit);
  const scores = (await timed('score customers', () =>
    scoreCustomers(rfm, bgnbd, gammaGamma, {
      horizon,
      annualDiscountRate: config.annualDiscountRate,
      margin: config.margin,
      allowUnconverged: config.allowUnconverged,
    }),
  )) as Required<CustomerScores>;
  const intervals = config.intervals
    ? await timed('prediction intervals', () => customerIntervals(rfm, bgnbd, gammaGamma, horizon, config, notes))
    : undefined;
  const churn = await runChurnStep(log, rfm.customerId, config, summarised.stats.observationEnd, timed, notes);
  const evaluation = config.calibrationEnd
    ? (
        await timed('holdout check', () =>
          evaluateOnHoldout(log, {
            unit: config.unit,
            calibrationEnd: config.calibrationEnd as string,
            observationEnd: summarised.stats.observationEnd,
            penalizerCoef: config.penalizerCoef,
            allowUnconverged: config.allowUnconverged,
          }),
        )
      ).evaluation
    : undefined;
  const revenue = historicalValue(log);
  const channel = !config.channelCol
    ? undefined
    : config.channelFile
      ? readCustomerChannels(config.channelFile, config.input.customerCol ?? 'customer_id', config.channelCol, log.customerId)
      : log.attributes[config.channelCol];
  const segments = await timed('segments', () =>
    segmentCustomers(
      {
        predictedLtv: scores.clv,
        pAlive: scores.pAlive,
        churnProbability: churn?.probability,
        rfm: { frequency: rfm.frequency, recency: rfm.recency, T: rfm.T, monetary: revenue },
      },
      config.segments,
    ),
  );
  const summaryOf = (segment: readonly string[] | undefined) =>
    segment ? summariseSegments({ segment, predictedLtv: scores.clv, pAlive: scores.pAlive, historicalRevenue: revenue }) : [];
  const segmentSummaries = {
    valueTier: summariseSegments({
      segment: segments.valueTier,
      predictedLtv: scores.clv,
      pAlive: scores.pAlive,
      historicalRevenue: revenue,
      order: config.segments.valueTiers.tiers.map((tier) => tier.name).concat(config.segments.valueTiers.rest),
    }),
    lifecycle: summaryOf(segments.lifecycle),
    rfmSegment: summaryOf(segments.rfmSegment),
  };
  const cac = await timed('CAC ceilings', () => {
    const economics = { margin: config.margin, targetLtvCacRatio: config.targetLtvCacRatio, paybackMonths: config.paybackMonths };
    const paybackRevenue = revenueInFirstMonths(log, { months: config.paybackMonths, observationEnd: observationCutoff(summarised.stats.observationEnd, 'day', 'observationEnd') });
    const group = (labels: readonly string[], order?: readonly string[]) =>
      groupCacCeilings({ group: labels, historicalRevenue: revenue, predictedLtv: scores.clv, paybackRevenue, order, ...economics });
    return {
      newCustomer: cacCeiling({
        expectedPurchasesNewCustomer: (t) => expectedPurchasesNewCustomer(bgnbd, t),
        expectedSpend: expectedAverageSpendNewCustomer(gammaGamma),
        annualDiscountRate: config.annualDiscountRate,
        horizon,
        unit: config.unit,
        ...economics,
      }),
      byChannel: channel ? group(channel) : undefined,
      byValueTier: group(segments.valueTier, segmentSummaries.valueTier.map((row) => row.segment)),
    };
  });
  const rejectedCustomers = customersOnlyRejected(rejects, new Set(rfm.customerId));
  const rowsWithoutCustomerId = new Set(rejects.filter((r) => r.customerId === '').map((r) => r.row)).size;
  return Object.freeze({
    config,
    horizon,
    evaluation,
    log,
    rfm,
    historicalRevenue: revenue,
    channel,
    scores,
    churnProbability: churn?.probability,
    intervals,
    segments,
    segmentSummaries,
    cac,
    models: { bgnbd, gammaGamma, churn: churn?.model },
    rejectedCustomers,
    rejects,
    accounting: {
      inputRows: read.stats.rows,
      rejectedRows: read.stats.rejectedRows,
      rowsWithoutCustomerId,
      inputCustomers: rfm.customerId.length + rejectedCustomers.length,
      scoredCustomers: rfm.customerId.length,
      rejectedCustomers: rejectedCustomers.length,
    },
    stats: { ...read.stats, ...summarised.stats },
    timingsMs,
    notes,
  });
}

/** Customers that appear only in rejected rows, with their reasons (deduplicated, in row order). */
function customersOnlyRejected(rejects: readonly Reject[], scored: ReadonlySet<string>) {
  const reasons = new Map<string, string[]>();
  for (const reject of rejects) {
    if (reject.customerId === '' || scored.has(reject.customerId)) continue;
    const list = reasons.get(reject.customerId) ?? [];
    const text = `row ${reject.row}: ${reject.column ? `${reject.column} ` : ''}${reject.reason}`;
    if (!list.includes(text)) list.push(text);
    reasons.set(reject.customerId, list);
  }
  return [...reasons].map(([customerId, list]) => ({ customerId, reason: list.join('; ') }));
}
