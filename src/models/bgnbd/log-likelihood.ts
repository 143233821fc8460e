import { digamma } from '../../math/digamma.js';
import { lnBeta } from '../../math/ln-beta.js';
import { lnGamma } from '../../math/ln-gamma.js';
import { trigamma } from '../../math/trigamma.js';
import type { Objective } from '../../optimise/objective.js';
import type { BgnbdParams } from './bgnbd-model.js';
import { prepareBgnbdLikelihoodData, type BgnbdLikelihoodData } from './likelihood-data.js';

/**
 * Total BG/NBD log-likelihood of customers with repeat purchases x, recency
 * t_x and age T (Fader, Hardie & Lee 2005, eq. 6):
 *
 *   L(r, α, a, b | x, t_x, T) = B(a, b+x)/B(a, b) · Γ(r+x) αʳ / Γ(r) ·
 *       [ (α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+t_x)^−(r+x) ]
 *
 * Optional `weight` counts identical customers (collapsed patterns).
 * Evaluated in log space (see {@link bgnbdObjective}); −Infinity/NaN only for
 * invalid parameters.
 *
 * Example: for CDNOW (2,357 customers, weeks) at the published r = 0.243,
 * α = 4.414, a = 0.793, b = 2.426 this is ≈ −9582.4 (FHL 2005, §5).
 */
export function bgnbdLogLikelihood(
  params: BgnbdParams,
  frequency: Float64Array,
  recency: Float64Array,
  T: Float64Array,
  weight?: Float64Array,
): number {
  const data = prepareBgnbdLikelihoodData(frequency, recency, T, weight ?? new Float64Array(frequency.length).fill(1));
  const logParams = new Float64Array([params.r, params.alpha, params.a, params.b].map(Math.log));
  return -bgnbdObjective(data)(logParams, new Float64Array(4));
}

/**
 * The negative BG/NBD log-likelihood over φ = (ln r, ln α, ln a, ln b), with
 * its exact gradient and (when `hessOut` is passed) exact Hessian, for the
 * optimiser.
 *
 * Decomposition used (per customer; B(a, b+x)/B(a, b) via lnBeta):
 *   ℓ = [lnΓ(r+x) − lnΓ(r) + ln B(a, b+x) − ln B(a, b)] + r ln α
 *       − (r+x) ln(α+T) + 1{x>0} softplus(D),
 *   D = ln a − ln(b+x−1) + (r+x)[ln(α+T) − ln(α+t_x)],
 * since ln[(α+T)^−(r+x) + c(α+t_x)^−(r+x)] = −(r+x) ln(α+T) + ln(1 + e^D).
 * The bracket depends on x only and is computed once per distinct x (with
 * ψ, ψ′ for the derivatives); per pattern the work is two logs, one exp and
 * one log1p. With s = σ(D) (the posterior weight of "dropped out at t_x"),
 * ∂ℓ = ∂(smooth part) + s ∂D and ∂²ℓ = ∂²(smooth part) + s ∂²D + s(1−s) ∂D ∂Dᵀ;
 * sums of s, s(1−s), s(1−s)∂_rD, s(1−s)∂_αD are bucketed by x so the a, b
 * terms (which depend on x only) are applied once per bucket.
 * Log-scale chain rule: ∂/∂φᵢ = θᵢ ∂/∂θᵢ, ∂²/∂φᵢ∂φⱼ = θᵢθⱼ Hᵢⱼ + δᵢⱼ θᵢ gᵢ.
 *
 * Returns +Infinity if any parameter is not finite and positive.
 */
