import { digamma } from './digamma.js';
import { gammaSign } from './gamma-sign.js';
import { lnGamma } from './ln-gamma.js';

/** A Gauss hypergeometric value held as sign · exp(logAbs), with how it was obtained. */
export interface Hyp2f1Result {
  /** ln |₂F₁(a, b; c; z)|; −Infinity when the value is 0. */
  readonly logAbs: number;
  /** +1, −1 or 0. */
  readonly sign: number;
  /** False if a series hit its term cap or cancellation ate the requested precision. */
  readonly converged: boolean;
  /** Estimated relative error of the result (rounding + truncation). */
  readonly relativeError: number;
  /** Series terms summed. */
  readonly terms: number;
  readonly method: 'series' | 'euler-series' | 'one-minus-z' | 'one-minus-z-integer';
}

/** Options of {@link logHyp2f1}. */
export interface Hyp2f1Options {
  /** Relative truncation tolerance of each series. Default 1e-15. */
  readonly tolerance?: number;
  /** Term cap per series. Default 100 000. */
  readonly maxTerms?: number;
}

const SCALE = 1e250;
const LOG_SCALE = Math.log(SCALE);

/** Running sum of a series whose terms can over/underflow, kept as (sum, term)·e^logScale. */
interface SeriesSum {
  logAbs: number;
  sign: number;
  converged: boolean;
  relativeError: number;
  terms: number;
}

/**
 * Logarithm of the Gauss hypergeometric function
 *
 *   ₂F₁(a, b; c; z) = Σₖ (a)ₖ (b)ₖ / ((c)ₖ k!) zᵏ       (A&S 15.1.1)
 *
 * for real a, b, c (c not a non-positive integer) and 0 ≤ z < 1, returned as
 * sign and ln|value| so that huge or tiny values survive.
 *
 * Numerical strategy:
 * 1. Of the two equivalent representations — the series itself and Euler's
 *    transformation ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z)
 *    (A&S 15.3.3) — sum the one whose terms shrink faster (smaller
 *    |a·b| / c, or a terminating polynomial). Terms are kept in a rescaled
 *    form, so a hump of 10³⁰⁰ in the middle of the series does not overflow.
 *    For z ≤ 0.5 this always converges in ≲ 60 terms past the hump; for
 *    z > 0.5 it is tried with a short budget, which succeeds whenever c is
 *    large relative to a and b (the BG/NBD case after Euler's transformation).
 * 2. Otherwise, for z > 0.5, the connection formula to 1 − z (A&S 15.3.6),
 *    or for c − a − b = ±m an integer its logarithmic limit (A&S 15.3.10–12,
 *    the negative case via Euler's transformation), both evaluated with
 *    gamma-function ratios in log space. When c − a − b is within 1e-3 of an
 *    integer (but not equal), 15.3.6 cancels badly, so the plain series is
 *    summed with the full term budget instead (feasible up to z ≈ 0.9996).
 * 3. A series stops when the next term and a geometric bound on the tail are
 *    below `tolerance` relative to the sum, after the terms have passed their
 *    peak. Cancellation is tracked (largest term vs. sum, and the two halves of
 *    the connection formula), giving `relativeError`; the result is reported
 *    `converged: false` if that estimate exceeds 1e-8 or a term cap is hit.
 *    Never returns a silently wrong number.
 *
 * Example: logHyp2f1(1, 1, 2, 0.5).logAbs = ln(−ln(0.5)/0.5) = ln(2 ln 2) ≈ 0.3266.
 */
