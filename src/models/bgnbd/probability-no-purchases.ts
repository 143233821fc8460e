import type { BgnbdModel } from './bgnbd-model.js';
import { checkBgnbdModel, type BgnbdPredictOptions } from './check-model.js';
import { checkHorizon } from './check-horizon.js';
import { validateRfm } from './validate-rfm.js';

/**
 * Probability that each customer makes no purchase in (T, T + w]:
 *
 *   P(X(T, T+w) = 0 | x, t_x, T) = (1 − P(alive)) + P(alive)·((α+T)/(α+T+w))^(r+x).
 *
 * Derivation: a customer who is gone never buys again; one who is alive at T
 * stays alive until their next purchase, and given the history the rate is
 * λ ~ Gamma(r+x, α+T), so P(no purchase in w | alive) = E[e^(−λw)] =
 * ((α+T)/(α+T+w))^(r+x). (This is the BG/NBD baseline of the churn model.)
 *
 * Computed without cancellation in either regime: near 1 as
 * 1 − P(alive)·(−expm1(−(r+x)·log1p(w/(α+T)))), near 0 (an active heavy
 * buyer) as σ(D) + σ(−D)·exp(−(r+x)·log1p(w/(α+T))), where σ(D) = 1 − P(alive)
 * is evaluated directly.
 *
 * Example: for x = 0 it is (α+T)^r/(α+T+w)^r; with w = 0 it is 1.
 */
export function probabilityNoPurchases(
  model: BgnbdModel,
  window: number | Float64Array,
  frequency: Float64Array,
  recency: Float64Array,
  T: Float64Array,
  options: BgnbdPredictOptions = {},
): Float64Array {
  const [r, alpha, a, b] = checkBgnbdModel(model, 'probabilityNoPurchases', options);
  validateRfm('probabilityNoPurchases', frequency, recency, T);
  const n = frequency.length;
  const horizon = checkHorizon('probabilityNoPurchases', window, n);
  const out = new Float64Array(n);
  const lnA = Math.log(a);
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const exponent = -(r + x) * Math.log1p(horizon(i) / (alpha + T[i]));
    const quiet = Math.exp(exponent);
    if (x === 0) {
      out[i] = quiet;
      continue;
    }
    const d = lnA - Math.log(b + x - 1) + (r + x) * Math.log((alpha + T[i]) / (alpha + recency[i]));
    // σ(D) = 1 − P(alive) and σ(−D) = P(alive), each without a subtraction.
    const e = Math.exp(-Math.abs(d));
    const gone = d > 0 ? 1 / (1 + e) : e / (1 + e);
    const alive = d > 0 ? e / (1 + e) : 1 / (1 + e);
    // Near 1 use 1 − alive·(1 − quiet) with 1 − quiet = −expm1(·); near 0 the sum of two positive terms.
    const buys = -alive * Math.expm1(exponent);
    out[i] = buys < 0.5 ? 1 - buys : gone + alive * quiet;
  }
  return out;
}
