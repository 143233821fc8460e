import { InputError, UsageError } from '../../errors.js';
import type { TransactionLog } from '../../data/transaction-log.js';
import type { TimeUnit } from '../../data/time-unit.js';
import { calibrationSummary, type CalibrationSummary } from './calibration-summary.js';
import { cutoffDay, type DayInput } from './cutoff-day.js';

/**
 * The behavioural features, all computed from calibration purchases only
 * (on or before the cut), in the model's time unit:
 *
 * | name | meaning | transform |
 * |---|---|---|
 * | recency_gap | T − t_x: time since the last purchase | none |
 * | frequency | x: repeat purchase periods | log1p |
 * | T | time since the first purchase | none |
 * | monetary_mean | mean amount per purchase period (first included) | signed log1p |
 * | monetary_sd | sample sd of those amounts (0 for one period) | log1p |
 * | ipt_mean | mean inter-purchase time t_x / x (0 when x = 0) | none |
 * | ipt_cv | coefficient of variation of the gaps (0 when x < 2) | none |
 * | trend | share of repeats in the last third of [first, cut] − 1/3 | none |
 * | gap_ratio | recency gap / usual gap (T − t_x) / (t_x / x), 0 when x = 0 | log1p |
 * | one_time | 1 when x = 0 (the gap features are then undefined and set to 0) | none |
 *
 * Counts and amounts are log-transformed because their right tails are long
 * (CDNOW frequency runs to 40+, amounts to $1000+): a linear logit in the raw
 * values would be dominated by a few heavy customers.
 */
export const CHURN_BASE_FEATURES = [
  'recency_gap',
  'frequency',
  'T',
  'monetary_mean',
  'monetary_sd',
  'ipt_mean',
  'ipt_cv',
  'trend',
  'gap_ratio',
  'one_time',
] as const;
export type ChurnBaseFeature = (typeof CHURN_BASE_FEATURES)[number];

/** Features that need the log's amount column. */
export const MONETARY_FEATURES: readonly ChurnBaseFeature[] = ['monetary_mean', 'monetary_sd'];

/** One-hot levels of one categorical customer attribute, in column order. */
export interface CategoricalSpec {
  readonly column: string;
  readonly levels: readonly string[];
}

/** Precomputed BG/NBD quantities per feature row, for the optional stacked features. */
export interface StackedColumns {
  /** P(alive | x, t_x, T) at the cut. */
  readonly pAlive: Float64Array;
  /** E[X(window) | x, t_x, T]: expected purchases in the window after the cut. */
  readonly expectedPurchases: Float64Array;
}

export interface ChurnFeatureOptions {
  /** Last calibration day (inclusive): a date, or a position on the log's time axis. */
  readonly calibrationEnd: DayInput;
  readonly unit: TimeUnit;
  /** Which behavioural features, in order; default all of {@link CHURN_BASE_FEATURES} (monetary ones only when the log has amounts). */
  readonly features?: readonly ChurnBaseFeature[];
  /**
   * Categorical customer attributes to one-hot encode: column names of
   * `log.attributes` (levels found in this log, sorted), or full specs with
   * fixed levels (as stored in a model). A value outside the levels, or
   * missing (""), encodes as all zeros.
   */
  readonly categorical?: readonly (string | CategoricalSpec)[];
  /** Stacked BG/NBD columns, one value per feature row (see `stackedBgnbdColumns`). */
  readonly stacked?: (summary: CalibrationSummary) => StackedColumns;
}

/** A feature matrix: one row per customer present at the cut, row-major. */
export interface ChurnFeatureMatrix {
  readonly customerId: readonly string[];
  /** Row → index of the customer in the log. */
  readonly customerIndex: Int32Array;
  /** Column names in order (categoricals as `column=level`). */
  readonly names: readonly string[];
  readonly base: readonly ChurnBaseFeature[];
  readonly categorical: readonly CategoricalSpec[];
  readonly stacked: boolean;
  readonly rows: number;
  readonly columns: number;
  /** rows × columns values, transformed but not standardised. */
  readonly matrix: Float64Array;
  /** The calibration summary the rows were built from (x, t_x, T for baselines). */
  readonly summary: CalibrationSummary;
}

/** Names of the stacked BG/NBD columns. */
export const STACKED_FEATURES = ['bgnbd_p_alive', 'bgnbd_expected_purchases'] as const;

const signedLog1p = (v: number) => (v < 0 ? -Math.log1p(-v) : Math.log1p(v));

