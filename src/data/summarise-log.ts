/**
 * Customer summaries in BTYD conventions from a grouped transaction log.
 */
import { table, type ColumnTable } from 'arquero';
import { UsageError } from '../errors.js';
import { formatDay } from './calendar-days.js';
import { formatCutoff, observationCutoff, type DateInput } from './observation-cutoff.js';
import { DAYS_PER_UNIT, parseTimeUnit, type TimeUnit } from './time-unit.js';
import type { TransactionLog } from './transaction-log.js';

/** Observation window and unit of a summary. */
export interface SummariseOptions {
  /** Unit of recency, T and duration_holdout (default 'week', as in BTYD and Fader, Hardie & Lee 2005). */
  readonly unit?: TimeUnit;
  /** End of observation (default: the log's last purchase). With grain 'day', day D included. */
  readonly observationEnd?: DateInput;
  /** End of calibration; when set, the summary gets holdout columns for (calibrationEnd, observationEnd]. */
  readonly calibrationEnd?: DateInput;
}

/** A customer left out of the summary, and why (never dropped silently). */
export interface Excluded {
  readonly customerId: string;
  readonly reason: string;
}

/** Counts describing a summary. */
export interface SummaryStats {
  /** Customers in the log (= summarisedCustomers + excludedCustomers). */
  readonly customers: number;
  readonly summarisedCustomers: number;
  readonly excludedCustomers: number;
  readonly unit: TimeUnit;
  /** Observation end as a date (YYYY-MM-DD) and calibration end when split. */
  readonly observationEnd: string;
  readonly calibrationEnd?: string;
  /** Length of the holdout period in `unit` (when split). */
  readonly durationHoldout?: number;
  /** Periods after observationEnd, ignored (only possible when the log was read without that end). */
  readonly periodsAfterObservationEnd: number;
}

/** A summary table and the customers it leaves out. */
export interface SummariseLogResult {
  readonly summary: ColumnTable;
  readonly excluded: readonly Excluded[];
  readonly stats: SummaryStats;
}

/** Column names of a summary, in order. */
export const SUMMARY_COLUMNS = ['customer_id', 'frequency', 'recency', 'T', 'monetary_value'] as const;
export const HOLDOUT_COLUMNS = ['frequency_holdout', 'monetary_value_holdout', 'duration_holdout'] as const;

/**
 * Summarises each customer's purchase periods (already merged by grain):
 * - frequency x = periods in calibration − 1 (repeat purchases);
 * - recency t_x = last − first calibration period;
 * - T = calibration end − first period (observation end when not split);
 * - monetary_value = mean amount of the x repeat periods, the first excluded
 *   (0 when x = 0) — the z̄ of the Gamma-Gamma model (Fader & Hardie 2013,
 *   "The Gamma-Gamma Model of Monetary Value", §2);
 * - with calibrationEnd: frequency_holdout = periods in (calibrationEnd,
 *   observationEnd], monetary_value_holdout = their mean amount (0 if none),
 *   duration_holdout = observationEnd − calibrationEnd.
 * Times are divided by DAYS_PER_UNIT[unit] (a month is 365.25/12 days). These
 * are the (x, t_x, T) of Fader, Hardie & Lee (2005), "Counting Your Customers
 * the Easy Way", §2, and what lifetimes' `summary_data_from_transaction_data`
 * and BTYD's `dc.ElogToCbsCbt` compute.
 *
 * A customer whose first purchase is after the calibration end has no
 * calibration history: it is listed in `excluded` with the reason. Columns
 * monetary_value* appear only when the log has amounts; the log's attribute
 * columns follow the standard ones.
 *
 * @example
 * // customer a buys on days 0, 0, 7 (amounts 5, 5, 3); end = day 14, unit 'week'
 * // → frequency 1, recency 1, T 2, monetary_value 3
 */
