import { logHyp2f1 } from '../../math/hyp2f1.js';

/** Series terms allowed before switching to the general ₂F₁ routine (very long horizons, z → 1). */
const SERIES_CAP = 4000;

/** E[Y(t) | x, t_x, T] for one customer; see {@link createConditionalExpectation}. */
export type ConditionalExpectation = (x: number, tx: number, T: number, t: number) => number;

/** Per-frequency constants and the lazily grown coefficient table of the series G. */
interface PerFrequency {
  readonly c: number;
  readonly lnAOverBx: number; // ln a − ln(b + x − 1), for x > 0
  /** coef[k] = gₖ / zᵏ for k ≥ 1 (coef[0] unused). */
  coef: Float64Array;
  /** bound[k] = max(|k+a'|/|k+c|, 1)·max(|k+a−1|/(k+1), 1): z·bound[k] bounds every later term ratio. */
  bound: Float64Array;
  readonly monotoneFrom: number;
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in (T, T + t] of one customer under
 * BG/NBD (r, α, a, b) — Fader, Hardie & Lee 2005, eq. 10:
 *
 *   E = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)]
 *       / [1 + 1{x>0} a/(b+x−1) ((α+T)/(α+t_x))^(r+x)],     z = t/(α+T+t).
 *
 * Numerical strategy (why peers return NaN/Inf for heavy buyers): Euler's
 * transformation ₂F₁(r+x, b+x; c; z) = (1−z)^(a−1−r−x) ₂F₁(a', a−1; c; z),
 * a' = a+b−1−r, c = a+b+x−1, cancels the power (1−z)^(r+x) exactly, and the
 * new series converges faster the larger x is. Writing
 * ₂F₁(a', a−1; c; z) = 1 + (a−1)·G with
 *   G = Σ_{k≥1} (a')ₖ (a)ₖ₋₁ / ((c)ₖ k!) zᵏ,
 * and L = ln(1−z) = −log1p(t/(α+T)), the bracket over (a−1) becomes
 *   −expm1((a−1)L)/(a−1) − e^((a−1)L)·G,
 * which has no 1/(a−1) singularity (a = 1 gives −L − G) and no huge powers.
 * The denominator is applied as σ(−D) with D = ln a − ln(b+x−1) + (r+x)·
 * ln((α+T)/(α+t_x)), which cannot overflow.
 *
 * Speed: G's coefficients gₖ/zᵏ depend on x only, so they are tabulated once
 * per distinct x (grown on demand) and each customer costs a multiply-add per
 * term plus five elementary functions. The sum stops when a rigorous
 * geometric bound on the tail (z·bound[k] bounds all later term ratios,
 * since each factor of the ratio is monotone in k) is below 1e-16 of the sum.
 * Past 4000 terms (t ≫ α + T with small x), ₂F₁(a', a−1; c; z) comes from
 * {@link logHyp2f1} (1 − z connection formulas) instead.
 *
 * With T = t_x = x = 0 this is E[X(t)] for a new customer (eq. 9).
 * Returns NaN only if the hypergeometric routine reports non-convergence.
 *
 * Example: createConditionalExpectation(0.243, 4.414, 0.793, 2.426)(2, 30.43, 38.86, 39)
 * ≈ 1.226 (Hardie's BG/NBD spreadsheet).
 */
export function createConditionalExpectation(r: number, alpha: number, a: number, b: number): ConditionalExpectation {
  const am1 = a - 1;
  const aPrime = a + b - 1 - r;
  const lnA = Math.log(a);
  const cache: (PerFrequency | undefined)[] = [];
  const other = new Map<number, PerFrequency>();
  const forFrequency = (x: number): PerFrequency => {
    let entry = x < 100_000 ? cache[x] : other.get(x);
    if (!entry) {
      const c = a + b + x - 1;
      entry = {
        c,
        lnAOverBx: x > 0 ? lnA - Math.log(b + x - 1) : 0,
        coef: new Float64Array(0),
        bound: new Float64Array(0),
        monotoneFrom: Math.max(0, -aPrime, 1 - a, -c),
      };
      grow(entry, 64);
      if (x < 100_000) cache[x] = entry;
      else other.set(x, entry);
    }
    return entry;
  };
  const grow = (entry: PerFrequency, length: number): void => {
    const coef = new Float64Array(length);
    const bound = new Float64Array(length);
    coef.set(entry.coef);
    bound.set(entry.bound);
    const c = entry.c;
    let k = entry.coef.length;
    if (k === 0) {
      coef[1] = aPrime / c;
      k = 2;
    }
    for (; k < length; k++) {
      const j = k - 1;
      coef[k] = (coef[j] * ((aPrime + j) * (a + j - 1))) / ((c + j) * (j + 1));
    }
    for (let j = Math.max(1, entry.bound.length); j < length; j++) {
      bound[j] = Math.max(Math.abs(j + aPrime) / Math.abs(j + c), 1) * Math.max(Math.abs(j + a - 1) / (j + 1), 1);
    }
    entry.coef = coef;
    entry.bound = bound;
  };

  /**
   * Σ_{k≥1} coef[k]·zᵏ, or NaN past SERIES_CAP terms. Four terms per step with
   * independent products, so the loop is not bound by one multiply chain.
   */
  const seriesG = (entry: PerFrequency, z: number): number => {
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    let sum = 0;
    let power = z;
    for (let k = 1; k + 3 < SERIES_CAP; k += 4) {
      if (k + 3 >= entry.coef.length) grow(entry, Math.min(SERIES_CAP, 2 * entry.coef.length));
      const coef = entry.coef;
      const last = coef[k + 3] * power * z3;
      sum += coef[k] * power + coef[k + 1] * power * z + (coef[k + 2] * power * z2 + last);
      power *= z4;
      const absLast = Math.abs(last);
      if (absLast <= 1e-16 * Math.abs(sum) && k + 3 > entry.monotoneFrom) {
        if (coef[k + 3] === 0) return sum; // terminating or underflowed coefficients
        const rho = z * entry.bound[k + 3];
        if (rho < 1 && absLast * rho <= 1e-16 * Math.abs(sum) * (1 - rho)) return sum;
      }
    }
    return Number.NaN;
  };

  return (x, tx, T, t) => {
    if (t === 0) return 0;
    const entry = forFrequency(x);
    const u = t / (alpha + T);
    const L = -Math.log1p(u);
    const z = u / (1 + u);
    const amL = am1 * L;
    // Bracket B = [1 − (1−z)^(a−1) ₂F₁(a', a−1; c; z)] / (a−1).
    const growth = Math.expm1(amL); // (1−z)^(a−1) − 1
    const head = Math.abs(amL) < 1e-8 ? -L * (1 + 0.5 * amL) : -growth / am1;
    let bracket: number;
    // Beyond z ≈ 0.995 the series needs thousands of terms; go straight to the connection formulas.
    const g = z < 0.995 ? seriesG(entry, z) : Number.NaN;
    if (!Number.isNaN(g)) {
      bracket = head - (1 + growth) * g;
    } else {
      const f = logHyp2f1(aPrime, am1, entry.c, z);
      if (!f.converged || f.sign <= 0 || am1 === 0) return Number.NaN;
      bracket = -Math.expm1(amL + f.logAbs) / am1;
    }
    if (x === 0) return entry.c * bracket;
    const d = entry.lnAOverBx + (r + x) * Math.log((alpha + T) / (alpha + tx));
    const alive = d > 0 ? Math.exp(-d) / (1 + Math.exp(-d)) : 1 / (1 + Math.exp(d));
    return entry.c * bracket * alive;
  };
}
