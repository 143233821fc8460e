import type { ChurnArchitecture, ChurnSplitMetrics, DenseLayer } from './churn-model.js';
import { churnLogits, sigmoid } from './churn-network.js';
import { brier } from './metrics/brier.js';
import { logLoss } from './metrics/log-loss.js';
import { rocAuc } from './metrics/roc-auc.js';

/** Log loss, AUC and Brier score of a network on a subset of standardised rows (internal). */
export function splitMetrics(
  architecture: ChurnArchitecture,
  weights: readonly DenseLayer[],
  inputs: Float64Array,
  columns: number,
  labels: Uint8Array,
  rows: Int32Array,
): ChurnSplitMetrics {
  const subset = new Float64Array(rows.length * columns);
  const y = new Uint8Array(rows.length);
  let positives = 0;
  for (let k = 0; k < rows.length; k += 1) {
    subset.set(inputs.subarray(rows[k] * columns, (rows[k] + 1) * columns), k * columns);
    y[k] = labels[rows[k]];
    positives += y[k];
  }
  const p = churnLogits(architecture, weights, subset, columns).map(sigmoid);
  return { customers: rows.length, positives, logLoss: logLoss(p, y), auc: rocAuc(p, y), brier: brier(p, y) };
}
