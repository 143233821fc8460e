import type { TransactionLog } from '../../data/transaction-log.js';
import { calibrationSummary } from './calibration-summary.js';
import { resolveChurnWindow, type ChurnWindow, type ChurnWindowOptions } from './resolve-churn-window.js';

/** Churn labels, one row per customer present at the calibration end (same rows as `churnFeatures`). */
export interface ChurnLabels {
  readonly customerId: readonly string[];
  /** Row → index of the customer in the log. */
  readonly customerIndex: Int32Array;
  /** 1 = churned (no purchase in the window), 0 = purchased in the window. */
  readonly churned: Uint8Array;
  /** Purchase periods in the window (the BTYD x*). */
  readonly windowPurchases: Int32Array;
  readonly positives: number;
  readonly window: ChurnWindow;
}

/**
 * Labels each customer as churned when they make no purchase in the window
 * (calibrationEnd, calibrationEnd + window], the definition of "inactive" in
 * the BTYD churn literature (e.g. Fader, Hardie & Lee 2005, whose
 * P(X(t) = 0 | x, t_x, T) is the BG/NBD prediction of exactly this event).
 * Only customers whose first purchase is on or before the cut are rows.
 * The window must fit inside the data (see `resolveChurnWindow`).
 *
 * Strategy: one pass over the CSR arrays, counting periods in the window.
 *
 * @example
 * const labels = churnLabels(log, { calibrationEnd: '1997-09-30', unit: 'week' });
 * labels.positives / labels.churned.length; // share of customers silent in the 39-week holdout
 */
export function churnLabels(log: TransactionLog, options: ChurnWindowOptions): ChurnLabels {
  const window = resolveChurnWindow(log, options);
  const { customerIndex, customerId } = calibrationSummary(log, window.calibrationEnd, window.unit);
  const rows = customerIndex.length;
  const churned = new Uint8Array(rows);
  const windowPurchases = new Int32Array(rows);
  let positives = 0;
  for (let r = 0; r < rows; r += 1) {
    let count = 0;
    for (let j = log.offsets[customerIndex[r]]; j < log.offsets[customerIndex[r] + 1]; j += 1) {
      const t = log.time[j];
      if (t > window.calibrationEnd && t <= window.windowEnd) count += 1;
    }
    windowPurchases[r] = count;
    if (count === 0) {
      churned[r] = 1;
      positives += 1;
    }
  }
  return { customerId, customerIndex, churned, windowPurchases, positives, window };
}
