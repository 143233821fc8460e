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
  const y = Uint8Array.from(rows, (row) => labels[row]);
  let positives = 0;
  for (const v of y) positives += v;
  const p = churnLogits(architecture, weights, inputs, columns, rows).map(sigmoid);
  return { customers: rows.length, positives, logLoss: logLoss(p, y), auc: rocAuc(p, y), brier: brier(p, y) };
}
