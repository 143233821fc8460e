import type { BgnbdModel } from './bgnbd-model.js';
import { checkBgnbdModel, type BgnbdPredictOptions } from './check-model.js';
import { checkHorizon } from './check-horizon.js';
import { createConditionalExpectation } from './conditional-expectation.js';
import { validateRfm } from './validate-rfm.js';

/**
 * Expected number of purchases in the next `t` time units, E[Y(t) | x, t_x, T],
 * for each customer (Fader, Hardie & Lee 2005, eq. 10), in the model's unit.
 * `t` is one horizon for everyone or one per customer.
 *
 * Robust for extreme customers (x in the thousands, t_x = T) and long horizons:
 * see {@link createConditionalExpectation} for the Euler-transformed series that
 * avoids the overflowing powers and the 1/(a − 1) singularity. Inputs are
 * validated like {@link fitBgnbd}'s and never modified.
 *
 * Example (CDNOW, weeks, published parameters): a customer with x = 2,
 * t_x = 30.43, T = 38.86 expects ≈ 1.226 purchases in the next 39 weeks
 * (Hardie's spreadsheet): `expectedPurchases(model, 39, [2], [30.43], [38.86])[0]` ≈ 1.226.
 */
export function expectedPurchases(
  model: BgnbdModel,
  t: number | Float64Array,
  frequency: Float64Array,
  recency: Float64Array,
  T: Float64Array,
  options: BgnbdPredictOptions = {},
): Float64Array {
  const [r, alpha, a, b] = checkBgnbdModel(model, 'expectedPurchases', options);
  validateRfm('expectedPurchases', frequency, recency, T);
  const n = frequency.length;
  const horizon = checkHorizon('expectedPurchases', t, n);
  const out = new Float64Array(n);
  const expectation = createConditionalExpectation(r, alpha, a, b);
  for (let i = 0; i < n; i++) {
    out[i] = expectation(frequency[i], recency[i], T[i], horizon(i));
  }
  return out;
}
