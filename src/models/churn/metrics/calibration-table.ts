import { UsageError } from '../../../errors.js';
import { checkScored } from './check-scored.js';

/** One bin of a calibration (reliability) table. */
export interface CalibrationRow {
  /** 1-based bin number, from the lowest predicted probabilities up. */
  readonly bin: number;
  readonly n: number;
  readonly minPredicted: number;
  readonly maxPredicted: number;
  readonly meanPredicted: number;
  /** Share of positives observed in the bin; compare with meanPredicted. */
  readonly observedRate: number;
}

/**
 * Calibration table by quantile bins (deciles by default): customers sorted
 * by predicted probability are cut into `bins` groups of equal size (bin g
 * holds sorted rows ⌊g·n/bins⌋ … ⌊(g+1)·n/bins⌋ − 1), and each row compares
 * the mean prediction with the observed positive rate — the tabular form of
 * the reliability diagram (Murphy & Winkler 1977, Applied Statistics 26(1)).
 * Equal-count bins keep every row's observed rate equally precise; ties at a
 * boundary are split in index order. Bins left empty (n < bins) are dropped.
 *
 * @example calibrationTable([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], 2)
 * // [{ bin: 1, n: 2, meanPredicted: 0.15, observedRate: 0, … }, { bin: 2, n: 2, meanPredicted: 0.85, observedRate: 1, … }]
 */
export function calibrationTable(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  bins = 10,
): CalibrationRow[] {
  checkScored('calibrationTable', probabilities, labels);
  if (!Number.isInteger(bins) || bins < 1) throw new UsageError(`calibrationTable: bins must be a positive integer, got ${bins}`);
  const n = probabilities.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => probabilities[i] - probabilities[j] || i - j,
  );
  const rows: CalibrationRow[] = [];
  for (let g = 0; g < bins; g += 1) {
    const start = Math.floor((g * n) / bins);
    const stop = Math.floor(((g + 1) * n) / bins);
    if (stop === start) continue;
    let sum = 0;
    let hits = 0;
    for (let k = start; k < stop; k += 1) {
      sum += probabilities[order[k]];
      hits += labels[order[k]];
    }
    rows.push({
      bin: g + 1,
      n: stop - start,
      minPredicted: probabilities[order[start]],
      maxPredicted: probabilities[order[stop - 1]],
      meanPredicted: sum / (stop - start),
      observedRate: hits / (stop - start),
    });
  }
  return rows;
}
