import type { BgnbdModel } from './bgnbd-model.js';
import { checkBgnbdModel, type BgnbdPredictOptions } from './check-model.js';
import { createConditionalExpectation } from './conditional-expectation.js';
import { checkHorizon } from './check-horizon.js';

/**
 * Expected repeat purchases of a newly acquired customer in their first `t`
 * time units, E[X(t)] (Fader, Hardie & Lee 2005, eq. 9):
 *
 *   E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))ʳ ₂F₁(r, b; a+b−1; t/(α+t))].
 *
 * This is eq. 10 at x = t_x = T = 0, so it shares the Euler-transformed,
 * a = 1-safe evaluation of {@link createConditionalExpectation}.
 * A number for one horizon; a Float64Array for an array of horizons.
 *
 * Example (CDNOW parameters, weeks): expectedPurchasesNewCustomer(model, 39) ≈ 1.1967.
 */
export function expectedPurchasesNewCustomer(model: BgnbdModel, t: number, options?: BgnbdPredictOptions): number;
export function expectedPurchasesNewCustomer(model: BgnbdModel, t: Float64Array, options?: BgnbdPredictOptions): Float64Array;
export function expectedPurchasesNewCustomer(
  model: BgnbdModel,
  t: number | Float64Array,
  options: BgnbdPredictOptions = {},
): number | Float64Array {
  const [r, alpha, a, b] = checkBgnbdModel(model, 'expectedPurchasesNewCustomer', options);
  const expectation = createConditionalExpectation(r, alpha, a, b);
  if (typeof t === 'number') {
    checkHorizon('expectedPurchasesNewCustomer', t, 1);
    return expectation(0, 0, 0, t);
  }
  const horizon = checkHorizon('expectedPurchasesNewCustomer', t, t.length);
  return t.map((_, i) => expectation(0, 0, 0, horizon(i)));
}
