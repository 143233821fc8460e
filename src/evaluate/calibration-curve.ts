import { InputError, UsageError } from '../errors.js';

/** One bin of a reliability diagram. */
export interface CalibrationBin {
  /** Score range of the bin, [lower, upper]. */
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  /** Mean predicted probability in the bin. */
  readonly meanPredicted: number;
  /** Share of label-1 customers in the bin. */
  readonly observedRate: number;
}

/** A reliability diagram with its summary scores. */
export interface CalibrationCurve {
  readonly bins: readonly CalibrationBin[];
  /** Brier score (1/n) Σ (pᵢ − yᵢ)² — lower is better; 0.25 is a coin flip at p = ½. */
  readonly brierScore: number;
  /** Expected calibration error Σ_b (n_b/n) |observed_b − predicted_b|. */
  readonly expectedCalibrationError: number;
}

/** Options of {@link calibrationCurve}. */
export interface CalibrationCurveOptions {
  /** Number of bins (default 10). */
  readonly bins?: number;
  /**
   * 'quantile' (default): bins hold equal numbers of customers, so every point
   * rests on the same evidence even when most scores are near 0 or 1;
   * 'uniform': bins of equal width on [0, 1].
   */
  readonly strategy?: 'quantile' | 'uniform';
}

/**
 * Reliability diagram of predicted probabilities against 0/1 outcomes
 * (DeGroot & Fienberg 1983; Niculescu-Mizil & Caruana 2005, §2): a
 * well-calibrated model's points lie on the diagonal. Also returns the Brier
 * (1950) score and the expected calibration error (Naeini, Cooper &
 * Hauskrecht 2015).
 *
 * Ties never straddle a quantile bin boundary: customers with equal scores
 * stay together, so a bin may hold a few more or fewer than n/bins; empty
 * bins are dropped.
 *
 * Example: scores [0.1, 0.2, 0.8, 0.9], labels [0, 0, 1, 1], 2 quantile bins
 * → bins (mean 0.15, observed 0) and (mean 0.85, observed 1), Brier 0.025.
 *
 * @throws InputError when a score is outside [0, 1], a label is not 0/1 or lengths differ.
 */
export function calibrationCurve(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  options: CalibrationCurveOptions = {},
): CalibrationCurve {
  const binCount = options.bins ?? 10;
  const strategy = options.strategy ?? 'quantile';
  if (!Number.isInteger(binCount) || binCount < 1) throw new UsageError(`calibrationCurve: bins must be an integer ≥ 1, got ${binCount}`);
  const n = scores.length;
  if (labels.length !== n) {
    throw new InputError('calibrationCurve: scores and labels differ in length', [{ reason: `scores ${n}, labels ${labels.length}` }]);
  }
  if (n === 0) throw new InputError('calibrationCurve: no customers', [{ reason: 'empty input' }]);
  let brier = 0;
  for (let i = 0; i < n; i++) {
    const p = scores[i];
    const y = labels[i];
    if (!(p >= 0 && p <= 1)) {
      throw new InputError('calibrationCurve: scores must be probabilities', [{ row: i + 1, column: 'score', value: String(p), reason: 'must be in [0, 1]' }]);
    }
    if (y !== 0 && y !== 1) {
      throw new InputError('calibrationCurve: labels must be 0 or 1', [{ row: i + 1, column: 'label', value: String(y), reason: 'must be 0 or 1' }]);
    }
    brier += (p - y) * (p - y);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => scores[i] - scores[j]);

  const bins: CalibrationBin[] = [];
  let ece = 0;
  let k = 0;
  for (let b = 0; b < binCount && k < n; b++) {
    // Exclusive end of this bin in sorted order, extended over ties.
    let stop: number;
    if (strategy === 'quantile') {
      stop = Math.max(k + 1, Math.round(((b + 1) * n) / binCount));
    } else {
      const edge = (b + 1) / binCount;
      stop = k;
      while (stop < n && (scores[order[stop]] < edge || b === binCount - 1)) stop++;
    }
    stop = Math.min(stop, n);
    while (stop < n && stop > 0 && scores[order[stop]] === scores[order[stop - 1]]) stop++;
    if (stop <= k) continue;
    let sumP = 0;
    let sumY = 0;
    for (let j = k; j < stop; j++) {
      sumP += scores[order[j]];
      sumY += labels[order[j]];
    }
    const count = stop - k;
    const bin: CalibrationBin = {
      lower: strategy === 'uniform' ? b / binCount : scores[order[k]],
      upper: strategy === 'uniform' ? (b + 1) / binCount : scores[order[stop - 1]],
      count,
      meanPredicted: sumP / count,
      observedRate: sumY / count,
    };
    bins.push(bin);
    ece += (count / n) * Math.abs(bin.observedRate - bin.meanPredicted);
    k = stop;
  }
  return { bins, brierScore: brier / n, expectedCalibrationError: ece };
}
