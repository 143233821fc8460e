import { UsageError } from '../errors.js';

/** A model quantity on a grid of frequency x and recency t_x, for one customer age T. */
export interface FrequencyRecencyGrid {
  /** Customer age T (time since first purchase) the grid is evaluated at. */
  readonly T: number;
  /** Frequencies 0 … maxFrequency (rows). */
  readonly frequency: Float64Array;
  /** Recency at the centres of `recencySteps` equal cells covering (0, T) (columns). */
  readonly recency: Float64Array;
  /** values[i · recency.length + j] = f(frequency[i], recency[j]). */
  readonly values: Float64Array;
}

/** Options of {@link frequencyRecencyGrid}. */
export interface FrequencyRecencyGridOptions {
  /** Customer age T in model units (e.g. the calibration length in weeks). */
  readonly T: number;
  /** Highest frequency row (default 20). */
  readonly maxFrequency?: number;
  /** Number of recency cells between 0 and T (default 40). */
  readonly recencySteps?: number;
}

/**
 * Evaluates a per-customer quantity f(x, t_x) — e.g. `(x, tx) =>
 * probabilityAlive(model, x, tx, T)` or the expected purchases in the next
 * period — on the frequency/recency grid behind the "frequency–recency
 * matrix" plots (Fader, Hardie & Lee 2005, "RFM and CLV", Fig. 3 iso-value
 * view). Rows x = 0 … maxFrequency, columns at cell centres
 * t_x = (j + ½)·T/steps, j = 0 … steps − 1, so 0 < t_x < T: a customer with
 * repeat purchases has t_x > 0, and model code may reject t_x = 0 for x > 0.
 *
 * For x = 0 the recency is undefined (no repeat purchase) and BTYD models
 * ignore it (pass t_x = 0 to them for that row); the row is constant and kept
 * so the plot has no hole.
 *
 * Example: `frequencyRecencyGrid((x, tx) => x + tx, { T: 2, maxFrequency: 1, recencySteps: 2 })`
 * → recency [0.5, 1.5], values [0.5, 1.5, 1.5, 2.5].
 *
 * @throws UsageError on T ≤ 0 or non-integer sizes; a non-finite f value is kept as NaN (drawn as missing).
 */
export function frequencyRecencyGrid(
  f: (x: number, tx: number) => number,
  options: FrequencyRecencyGridOptions,
): FrequencyRecencyGrid {
  const { T } = options;
  const maxFrequency = options.maxFrequency ?? 20;
  const steps = options.recencySteps ?? 40;
  if (!(T > 0) || !Number.isFinite(T)) throw new UsageError(`frequencyRecencyGrid: T must be > 0, got ${T}`);
  if (!Number.isInteger(maxFrequency) || maxFrequency < 0) {
    throw new UsageError(`frequencyRecencyGrid: maxFrequency must be an integer ≥ 0, got ${maxFrequency}`);
  }
  if (!Number.isInteger(steps) || steps < 1) throw new UsageError(`frequencyRecencyGrid: recencySteps must be an integer ≥ 1, got ${steps}`);
  const frequency = Float64Array.from({ length: maxFrequency + 1 }, (_, i) => i);
  const recency = Float64Array.from({ length: steps }, (_, j) => ((j + 0.5) * T) / steps);
  const values = new Float64Array(frequency.length * recency.length);
  for (let i = 0; i < frequency.length; i++) {
    for (let j = 0; j < recency.length; j++) {
      const v = f(frequency[i], recency[j]);
      values[i * recency.length + j] = Number.isFinite(v) ? v : Number.NaN;
    }
  }
  return { T, frequency, recency, values };
}
