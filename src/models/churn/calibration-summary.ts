/**
 * Per-customer statistics of the calibration part of a transaction log,
 * computed in one pass over its CSR arrays. Internal: `churnFeatures` and
 * `churnLabels` both start from it, so their rows always line up.
 */
import type { TransactionLog } from '../../data/transaction-log.js';
import { DAYS_PER_UNIT, type TimeUnit } from '../../data/time-unit.js';

export interface CalibrationSummary {
  /** Row → index of the customer in the log (customers with ≥ 1 period on or before the cut). */
  readonly customerIndex: Int32Array;
  readonly customerId: readonly string[];
  /** x: repeat purchase periods. */
  readonly frequency: Float64Array;
  /** t_x: first → last calibration purchase, in unit. */
  readonly recency: Float64Array;
  /** T: first purchase → calibration end, in unit. */
  readonly T: Float64Array;
  /** Mean and sample standard deviation (n − 1; 0 when n = 1) of the period amounts. */
  readonly monetaryMean: Float64Array;
  readonly monetarySd: Float64Array;
  /** Mean inter-purchase time t_x / x in unit (0 when x = 0). */
  readonly iptMean: Float64Array;
  /** Coefficient of variation of the x gaps (sample sd / mean; 0 when x < 2). */
  readonly iptCv: Float64Array;
  /** Share of the repeat purchases in the last third of [first, cut], minus 1/3 (0 when x = 0). */
  readonly trend: Float64Array;
}

/**
 * Summarises every customer whose first purchase is on or before
 * `calibrationEnd` (a day number; the cut day itself is in calibration, as in
 * BTYD's `dc.ElogToCbsCbt`). Customers first seen after the cut are not rows:
 * they were not customers yet when the prediction would have been made.
 */
export function calibrationSummary(log: TransactionLog, calibrationEnd: number, unit: TimeUnit): CalibrationSummary {
  const days = DAYS_PER_UNIT[unit];
  const { offsets, time, amount } = log;
  const customers = log.customerId.length;
  const index: number[] = [];
  for (let c = 0; c < customers; c += 1) {
    if (offsets[c + 1] > offsets[c] && time[offsets[c]] <= calibrationEnd) index.push(c);
  }
  const rows = index.length;
  const customerIndex = Int32Array.from(index);
  const frequency = new Float64Array(rows);
  const recency = new Float64Array(rows);
  const T = new Float64Array(rows);
  const monetaryMean = new Float64Array(rows);
  const monetarySd = new Float64Array(rows);
  const iptMean = new Float64Array(rows);
  const iptCv = new Float64Array(rows);
  const trend = new Float64Array(rows);

  for (let r = 0; r < rows; r += 1) {
    const start = offsets[customerIndex[r]];
    const stop = offsets[customerIndex[r] + 1];
    let end = start;
    while (end < stop && time[end] <= calibrationEnd) end += 1;
    const n = end - start;
    const first = time[start];
    const last = time[end - 1];
    const x = n - 1;
    frequency[r] = x;
    recency[r] = (last - first) / days;
    T[r] = (calibrationEnd - first) / days;

    // Welford's update keeps the variance exact for large, similar amounts.
    let mean = 0;
    let m2 = 0;
    for (let j = start; j < end; j += 1) {
      const delta = amount[j] - mean;
      mean += delta / (j - start + 1);
      m2 += delta * (amount[j] - mean);
    }
    monetaryMean[r] = mean;
    monetarySd[r] = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;

    if (x >= 1) {
      const gapMean = recency[r] / x;
      iptMean[r] = gapMean;
      if (x >= 2 && gapMean > 0) {
        let ss = 0;
        for (let j = start + 1; j < end; j += 1) {
          const gap = (time[j] - time[j - 1]) / days - gapMean;
          ss += gap * gap;
        }
        iptCv[r] = Math.sqrt(ss / (x - 1)) / gapMean;
      }
      const lastThirdStart = first + ((calibrationEnd - first) * 2) / 3;
      let late = 0;
      for (let j = start + 1; j < end; j += 1) if (time[j] > lastThirdStart) late += 1;
      trend[r] = late / x - 1 / 3;
    }
  }
  const ids = log.customerId;
  return {
    customerIndex,
    customerId: Array.from(customerIndex, (c) => ids[c]),
    frequency,
    recency,
    T,
    monetaryMean,
    monetarySd,
    iptMean,
    iptCv,
    trend,
  };
}

/** The last period time in the log (its observation end when none is given), or −∞ for an empty log. */
export function lastPeriodTime(log: TransactionLog): number {
  let end = -Infinity;
  for (let c = 0; c < log.customerId.length; c += 1) {
    if (log.offsets[c + 1] > log.offsets[c]) end = Math.max(end, log.time[log.offsets[c + 1] - 1]);
  }
  return end;
}
