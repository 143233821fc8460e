/**
 * Straightforward BG/NBD formulas (Fader, Hardie & Lee 2005, eqs. 8–10 and
 * P(alive) from their technical note), written independently of
 * src/models/bgnbd so evaluation tests and plot previews have a reference.
 * The Gaussian hypergeometric 2F1 is summed term by term (|z| < 1 here).
 */
import { lnGamma } from '../../src/math/ln-gamma.js';

export interface BgnbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/** FHL 2005, Table 1 (BG/NBD on the 2,357-customer CDNOW sample, weeks). */
export const CDNOW_PARAMS: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

export function hyp2f1Series(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 200_000; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return sum;
}

/** E[X(t)] for a new customer (FHL 2005, eq. 9). */
export function expectedNewCustomer(p: BgnbdParams, t: number): number {
  const { r, alpha, a, b } = p;
  return ((a + b - 1) / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * hyp2f1Series(r, b, a + b - 1, t / (alpha + t)));
}

/** P(X(t) = x) for a new customer (FHL 2005, eq. 8). */
export function purchaseCountPmf(p: BgnbdParams, t: number, x: number): number {
  const { r, alpha, a, b } = p;
  const lnB = (u: number, v: number) => lnGamma(u) + lnGamma(v) - lnGamma(u + v);
  const lnNb = (j: number) => lnGamma(r + j) - lnGamma(r) - lnGamma(j + 1) + r * Math.log(alpha / (alpha + t)) + j * Math.log(t / (alpha + t));
  let p1 = Math.exp(lnB(a, b + x) - lnB(a, b) + lnNb(x));
  if (x > 0) {
    let partial = 0;
    for (let j = 0; j < x; j++) partial += Math.exp(lnNb(j));
    p1 += Math.exp(lnB(a + 1, b + x - 1) - lnB(a, b)) * (1 - partial);
  }
  return p1;
}

/** E[Y(t) | x, t_x, T] (FHL 2005, eq. 10). */
export function conditionalExpected(p: BgnbdParams, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const head = ((a + b + x - 1) / (a - 1)) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1Series(r + x, b + x, a + b + x - 1, t / (alpha + T + t)));
  const odds = x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0;
  return head / (1 + odds);
}

/** P(alive | x, t_x, T) (Fader, Hardie & Lee 2008 note, eq. 2). */
export function probabilityAlive(p: BgnbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  return x > 0 ? 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x)) : 1;
}
