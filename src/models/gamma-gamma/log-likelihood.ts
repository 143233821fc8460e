/**
 * Gamma-Gamma log-likelihood of mean repeat spend, with analytic gradient
 * and Hessian over log-parameters.
 */
import { digamma } from '../../math/digamma.js';
import { lnGamma } from '../../math/ln-gamma.js';
import { trigamma } from '../../math/trigamma.js';
import type { Objective } from '../../optimise/objective.js';
import type { SpendPatterns } from './spend-patterns.js';

/** Gamma-Gamma parameters: transaction shape p, shape q and scale γ (= v) of the heterogeneity in ν. */
export type GammaGammaParams = {
  readonly p: number;
  readonly q: number;
  readonly v: number;
};

/**
 * Log-density of a customer's mean repeat spend z̄ given x ≥ 1 repeat
 * transactions, ν integrated out (Fader, Hardie & Lee 2005, JMR 42(4); Fader &
 * Hardie 2013, "The Gamma-Gamma Model of Monetary Value", the likelihood of
 * eq. 1a as lifetimes cites it):
 *
 *   f(z̄ | p, q, γ; x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q z̄^(px−1) x^(px) / (γ + x z̄)^(px+q)
 *
 * Evaluated in log space with log-gamma, so large px (frequent customers)
 * never overflows. Returns −Infinity outside the support (x ≤ 0 or z̄ ≤ 0).
 *
 * @example
 * gammaGammaLogDensity({ p: 6.25, q: 3.74, v: 15.44 }, 2, 22.35) // ≈ −3.551
 */
export function gammaGammaLogDensity(params: GammaGammaParams, frequency: number, monetaryValue: number): number {
  const { p, q, v } = params;
  const x = frequency;
  const z = monetaryValue;
  if (!(x > 0) || !(z > 0)) return Number.NEGATIVE_INFINITY;
  const px = p * x;
  return (
    lnGamma(px + q) -
    lnGamma(px) -
    lnGamma(q) +
    q * Math.log(v) +
    (px - 1) * Math.log(z) +
    px * Math.log(x) -
    (px + q) * Math.log(v + x * z)
  );
}

/**
 * The objective a Gamma-Gamma fit minimises: −Σ_k w_k log f(z̄_k | p, q, γ; x_k)
 * over collapsed patterns, as a function of φ = (log p, log q, log γ), filling
 * the gradient and (when asked) the Hessian with respect to φ.
 *
 * Derivation (per frequency group with W = Σw, s = x z̄, A = Σw ln s,
 * C = Σw ln(γ + s), D = Σw/(γ + s), E = Σw/(γ + s)²), from the log-density above:
 *
 *   ℓ      = W[lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ] + px·A − Σw ln z̄ − (px+q)·C
 *   ∂ℓ/∂p  = x[W(ψ(px+q) − ψ(px)) + A − C]
 *   ∂ℓ/∂q  = W(ψ(px+q) − ψ(q) + ln γ) − C
 *   ∂ℓ/∂γ  = Wq/γ − (px+q)·D
 *   ∂²ℓ/∂p² = x²W(ψ₁(px+q) − ψ₁(px)),  ∂²ℓ/∂p∂q = xWψ₁(px+q),  ∂²ℓ/∂p∂γ = −xD,
 *   ∂²ℓ/∂q² = W(ψ₁(px+q) − ψ₁(q)),      ∂²ℓ/∂q∂γ = W/γ − D,
 *   ∂²ℓ/∂γ² = −Wq/γ² + (px+q)·E
 *
 * and on the log scale ∂/∂φᵢ = θᵢ∂/∂θᵢ, ∂²/∂φᵢ∂φⱼ = θᵢθⱼ∂²/∂θᵢ∂θⱼ + [i=j]θᵢ∂/∂θᵢ.
 *
 * Numerical strategy: everything that depends only on x (log-gamma,
 * digamma, trigamma) is computed once per distinct frequency per call;
 * Σw ln s and Σw ln z̄ are data constants computed once here; each call then
 * costs one logarithm and two divisions per distinct (x, z̄) pattern.
 * Returns NaN if a parameter over/underflows, which the optimiser's line
 * search treats as "step too long".
 *
 * @example
 * const objective = gammaGammaNegLogLikelihood(collapseSpendPatterns(x, zbar));
 * const grad = new Float64Array(3);
 * objective(Float64Array.of(Math.log(6.25), Math.log(3.74), Math.log(15.44)), grad);
 */
