import { InputError, UsageError } from '../errors.js';

/** One row of the calibration-vs-holdout table: customers with the same calibration frequency. */
export interface ConditionalExpectationRow {
  /** "0", "1", …, or "7+" for the open last class. */
  readonly label: string;
  /** Calibration repeat frequency x of the class (its lower bound for the open class). */
  readonly frequency: number;
  readonly customers: number;
  /** Mean actual holdout purchases of the class (NaN for an empty class). */
  readonly actualMean: number;
  /** Mean predicted holdout purchases of the class (NaN for an empty class). */
  readonly predictedMean: number;
}

/** Options of {@link conditionalExpectations}. */
export interface ConditionalExpectationOptions {
  /** First frequency pooled into the open class "k+" (default 7, as in Fader, Hardie & Lee 2005, Fig. 4). */
  readonly maxFrequency?: number;
}

/**
 * Conditional expectations of holdout purchases by calibration frequency:
 * for each x = 0, 1, …, k−1 and the open class "k+", the mean actual and mean
 * predicted number of holdout purchases among the customers with that x
 * (Fader, Hardie & Lee 2005, "Counting your customers the easy way", Fig. 4).
 * The predictions are whatever the caller scored, usually the conditional
 * expectation E[X(t*) | x, t_x, T] (FHL 2005, eq. 10).
 *
 * A well-specified model tracks the actual means, including regression to the
 * mean for heavy buyers; a curve systematically above the actual means for
 * high x usually means the model under-estimates dropout.
 *
 * Frequencies are rounded to the nearest integer before grouping, so counts
 * read from CSV (e.g. 2.0000000001) fall into the right class.
 *
 * Example: x = [0, 0, 2], actual = [0, 1, 3], predicted = [0.2, 0.2, 2.5],
 * maxFrequency 2 → rows "0" (2 customers, actual 0.5, predicted 0.2),
 * "1" (0 customers, NaN, NaN), "2+" (1 customer, 3, 2.5).
 *
 * @throws InputError on length mismatch or a negative / non-finite frequency.
 */
export function conditionalExpectations(
  frequency: ArrayLike<number>,
  actualHoldout: ArrayLike<number>,
  predictedHoldout: ArrayLike<number>,
  options: ConditionalExpectationOptions = {},
): ConditionalExpectationRow[] {
  const k = options.maxFrequency ?? 7;
  if (!Number.isInteger(k) || k < 1) throw new UsageError(`conditionalExpectations: maxFrequency must be an integer ≥ 1, got ${k}`);
  const n = frequency.length;
  if (actualHoldout.length !== n || predictedHoldout.length !== n) {
    throw new InputError('conditionalExpectations: arrays differ in length', [
      { reason: `frequency ${n}, actual ${actualHoldout.length}, predicted ${predictedHoldout.length} entries` },
    ]);
  }
  const count = new Float64Array(k + 1);
  const actualSum = new Float64Array(k + 1);
  const predictedSum = new Float64Array(k + 1);
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    if (!(x >= 0) || !Number.isFinite(x)) {
      throw new InputError('conditionalExpectations: invalid frequency', [
        { row: i + 1, column: 'frequency', value: String(x), reason: 'must be a finite number ≥ 0' },
      ]);
    }
    const cls = Math.min(Math.round(x), k);
    count[cls] += 1;
    actualSum[cls] += actualHoldout[i];
    predictedSum[cls] += predictedHoldout[i];
  }
  const rows: ConditionalExpectationRow[] = [];
  for (let c = 0; c <= k; c++) {
    rows.push({
      label: c === k ? `${k}+` : String(c),
      frequency: c,
      customers: count[c],
      actualMean: count[c] > 0 ? actualSum[c] / count[c] : Number.NaN,
      predictedMean: count[c] > 0 ? predictedSum[c] / count[c] : Number.NaN,
    });
  }
  return rows;
}
