import { logHyp2f1 } from '../../math/hyp2f1.js';

/** Series terms tried before switching to the general ₂F₁ routine (long horizons, z → 1). */
const SERIES_CAP = 300;

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
 * [ln(α+T) − ln(α+t_x)], which cannot overflow. G is summed until a
 * rigorous geometric bound on the tail is below 1e-16 of the sum; if that
 * needs more than 300 terms (t ≫ α+T and small x), ₂F₁(a', a−1; c; z) comes
 * from {@link logHyp2f1} (1 − z connection formulas) instead.
 *
 * With T = t_x = x = 0 this is E[X(t)] for a new customer (eq. 9).
 * Returns NaN if the hypergeometric routine reports non-convergence.
 *
 * Example: r = 0.243, α = 4.414, a = 0.793, b = 2.426, x = 2, t_x = 30.43,
 * T = 38.86, t = 39 → ≈ 1.226 (Hardie's BG/NBD spreadsheet).
 */
export function conditionalExpectation(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  tx: number,
  T: number,
  t: number,
): number {
  if (t === 0) return 0;
  const rx = r + x;
  const lnT = Math.log(alpha + T);
  const L = -Math.log1p(t / (alpha + T));
  const z = t / (alpha + T + t);
  const am1 = a - 1;
  const c = a + b + x - 1;
  const aPrime = a + b - 1 - r;

  // Bracket B = [1 − (1−z)^(a−1) ₂F₁(a', a−1; c; z)] / (a−1).
  const amL = am1 * L;
  const head = Math.abs(amL) < 1e-8 ? -L * (1 + 0.5 * amL) : -Math.expm1(amL) / am1;
  let bracket: number;
  const g = seriesG(aPrime, a, c, z);
  if (!Number.isNaN(g)) {
    bracket = head - Math.exp(amL) * g;
  } else {
    const f = logHyp2f1(aPrime, am1, c, z);
    if (!f.converged || f.sign <= 0) return Number.NaN;
    const exponent = amL + f.logAbs;
    bracket = Math.abs(am1) > 0 ? -Math.expm1(exponent) / am1 : Number.NaN;
  }

  let alive = 1;
  if (x > 0) {
    const d = Math.log(a) - Math.log(b + x - 1) + rx * (lnT - Math.log(alpha + tx));
    alive = d > 0 ? Math.exp(-d) / (1 + Math.exp(-d)) : 1 / (1 + Math.exp(d));
  }
  return c * bracket * alive;
}

/**
 * G = Σ_{k≥1} gₖ, g₁ = a'z/c, gₖ₊₁/gₖ = (a'+k)(a+k−1)z/((c+k)(k+1)); NaN if not
 * converged within SERIES_CAP terms. Stops once k ≥ max(0, −a', 1−a) and the
 * tail bound |gₖ|·ρ/(1−ρ), ρ = z·max(|k+a'|/|k+c|, 1)·max(|k+a−1|/(k+1), 1),
 * is below 1e-16·|G| (each factor is monotone in k and tends to 1).
 */
function seriesG(aPrime: number, a: number, c: number, z: number): number {
  let term = (aPrime * z) / c;
  let sum = term;
  const monotoneFrom = Math.max(0, -aPrime, 1 - a, -c);
  for (let k = 1; k < SERIES_CAP; k++) {
    if (term === 0) return sum;
    if (k > monotoneFrom) {
      const rho = z * Math.max(Math.abs(k + aPrime) / Math.abs(k + c), 1) * Math.max(Math.abs(k + a - 1) / (k + 1), 1);
      if (rho < 1 && Math.abs(term) * (1 + rho / (1 - rho)) <= 1e-16 * Math.abs(sum)) return sum;
    }
    term *= ((aPrime + k) * (a + k - 1) * z) / ((c + k) * (k + 1));
    sum += term;
  }
  return Number.NaN;
}