export function logHyp2f1(a: number, b: number, c: number, z: number, options: Hyp2f1Options = {}): Hyp2f1Result {
  const tolerance = options.tolerance ?? 1e-15;
  const maxTerms = options.maxTerms ?? 100_000;
  if (![a, b, c, z].every(Number.isFinite) || z < 0 || z >= 1 || (c <= 0 && Number.isInteger(c) && !terminatesBefore(a, b, c))) {
    return { logAbs: Number.NaN, sign: Number.NaN, converged: false, relativeError: Number.POSITIVE_INFINITY, terms: 0, method: 'series' };
  }
  if (z === 0 || a === 0 || b === 0) {
    return { logAbs: 0, sign: 1, converged: true, relativeError: 0, terms: 0, method: 'series' };
  }
  const log1mz = Math.log1p(-z);
  const useEuler = seriesDifficulty(c - a, c - b, c) < seriesDifficulty(a, b, c);
  const [sa, sb] = useEuler ? [c - a, c - b] : [a, b];
  const prefactor = useEuler ? (c - a - b) * log1mz : 0;
  const budget = z <= 0.5 ? maxTerms : Math.min(maxTerms, 400);
  const direct = sumSeries(sa, sb, c, z, tolerance, budget);
  if (direct.converged || z <= 0.5) {
    return finish(direct.logAbs + prefactor, direct.sign, direct, useEuler ? 'euler-series' : 'series');
  }
  return oneMinusZ(a, b, c, z, log1mz, tolerance, maxTerms, direct.terms);
}

/** True when a or b is a non-positive integer that ends the series before (c)ₖ hits zero. */
function terminatesBefore(a: number, b: number, c: number): boolean {
  return [a, b].some((v) => v <= 0 && Number.isInteger(v) && v > c);
}

/** Rough cost of summing ₂F₁(a, b; c; ·): terminating series are free, else |a·b|/|c|. */
function seriesDifficulty(a: number, b: number, c: number): number {
  if ((a <= 0 && Number.isInteger(a)) || (b <= 0 && Number.isInteger(b))) return Math.min(Math.abs(a), Math.abs(b)) * 1e-9;
  return (Math.abs(a) + 1) * (Math.abs(b) + 1) / (Math.abs(c) + 1);
}

function finish(logAbs: number, sign: number, s: SeriesSum, method: Hyp2f1Result['method'], extraTerms = 0): Hyp2f1Result {
  const converged = s.converged && s.relativeError <= 1e-8 && Number.isFinite(logAbs);
  return { logAbs: sign === 0 ? Number.NEGATIVE_INFINITY : logAbs, sign, converged, relativeError: s.relativeError, terms: s.terms + extraTerms, method };
}

/**
 * Σₖ (a)ₖ(b)ₖ/((c)ₖ k!) zᵏ with rescaling. Once k ≥ max(0, −a, −b, −c), every
 * later term ratio z(j+a)(j+b)/((j+c)(j+1)) is bounded by
 * ρ = z·max(|k+a|/|k+c|, 1)·max(|k+b|/(k+1), 1) (each factor is monotone in j
 * and tends to 1); the sum stops when ρ < 1 and |term|/(1 − ρ) ≤ tol·|sum|.
 */
function sumSeries(a: number, b: number, c: number, z: number, tolerance: number, maxTerms: number): SeriesSum {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  let maxAbs = 1;
  const monotoneFrom = Math.max(0, -a, -b, -c);
  for (let k = 0; k < maxTerms; k++) {
    const ratio = ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    term *= ratio;
    sum += term;
    const absTerm = Math.abs(term);
    if (absTerm > maxAbs) maxAbs = absTerm;
    if (term === 0) return result(sum, logScale, maxAbs, k + 1, true);
    if (Math.abs(sum) > SCALE || absTerm > SCALE) {
      sum /= SCALE;
      term /= SCALE;
      maxAbs /= SCALE;
      logScale += LOG_SCALE;
    }
    const j = k + 1;
    if (j > monotoneFrom && absTerm <= tolerance * Math.abs(sum)) {
      const rho = z * Math.max(Math.abs(j + a) / Math.abs(j + c), 1) * Math.max(Math.abs(j + b) / (j + 1), 1);
      if (rho < 1 && absTerm * (rho / (1 - rho)) <= tolerance * Math.abs(sum)) {
        return result(sum, logScale, maxAbs, j, true);
      }
    }
  }
  return result(sum, logScale, maxAbs, maxTerms, false);
}