export function summariseLog(log: TransactionLog, options: SummariseOptions = {}): SummariseLogResult {
  const unit = parseTimeUnit(options.unit ?? 'week');
  const scale = 1 / DAYS_PER_UNIT[unit];
  const customers = log.customerId.length;
  const { offsets, time, amount } = log;
  let lastTime = -Infinity;
  for (let c = 0; c < customers; c++) {
    if (offsets[c + 1] > offsets[c]) lastTime = Math.max(lastTime, time[offsets[c + 1] - 1]);
  }
  const end = options.observationEnd === undefined ? lastTime : observationCutoff(options.observationEnd, log.grain, 'observationEnd');
  const split = options.calibrationEnd !== undefined;
  const calibrationEnd = split ? observationCutoff(options.calibrationEnd!, log.grain, 'calibrationEnd') : end;
  if (calibrationEnd > end) {
    throw new UsageError(
      `calibrationEnd (${formatCutoff(calibrationEnd, log.grain)}) is after observationEnd (${formatCutoff(end, log.grain)})`,
    );
  }

  const keep = new Int32Array(customers);
  const frequency = new Float64Array(customers);
  const recency = new Float64Array(customers);
  const T = new Float64Array(customers);
  const monetary = new Float64Array(customers);
  const frequencyHoldout = new Float64Array(split ? customers : 0);
  const monetaryHoldout = new Float64Array(split ? customers : 0);
  const excluded: Excluded[] = [];
  let rows = 0;
  let afterEnd = 0;
  for (let c = 0; c < customers; c++) {
    const from = offsets[c];
    const to = offsets[c + 1];
    const first = time[from];
    if (!(first <= calibrationEnd)) {
      const which = split ? 'calibration end' : 'observation end';
      const when = from < to ? `first purchase ${formatDay(first)} is after the ${which} ${formatCutoff(calibrationEnd, log.grain)}` : 'no purchases';
      excluded.push({ customerId: log.customerId[c], reason: when });
      for (let i = from; i < to; i++) if (time[i] > end) afterEnd++;
      continue;
    }
    let i = from + 1;
    let repeatSpend = 0;
    while (i < to && time[i] <= calibrationEnd) repeatSpend += amount[i++];
    const x = i - from - 1;
    frequency[rows] = x;
    recency[rows] = (time[i - 1] - first) * scale;
    T[rows] = (calibrationEnd - first) * scale;
    monetary[rows] = x > 0 ? repeatSpend / x : 0;
    if (split) {
      let holdoutSpend = 0;
      const start = i;
      while (i < to && time[i] <= end) holdoutSpend += amount[i++];
      const n = i - start;
      frequencyHoldout[rows] = n;
      monetaryHoldout[rows] = n > 0 ? holdoutSpend / n : 0;
    }
    while (i < to) if (time[i++] > end) afterEnd++;
    keep[rows++] = c;
  }

  const columns: Record<string, ArrayLike<unknown>> = {
    customer_id: Array.from(keep.subarray(0, rows), (c) => log.customerId[c]),
    frequency: frequency.slice(0, rows),
    recency: recency.slice(0, rows),
    T: T.slice(0, rows),
  };
  if (log.hasAmount) columns.monetary_value = monetary.slice(0, rows);
  const durationHoldout = (end - calibrationEnd) * scale;
  if (split) {
    columns.frequency_holdout = frequencyHoldout.slice(0, rows);
    if (log.hasAmount) columns.monetary_value_holdout = monetaryHoldout.slice(0, rows);
    columns.duration_holdout = new Float64Array(rows).fill(durationHoldout);
  }
  for (const [name, values] of Object.entries(log.attributes)) {
    if (name in columns) throw new UsageError(`attribute column "${name}" clashes with a summary column`);
    columns[name] = Array.from(keep.subarray(0, rows), (c) => values[c]);
  }
  return {
    summary: table(columns),
    excluded,
    stats: {
      customers,
      summarisedCustomers: rows,
      excludedCustomers: excluded.length,
      unit,
      observationEnd: formatCutoff(end, log.grain),
      ...(split ? { calibrationEnd: formatCutoff(calibrationEnd, log.grain), durationHoldout } : {}),
      periodsAfterObservationEnd: afterEnd,
    },
  };
}