export function gammaGammaNegLogLikelihood(patterns: SpendPatterns): Objective {
  const { groupFrequency, groupStart, spend, weight } = patterns;
  const groups = groupFrequency.length;
  const patternCount = spend.length;

  // Data constants: s = x z̄ per pattern; per group W and Σw ln s = W ln x + Σw ln z̄.
  const scaledSpend = new Float64Array(patternCount);
  const groupWeight = new Float64Array(groups);
  const groupLogScaled = new Float64Array(groups);
  let logSpendTotal = 0;
  for (let g = 0; g < groups; g++) {
    const x = groupFrequency[g];
    let w = 0;
    let logSpend = 0;
    for (let k = groupStart[g]; k < groupStart[g + 1]; k++) {
      scaledSpend[k] = x * spend[k];
      w += weight[k];
      logSpend += weight[k] * Math.log(spend[k]);
    }
    groupWeight[g] = w;
    groupLogScaled[g] = w * Math.log(x) + logSpend;
    logSpendTotal += logSpend;
  }

  return (phi, gradOut, hessOut) => {
    const p = Math.exp(phi[0]);
    const q = Math.exp(phi[1]);
    const v = Math.exp(phi[2]);
    if (!(p > 0 && q > 0 && v > 0) || !Number.isFinite(p + q + v)) return Number.NaN;
    const logV = Math.log(v);
    const lnGammaQ = lnGamma(q);
    const digammaQ = digamma(q);
    const trigammaQ = hessOut ? trigamma(q) : 0;

    let ll = -logSpendTotal;
    let gp = 0;
    let gq = 0;
    let gv = 0;
    let hpp = 0;
    let hpq = 0;
    let hpv = 0;
    let hqq = 0;
    let hqv = 0;
    let hvv = 0;
    for (let g = 0; g < groups; g++) {
      const x = groupFrequency[g];
      const W = groupWeight[g];
      const px = p * x;
      const shape = px + q;
      let C = 0;
      let D = 0;
      let E = 0;
      const end = groupStart[g + 1];
      if (hessOut) {
        for (let k = groupStart[g]; k < end; k++) {
          const denominator = v + scaledSpend[k];
          const w = weight[k];
          const inverse = 1 / denominator;
          C += w * Math.log(denominator);
          D += w * inverse;
          E += w * inverse * inverse;
        }
      } else {
        for (let k = groupStart[g]; k < end; k++) {
          const denominator = v + scaledSpend[k];
          C += weight[k] * Math.log(denominator);
          D += weight[k] / denominator;
        }
      }
      const A = groupLogScaled[g];
      ll += W * (lnGamma(shape) - lnGamma(px) - lnGammaQ + q * logV) + px * A - shape * C;
      const digammaShape = digamma(shape);
      gp += x * (W * (digammaShape - digamma(px)) + A - C);
      gq += W * (digammaShape - digammaQ + logV) - C;
      gv += (W * q) / v - shape * D;
      if (hessOut) {
        const trigammaShape = trigamma(shape);
        hpp += x * x * W * (trigammaShape - trigamma(px));
        hpq += x * W * trigammaShape;
        hpv -= x * D;
        hqq += W * (trigammaShape - trigammaQ);
        hqv += W / v - D;
        hvv += (-W * q) / (v * v) + shape * E;
      }
    }

    // Negate (we minimise −ℓ) and move to the log scale.
    gradOut[0] = -p * gp;
    gradOut[1] = -q * gq;
    gradOut[2] = -v * gv;
    if (hessOut) {
      hessOut[0] = -(p * p * hpp + p * gp);
      hessOut[1] = hessOut[3] = -p * q * hpq;
      hessOut[2] = hessOut[6] = -p * v * hpv;
      hessOut[4] = -(q * q * hqq + q * gq);
      hessOut[5] = hessOut[7] = -q * v * hqv;
      hessOut[8] = -(v * v * hvv + v * gv);
    }
    return -ll;
  };
}