function result(sum: number, logScale: number, maxAbs: number, terms: number, converged: boolean): SeriesSum {
  const absSum = Math.abs(sum);
  // Rounding: each of `terms` additions errs by ε·(largest partial sum ≤ terms·maxAbs); crude but safe.
  const relativeError = absSum > 0 ? (Number.EPSILON * maxAbs * Math.sqrt(terms + 1)) / absSum : Number.POSITIVE_INFINITY;
  return { logAbs: Math.log(absSum) + logScale, sign: Math.sign(sum), converged, relativeError, terms };
}

/**
 * z > 0.5: A&S 15.3.6 when c − a − b is not an integer,
 *   F = A₁ F(a, b; a+b−c+1; 1−z) + (1−z)^(c−a−b) A₂ F(c−a, c−b; c−a−b+1; 1−z),
 *   A₁ = Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b)), A₂ = Γ(c)Γ(a+b−c)/(Γ(a)Γ(b));
 * else the logarithmic case.
 */
function oneMinusZ(a: number, b: number, c: number, z: number, log1mz: number, tolerance: number, maxTerms: number, spent: number): Hyp2f1Result {
  const s = c - a - b;
  const m = Math.round(s);
  if (Math.abs(s - m) <= 1e-12 * Math.max(1, Math.abs(s))) {
    if (m >= 0) return integerCase(a, b, m, z, log1mz, tolerance, maxTerms, spent);
    // c − a − b = −m: Euler's transformation gives F(c−a, c−b; c; z) with (c−a)+(c−b)+m = c.
    const inner = integerCase(c - a, c - b, -m, z, log1mz, tolerance, maxTerms, spent);
    return { ...inner, logAbs: inner.logAbs + s * log1mz };
  }
  if (Math.abs(s - m) < 1e-3) {
    // Near-integer c − a − b: the two halves of 15.3.6 are ~1/|s − m| and cancel. The plain series is
    // exact but slow (≈ 37/(1 − z) terms); use it while that is affordable.
    const useEuler = seriesDifficulty(c - a, c - b, c) < seriesDifficulty(a, b, c);
    const direct = sumSeries(useEuler ? c - a : a, useEuler ? c - b : b, c, z, tolerance, maxTerms);
    if (direct.converged) {
      return finish(direct.logAbs + (useEuler ? s * log1mz : 0), direct.sign, direct, useEuler ? 'euler-series' : 'series', spent);
    }
  }
  const w = 1 - z;
  const lnA1 = lnGamma(c) + lnGamma(s) - lnGamma(c - a) - lnGamma(c - b);
  const signA1 = gammaSign(c) * gammaSign(s) * gammaSign(c - a) * gammaSign(c - b);
  const lnA2 = lnGamma(c) + lnGamma(-s) - lnGamma(a) - lnGamma(b) + s * log1mz;
  const signA2 = gammaSign(c) * gammaSign(-s) * gammaSign(a) * gammaSign(b);
  const f1 = signA1 === 0 ? null : sumSeries(a, b, 1 - s, w, tolerance, maxTerms);
  const f2 = signA2 === 0 ? null : sumSeries(c - a, c - b, 1 + s, w, tolerance, maxTerms);
  const part1 = f1 ? { log: lnA1 + f1.logAbs, sign: signA1 * f1.sign } : { log: Number.NEGATIVE_INFINITY, sign: 0 };
  const part2 = f2 ? { log: lnA2 + f2.logAbs, sign: signA2 * f2.sign } : { log: Number.NEGATIVE_INFINITY, sign: 0 };
  const combined = addSigned(part1.log, part1.sign, part2.log, part2.sign);
  const parts = [f1, f2].filter((f): f is SeriesSum => f !== null);
  const summary: SeriesSum = {
    logAbs: combined.log,
    sign: combined.sign,
    converged: parts.every((f) => f.converged),
    relativeError: Math.max(...parts.map((f) => f.relativeError), 0) * combined.cancellation + Number.EPSILON * combined.cancellation * 8,
    terms: parts.reduce((t, f) => t + f.terms, 0),
  };
  return finish(combined.log, combined.sign, summary, 'one-minus-z', spent);
}

