/**
 * ln Σᵢ exp(vᵢ) over an array, shifted by the maximum so that no term
 * overflows and at least one equals exp(0) = 1. −Infinity for an empty
 * array or all −Infinity; NaN if any value is NaN; +Infinity if any is +Infinity.
 *
 * Example: logSumExp([1000, 1000]) = 1000 + ln 2.
 */
export function logSumExp(values: ArrayLike<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) return Number.NaN;
    if (v > max) max = v;
  }
  if (max === Number.NEGATIVE_INFINITY || max === Number.POSITIVE_INFINITY) return max;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i] - max);
  return max + Math.log(sum);
}