/** One behavioural feature for every row, as a column (one tight loop per feature, no per-cell dispatch). */
function baseColumn(s: CalibrationSummary, feature: ChurnBaseFeature): Float64Array {
  const rows = s.frequency.length;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r += 1) {
    const x = s.frequency[r];
    const gap = s.T[r] - s.recency[r];
    switch (feature) {
      case 'recency_gap':
        out[r] = gap;
        break;
      case 'frequency':
        out[r] = Math.log1p(x);
        break;
      case 'T':
        out[r] = s.T[r];
        break;
      case 'monetary_mean':
        out[r] = signedLog1p(s.monetaryMean[r]);
        break;
      case 'monetary_sd':
        out[r] = Math.log1p(s.monetarySd[r]);
        break;
      case 'ipt_mean':
        out[r] = s.iptMean[r];
        break;
      case 'ipt_cv':
        out[r] = s.iptCv[r];
        break;
      case 'trend':
        out[r] = s.trend[r];
        break;
      case 'gap_ratio':
        // A zero usual gap only happens with grain 'none' (same-instant repeats).
        out[r] = x > 0 && s.iptMean[r] > 0 ? Math.log1p(gap / s.iptMean[r]) : 0;
        break;
      case 'one_time':
        out[r] = x === 0 ? 1 : 0;
        break;
    }
  }
  return out;
}

/**
 * Builds the churn feature matrix from the calibration part of a log
 * (purchases on or before `calibrationEnd`); later purchases are never read,
 * so adding holdout transactions cannot change a feature (no leakage).
 * Features are transformed as in {@link CHURN_BASE_FEATURES} but not
 * standardised: the model's stored means/sds do that at train/predict time.
 *
 * Strategy: one pass over the CSR arrays (`calibrationSummary`), then one
 * loop per column into the row-major matrix; O(periods + customers × columns).
 *
 * @example
 * const f = churnFeatures(log, { calibrationEnd: '1997-09-30', unit: 'week', categorical: ['channel'] });
 * f.names; // ['recency_gap', 'frequency', …, 'channel=offline', 'channel=online']
 */
export function churnFeatures(log: TransactionLog, options: ChurnFeatureOptions): ChurnFeatureMatrix {
  const calibrationEnd = cutoffDay(options.calibrationEnd, log, 'calibrationEnd');
  const base = options.features ?? CHURN_BASE_FEATURES.filter((f) => log.hasAmount || !MONETARY_FEATURES.includes(f));
  for (const feature of base) {
    if (!(CHURN_BASE_FEATURES as readonly string[]).includes(feature)) {
      throw new UsageError(`unknown churn feature "${feature}": expected one of ${CHURN_BASE_FEATURES.join(', ')}`);
    }
  }
  if (!log.hasAmount && base.some((f) => MONETARY_FEATURES.includes(f))) {
    throw new InputError('the churn features need purchase amounts, but the transaction log has no amount column', [
      { column: 'amount', reason: `features ${MONETARY_FEATURES.join(', ')} need amounts` },
    ]);
  }
  const summary = calibrationSummary(log, calibrationEnd, options.unit);
  const categorical = (options.categorical ?? []).map((c) => categoricalSpec(log, summary, c));
  const stackedColumns = options.stacked?.(summary);

  const names = [
    ...base,
    ...categorical.flatMap((c) => c.levels.map((level) => `${c.column}=${level}`)),
    ...(stackedColumns ? STACKED_FEATURES : []),
  ];
  const rows = summary.customerIndex.length;
  const columns = names.length;
  const matrix = new Float64Array(rows * columns);
  const setColumn = (c: number, values: Float64Array) => {
    for (let r = 0, k = c; r < rows; r += 1, k += columns) matrix[k] = values[r];
  };
  base.forEach((feature, c) => setColumn(c, baseColumn(summary, feature)));
  let first = base.length;
  for (const spec of categorical) {
    const codes = levelCodes(log, summary, spec);
    for (let r = 0; r < rows; r += 1) if (codes[r] >= 0) matrix[r * columns + first + codes[r]] = 1;
    first += spec.levels.length;
  }
  if (stackedColumns) {
    setColumn(first, stackedColumns.pAlive);
    setColumn(first + 1, stackedColumns.expectedPurchases.map(Math.log1p));
  }
  return {
    customerId: summary.customerId,
    customerIndex: summary.customerIndex,
    names,
    base,
    categorical,
    stacked: stackedColumns !== undefined,
    rows,
    columns,
    matrix,
    summary,
  };
}

function attributeColumn(log: TransactionLog, column: string): readonly string[] {
  const values = log.attributes[column];
  if (!values) {
    const known = Object.keys(log.attributes);
    throw new InputError(`categorical churn feature "${column}" is not a column of the transaction log`, [
      { column, reason: `not found; attribute columns read: ${known.length ? known.join(', ') : '(none)'}` },
    ]);
  }
  return values;
}

function categoricalSpec(log: TransactionLog, summary: CalibrationSummary, c: string | CategoricalSpec): CategoricalSpec {
  if (typeof c !== 'string') return c;
  const values = attributeColumn(log, c);
  const levels = new Set<string>();
  for (const index of summary.customerIndex) if (values[index] !== '') levels.add(values[index]);
  return { column: c, levels: [...levels].sort() };
}

function levelCodes(log: TransactionLog, summary: CalibrationSummary, spec: CategoricalSpec): Int32Array {
  const values = attributeColumn(log, spec.column);
  const lookup = new Map(spec.levels.map((level, i) => [level, i]));
  return Int32Array.from(summary.customerIndex, (index) => lookup.get(values[index]) ?? -1);
}
