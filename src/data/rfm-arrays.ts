/**
 * The typed-array form of a customer summary that every model consumes.
 * One entry per customer, in the same order as `customerId`. Times are in `unit`.
 *
 * - frequency: repeat purchase periods x (distinct purchase periods − 1)
 * - recency:   t_x, first → last purchase
 * - T:         first purchase → end of the (calibration) observation period
 * - monetaryValue: mean value of the repeat periods (0 when x = 0)
 */
import type { TimeUnit } from './time-unit.js';

export interface RfmArrays {
  readonly customerId: readonly string[];
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
  readonly monetaryValue: Float64Array;
  readonly unit: TimeUnit;
}
