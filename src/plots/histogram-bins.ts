import { InputError, UsageError } from '../errors.js';

/** A histogram with round bin edges and the long tail pooled into one overflow bar. */
export interface HistogramBins {
  /** Bin i covers [lower[i], upper[i]). */
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly count: Float64Array;
  /** Values ≥ this edge are pooled into the overflow bar (null when nothing was clipped). */
  readonly overflowFrom: number | null;
  readonly overflowCount: number;
  readonly customers: number;
  readonly mean: number;
  readonly median: number;
}

/** Options of {@link histogramBins}. */
export interface HistogramBinsOptions {
  /** Approximate number of regular bins (default 30); the width is rounded to the nearest 1, 2, 2.5 or 5 × 10ᵏ. */
  readonly bins?: number;
  /** Regular bins stop at this quantile; larger values go to the overflow bar (default 0.99). */
  readonly clipQuantile?: number;
}

/**
 * Bins a skewed distribution (predicted CLV: most customers near zero, a few
 * very large) so that its body stays readable: regular bins of a round width
 * up to the `clipQuantile` quantile, and one overflow bin beyond. Done here
 * rather than in Vega so the plot carries ~30 counts, not a million values.
 *
 * Example: values 0 … 99 with bins 10 and clipQuantile 1 → ten bins of width
 * 10 holding 10 customers each, no overflow.
 *
 * @throws InputError on an empty or non-finite input; UsageError on bad options.
 */
export function histogramBins(values: ArrayLike<number>, options: HistogramBinsOptions = {}): HistogramBins {
  const binTarget = options.bins ?? 30;
  const clipQuantile = options.clipQuantile ?? 0.99;
  if (!Number.isInteger(binTarget) || binTarget < 1) throw new UsageError(`histogramBins: bins must be an integer ≥ 1, got ${binTarget}`);
  if (!(clipQuantile > 0 && clipQuantile <= 1)) throw new UsageError(`histogramBins: clipQuantile must be in (0, 1], got ${clipQuantile}`);
  const n = values.length;
  if (n === 0) throw new InputError('histogramBins: no values', [{ reason: 'empty input' }]);
  const sorted = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) throw new InputError('histogramBins: non-finite value', [{ row: i + 1, value: String(v), reason: 'must be finite' }]);
    sorted[i] = v;
    sum += v;
  }
  sorted.sort();
  const quantile = (q: number) => {
    const pos = q * (n - 1);
    const lo = Math.floor(pos);
    return lo + 1 < n ? sorted[lo] + (pos - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
  };
  const min = sorted[0];
  const clipAt = quantile(clipQuantile);
  const span = clipAt - min;
  const width = span > 0 ? niceStep(span / binTarget) : 1;
  const start = Math.floor(min / width) * width;
  // Enough bins to include clipAt itself.
  const binCount = Math.max(1, Math.floor((clipAt - start) / width) + 1);
  const end = start + binCount * width;
  const count = new Float64Array(binCount);
  let overflowCount = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i];
    if (v >= end) overflowCount++;
    else count[Math.min(binCount - 1, Math.floor((v - start) / width))]++;
  }
  const lower = Float64Array.from({ length: binCount }, (_, i) => start + i * width);
  const upper = Float64Array.from(lower, (l) => l + width);
  return {
    lower,
    upper,
    count,
    overflowFrom: overflowCount > 0 ? end : null,
    overflowCount,
    customers: n,
    mean: sum / n,
    median: quantile(0.5),
  };
}

/** The step among 1, 2, 2.5, 5 × 10ᵏ closest to raw on a log scale (raw > 0). */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  let best = power;
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (Math.abs(Math.log(m * power / raw)) < Math.abs(Math.log(best / raw))) best = m * power;
  }
  return best;
}
