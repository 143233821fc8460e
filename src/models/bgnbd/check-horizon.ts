import { UsageError } from '../../errors.js';

/**
 * Validates a prediction horizon — one number for every customer or one per
 * customer, each finite and ≥ 0 — and returns an accessor t(i).
 * Throws UsageError naming the function and the offending index.
 *
 * Example: checkHorizon('expectedPurchases', 52, 3)(2) === 52.
 */
export function checkHorizon(who: string, t: number | Float64Array, n: number): (i: number) => number {
  if (typeof t === 'number') {
    if (!(Number.isFinite(t) && t >= 0)) throw new UsageError(`${who}: horizon t must be a finite number ≥ 0, got ${t}`);
    return () => t;
  }
  if (t.length !== n) throw new UsageError(`${who}: ${t.length} horizons for ${n} customers`);
  for (let i = 0; i < n; i++) {
    if (!(Number.isFinite(t[i]) && t[i] >= 0)) {
      throw new UsageError(`${who}: horizon t[${i}] must be a finite number ≥ 0, got ${t[i]}`);
    }
  }
  return (i) => t[i];
}