export function bgnbdObjective(data: BgnbdLikelihoodData): Objective {
  const { x, tx, T, weight, xIndex, distinctX, xWeight, totalWeight } = data;
  const nx = distinctX.length;
  const n = x.length;
  // Per distinct x accumulators: Σw·s, Σw·s(1−s), Σw·s(1−s)·∂_rD, Σw·s(1−s)·∂_αD.
  const sumS = new Float64Array(nx);
  const sumV = new Float64Array(nx);
  const sumVr = new Float64Array(nx);
  const sumVa = new Float64Array(nx);
  const lnA = new Float64Array(nx); // ln a − ln(b + x − 1), for x > 0

  return (phi, grad, hess) => {
    const r = Math.exp(phi[0]);
    const alpha = Math.exp(phi[1]);
    const a = Math.exp(phi[2]);
    const b = Math.exp(phi[3]);
    if (![r, alpha, a, b].every((v) => v > 0 && Number.isFinite(v))) {
      grad.fill(Number.NaN);
      return Number.POSITIVE_INFINITY;
    }
    const wantHess = hess !== undefined;
    const lnAlpha = Math.log(alpha);
    const lnBetaAB = lnBeta(a, b);
    const lnGammaR = lnGamma(r);
    const lnAlphaA = Math.log(a);
    for (let j = 0; j < nx; j++) {
      lnA[j] = distinctX[j] > 0 ? lnAlphaA - Math.log(b + distinctX[j] - 1) : 0;
    }
    sumS.fill(0);
    sumV.fill(0);
    sumVr.fill(0);
    sumVa.fill(0);

    // Row loop: only quantities that depend on t_x or T.
    let ll = 0;
    let gR = 0; // Σ w [−ln(α+T) + s·∂_rD]
    let gA = 0; // Σ w [−(r+x)/(α+T) + s·∂_αD]
    let hRA = 0;
    let hAA = 0;
    let hRR = 0;
    for (let i = 0; i < n; i++) {
      const w = weight[i];
      const xi = x[i];
      const rx = r + xi;
      const invT = 1 / (alpha + T[i]);
      const lnT = Math.log(alpha + T[i]);
      let rowLl = -rx * lnT;
      let rowGR = -lnT;
      let rowGA = -rx * invT;
      if (wantHess) {
        hRA -= w * invT;
        hAA += w * rx * invT * invT;
      }
      if (xi > 0) {
        const j = xIndex[i];
        const invt = 1 / (alpha + tx[i]);
        const dR = lnT - Math.log(alpha + tx[i]); // ∂D/∂r ≥ 0
        const dA = -rx * (invt - invT); // ∂D/∂α ≤ 0
        const d = lnA[j] + rx * dR;
        // softplus(D) and s = σ(D), stable on both sides.
        let s: number;
        if (d > 0) {
          const e = Math.exp(-d);
          rowLl += d + Math.log1p(e);
          s = 1 / (1 + e);
        } else {
          const e = Math.exp(d);
          rowLl += Math.log1p(e);
          s = e / (1 + e);
        }
        rowGR += s * dR;
        rowGA += s * dA;
        sumS[j] += w * s;
        if (wantHess) {
          const v = w * s * (1 - s);
          sumV[j] += v;
          sumVr[j] += v * dR;
          sumVa[j] += v * dA;
          hRR += v * dR * dR;
          hRA += w * s * -(invt - invT) + v * dR * dA;
          hAA += w * s * rx * (invt * invt - invT * invT) + v * dA * dA;
        }
      }
      ll += w * rowLl;
      gR += w * rowGR;
      gA += w * rowGA;
    }

    // Terms depending on x only, plus r ln α.
    ll += totalWeight * r * lnAlpha;
    gR += totalWeight * lnAlpha;
    gA += (totalWeight * r) / alpha;
    let gAa = 0;
    let gB = 0;
    const psiAB = digamma(a + b);
    const psiB = digamma(b);
    const psiR = digamma(r);
    let hRRx = 0;
    let hAaAa = 0;
    let hAaB = 0;
    let hBB = 0;
    let hRAa = 0;
    let hRB = 0;
    let hAAa = 0;
    let hAB = 0;
    const triAB = wantHess ? trigamma(a + b) : 0;
    const triB = wantHess ? trigamma(b) : 0;
    const triR = wantHess ? trigamma(r) : 0;
    for (let j = 0; j < nx; j++) {
      const xj = distinctX[j];
      const wj = xWeight[j];
      if (xj === 0) continue; // every x-only term vanishes at x = 0
      ll += wj * (lnGamma(r + xj) - lnGammaR + lnBeta(a, b + xj) - lnBetaAB);
      gR += wj * (digamma(r + xj) - psiR);
      const psiABx = digamma(a + b + xj);
      gAa += wj * (psiAB - psiABx) + sumS[j] / a;
      const inv = 1 / (b + xj - 1);
      gB += wj * (digamma(b + xj) - psiB + psiAB - psiABx) - sumS[j] * inv;
      if (wantHess) {
        const triABx = trigamma(a + b + xj);
        hRRx += wj * (trigamma(r + xj) - triR);
        hAaAa += wj * (triAB - triABx) + (sumV[j] - sumS[j]) / (a * a);
        hAaB += wj * (triAB - triABx) - (sumV[j] * inv) / a;
        hBB += wj * (trigamma(b + xj) - triB + triAB - triABx) + (sumS[j] + sumV[j]) * inv * inv;
        hRAa += sumVr[j] / a;
        hRB -= sumVr[j] * inv;
        hAAa += sumVa[j] / a;
        hAB -= sumVa[j] * inv;
      }
    }
    // Negate (we minimise −ℓ) and move to log scale.
    const theta = [r, alpha, a, b];
    const g = [gR, gA, gAa, gB];
    for (let k = 0; k < 4; k++) grad[k] = -theta[k] * g[k];
    if (hess) {
      const hNat = [
        [hRR + hRRx, totalWeight / alpha + hRA, hRAa, hRB],
        [0, -(totalWeight * r) / (alpha * alpha) + hAA, hAAa, hAB],
        [0, 0, hAaAa, hAaB],
        [0, 0, 0, hBB],
      ];
      for (let p = 0; p < 4; p++) {
        for (let q = p; q < 4; q++) {
          const value = -(theta[p] * theta[q] * hNat[p][q] + (p === q ? theta[p] * g[p] : 0));
          hess[p * 4 + q] = value;
          hess[q * 4 + p] = value;
        }
      }
    }
    return -ll;
  };
}