/**
 * c = a + b + m, m = 0, 1, 2, … (A&S 15.3.10/15.3.11):
 *   F = Γ(m)Γ(c)/(Γ(a+m)Γ(b+m)) Σ_{n<m} (a)ₙ(b)ₙ/(n!(1−m)ₙ) wⁿ
 *     − (−w)^m Γ(c)/(Γ(a)Γ(b)) Σₙ (a+m)ₙ(b+m)ₙ/(n!(n+m)!) wⁿ
 *          · [ln w − ψ(n+1) − ψ(n+m+1) + ψ(a+n+m) + ψ(b+n+m)],   w = 1 − z.
 */
function integerCase(a: number, b: number, m: number, z: number, log1mz: number, tolerance: number, maxTerms: number, spent: number): Hyp2f1Result {
  const w = 1 - z;
  const c = a + b + m;
  // Finite part (empty for m = 0).
  let finite = 0;
  let finiteMax = 0;
  if (m > 0) {
    const lnCoef = lnGamma(m) + lnGamma(c) - lnGamma(a + m) - lnGamma(b + m);
    const signCoef = gammaSign(c) * gammaSign(a + m) * gammaSign(b + m);
    let t = 1;
    let s = 1;
    for (let n = 0; n < m - 1; n++) {
      t *= ((a + n) * (b + n) * w) / ((n + 1) * (1 - m + n));
      s += t;
    }
    finite = signCoef === 0 ? 0 : signCoef * Math.exp(lnCoef) * s;
    finiteMax = Math.abs(finite);
  }
  // Logarithmic part.
  let logPart = 0;
  let logMax = 0;
  let terms = m;
  let converged = true;
  const signAB = gammaSign(a) * gammaSign(b);
  if (signAB !== 0) {
    const lnCoef = lnGamma(c) - lnGamma(a) - lnGamma(b) + m * log1mz - lnGamma(m + 1);
    const coef = gammaSign(c) * signAB * (m % 2 === 0 ? 1 : -1) * Math.exp(lnCoef);
    // Term n: (a+m)ₙ(b+m)ₙ/(n!(n+m)!) wⁿ · bracket, with the 1/m! pulled into coef.
    let t = 1;
    let psi = log1mz - digamma(1) - digamma(m + 1) + digamma(a + m) + digamma(b + m);
    let s = 0;
    converged = false;
    for (let n = 0; n < maxTerms; n++) {
      const contribution = t * psi;
      s += contribution;
      logMax = Math.max(logMax, Math.abs(contribution));
      terms++;
      const ratio = ((a + m + n) * (b + m + n) * w) / ((n + 1) * (n + m + 1));
      if (n > Math.abs(a) + Math.abs(b) + m && Math.abs(contribution) <= tolerance * Math.abs(s) && Math.abs(ratio) < 0.9) {
        converged = true;
        break;
      }
      t *= ratio;
      // ψ(x+1) = ψ(x) + 1/x moves the bracket to n + 1.
      psi += -1 / (n + 1) - 1 / (n + m + 1) + 1 / (a + m + n) + 1 / (b + m + n);
    }
    logPart = -coef * s;
    logMax *= Math.abs(coef);
  }
  const value = finite + logPart;
  const cancellation = (finiteMax + logMax) / Math.abs(value);
  const summary: SeriesSum = {
    logAbs: Math.log(Math.abs(value)),
    sign: Math.sign(value),
    converged,
    relativeError: Number.EPSILON * 16 * cancellation,
    terms,
  };
  return finish(summary.logAbs, summary.sign, summary, 'one-minus-z-integer', spent);
}

/** ln|x + y| and its sign for x = sx·e^lx, y = sy·e^ly, with the cancellation factor (|x|+|y|)/|x+y|. */
function addSigned(lx: number, sx: number, ly: number, sy: number): { log: number; sign: number; cancellation: number } {
  if (sx === 0) return { log: ly, sign: sy, cancellation: 1 };
  if (sy === 0) return { log: lx, sign: sx, cancellation: 1 };
  const big = Math.max(lx, ly);
  const x = sx * Math.exp(lx - big);
  const y = sy * Math.exp(ly - big);
  const total = x + y;
  return { log: big + Math.log(Math.abs(total)), sign: Math.sign(total), cancellation: (Math.abs(x) + Math.abs(y)) / Math.abs(total) };
}
