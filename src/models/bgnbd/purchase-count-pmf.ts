import { UsageError } from '../../errors.js';
import { lnBeta } from '../../math/ln-beta.js';
import { lnGamma } from '../../math/ln-gamma.js';
import type { BgnbdModel } from './bgnbd-model.js';
import { checkBgnbdModel, type BgnbdPredictOptions } from './check-model.js';

/**
 * Probability that a new customer makes exactly n repeat purchases in their
 * first t time units, P(X(t) = n) (Fader, Hardie & Lee 2005, eq. 8):
 *
 *   P(X(t) = n) = B(a, b+n)/B(a, b) · NB(n)
 *               + 1{n>0} · B(a+1, b+n−1)/B(a, b) · [1 − Σ_{j<n} NB(j)],
 *   NB(j) = Γ(r+j)/(Γ(r) j!) · (α/(α+t))ʳ · (t/(α+t))ʲ   (negative binomial pmf).
 *
 * Numerical strategy: every factor in log space (lnBeta, lnGamma, log1p);
 * the bracket is the NB upper tail P(N ≥ n), summed directly as Σ_{j≥n} NB(j)
 * when that is the smaller side (so it does not cancel to 0 for large n), or
 * as 1 − Σ_{j<n} NB(j) otherwise.
 *
 * Example: Σₙ purchaseCountPmf(model, 39, n) over n = 0, 1, … is 1, and
 * Σₙ n·P(X(39) = n) = expectedPurchasesNewCustomer(model, 39).
 */
export function purchaseCountPmf(model: BgnbdModel, t: number, n: number, options: BgnbdPredictOptions = {}): number {
  const [r, alpha, a, b] = checkBgnbdModel(model, 'purchaseCountPmf', options);
  if (!(Number.isFinite(t) && t >= 0)) throw new UsageError(`purchaseCountPmf: t must be a finite number ≥ 0, got ${t}`);
  if (!(Number.isInteger(n) && n >= 0)) throw new UsageError(`purchaseCountPmf: n must be a whole number ≥ 0, got ${n}`);
  if (t === 0) return n === 0 ? 1 : 0;
  const lnQ = -Math.log1p(t / alpha); // ln(α/(α+t))
  const lnP = Math.log(t / (alpha + t)); // ln(t/(α+t))
  const lnGammaR = lnGamma(r);
  const lnNb = (j: number): number => lnGamma(r + j) - lnGammaR - lnGamma(j + 1) + r * lnQ + j * lnP;
  const lnBab = lnBeta(a, b);
  const first = Math.exp(lnBeta(a, b + n) - lnBab + lnNb(n));
  if (n === 0) return first;
  return first + Math.exp(lnBeta(a + 1, b + n - 1) - lnBab) * negativeBinomialTail(n, r, t / (alpha + t), lnNb);
}

/** P(N ≥ n) for N ~ NB(r, p = t/(α+t)) with pmf exp(lnNb(j)). Mean of N is r·p/(1−p). */
function negativeBinomialTail(n: number, r: number, p: number, lnNb: (j: number) => number): number {
  const mean = (r * p) / (1 - p);
  if (n > mean) {
    // Upper tail: terms decrease geometrically once j > mean (ratio p(r+j)/(j+1) < 1).
    let term = Math.exp(lnNb(n));
    let sum = term;
    for (let j = n; term > 1e-17 * sum && j < n + 1e7; j++) {
      term *= (p * (r + j)) / (j + 1);
      sum += term;
    }
    return Math.min(1, sum);
  }
  let cdf = 0;
  let term = Math.exp(lnNb(0));
  for (let j = 0; j < n; j++) {
    cdf += term;
    term *= (p * (r + j)) / (j + 1);
  }
  return Math.max(0, 1 - cdf);
}
