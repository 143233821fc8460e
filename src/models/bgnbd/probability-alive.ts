import type { BgnbdModel } from './bgnbd-model.js';
import { checkBgnbdModel, type BgnbdPredictOptions } from './check-model.js';
import { validateRfm } from './validate-rfm.js';

/**
 * Probability that each customer is still active at T (Fader, Hardie & Lee
 * 2005, eq. 13; Fader & Hardie 2008 note "Computing P(alive) using the BG/NBD model"):
 *
 *   P(alive | x, t_x, T) = 1 / [1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)],
 *
 * which is 1 for x = 0 (BG/NBD customers can only drop out right after a
 * purchase). Evaluated as σ(−D), D = ln a − ln(b+x−1) + (r+x)·ln((α+T)/(α+t_x)),
 * so the power never overflows for large x or long gaps.
 *
 * Example (CDNOW parameters, weeks): x = 2, t_x = 30.43, T = 38.86 → ≈ 0.7266.
 */
export function probabilityAlive(
  model: BgnbdModel,
  frequency: Float64Array,
  recency: Float64Array,
  T: Float64Array,
  options: BgnbdPredictOptions = {},
): Float64Array {
  const [r, alpha, a, b] = checkBgnbdModel(model, 'probabilityAlive', options);
  validateRfm('probabilityAlive', frequency, recency, T);
  const n = frequency.length;
  const out = new Float64Array(n);
  const lnA = Math.log(a);
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    if (x === 0) {
      out[i] = 1;
      continue;
    }
    const d = lnA - Math.log(b + x - 1) + (r + x) * Math.log((alpha + T[i]) / (alpha + recency[i]));
    const e = Math.exp(-Math.abs(d));
    out[i] = d > 0 ? e / (1 + e) : 1 / (1 + e);
  }
  return out;
}
