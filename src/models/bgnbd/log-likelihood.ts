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
  const { tx, T, weight, distinctX, bucketStart, xWeight, totalWeight } = data;
  const nx = distinctX.length;
  // Per bucket: Σw·s, Σw·s(1−s), Σw·s(1−s)·∂_rD, Σw·s(1−s)·∂_αD.
  const sumS = new Float64Array(nx);
  const sumV = new Float64Array(nx);
  const sumVr = new Float64Array(nx);
  const sumVa = new Float64Array(nx);

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

    // Row loops: only quantities that depend on t_x or T.
    let ll = 0;
    let gR = 0; // Σ w [−ln(α+T) + s·∂_rD]
    let gA = 0; // Σ w [−(r+x)/(α+T) + s·∂_αD]
    let hRA = 0;
    let hAA = 0;
    let hRR = 0;
    for (let j = 0; j < nx; j++) {
      const xj = distinctX[j];
      const rx = r + xj;
      const end = bucketStart[j + 1];
      if (xj === 0) {
        // x = 0: ℓ_row = −r ln(α+T); no dropout term.
        let sumLn = 0;
        let sumInv = 0;
        let sumInv2 = 0;
        for (let i = bucketStart[j]; i < end; i++) {
          const w = weight[i];
          const invT = 1 / (alpha + T[i]);
          sumLn += w * Math.log(alpha + T[i]);
          sumInv += w * invT;
          sumInv2 += w * invT * invT;
        }
        ll -= r * sumLn;
        gR -= sumLn;
        gA -= r * sumInv;
        if (wantHess) {
          hRA -= sumInv;
          hAA += r * sumInv2;
        }
        continue;
      }
      const lnA = lnAlphaA - Math.log(b + xj - 1); // ln a − ln(b + x − 1)
      let bLl = 0;
      let bGR = 0;
      let bGA = 0;
      let bS = 0;
      let bV = 0;
      let bVr = 0;
      let bVa = 0;
      let bHRR = 0;
      let bHRA = 0;
      let bHAA = 0;
      for (let i = bucketStart[j]; i < end; i++) {
        const w = weight[i];
        const invT = 1 / (alpha + T[i]);
        const invt = 1 / (alpha + tx[i]);
        const lnT = Math.log(alpha + T[i]);
        const dR = lnT - Math.log(alpha + tx[i]); // ∂D/∂r ≥ 0
        const dA = -rx * (invt - invT); // ∂D/∂α ≤ 0
        const d = lnA + rx * dR;
        // softplus(D) and s = σ(D), stable on both sides.
        const e = Math.exp(-Math.abs(d));
        const softplus = (d > 0 ? d : 0) + Math.log1p(e);
        const s = d > 0 ? 1 / (1 + e) : e / (1 + e);
        bLl += w * (softplus - rx * lnT);
        bGR += w * (s * dR - lnT);
        bGA += w * (s * dA - rx * invT);
        bS += w * s;
        if (wantHess) {
          const v = w * s * (1 - s);
          bV += v;
          bVr += v * dR;
          bVa += v * dA;
          bHRR += v * dR * dR;
          bHRA += v * dR * dA - w * (s * (invt - invT) + invT);
          bHAA += w * (s * rx * (invt * invt - invT * invT) + rx * invT * invT) + v * dA * dA;
        }
      }
      ll += bLl;
      gR += bGR;
      gA += bGA;
      sumS[j] = bS;
      sumV[j] = bV;
      sumVr[j] = bVr;
      sumVa[j] = bVa;
      hRR += bHRR;
      hRA += bHRA;
      hAA += bHAA;
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
