import { describe, expect, it } from 'vitest';
import { lnGamma } from '../../../src/math/ln-gamma.js';
import { prepareBgnbdLikelihoodData } from '../../../src/models/bgnbd/likelihood-data.js';
import { bgnbdLogLikelihood, bgnbdObjective } from '../../../src/models/bgnbd/log-likelihood.js';
import { loadCbs } from './load-cbs.js';

const cdnow = loadCbs('cdnow_customers_summary.csv', { x: 'frequency', tx: 'recency', T: 'T' });
const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** Direct transcription of FHL 2005 eq. 6 for one customer, with Γ via lnGamma (independent of the decomposition). */
function directLogLikelihood(p: typeof published, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const lnB = (u: number, v: number) => lnGamma(u) + lnGamma(v) - lnGamma(u + v);
  const A = lnB(a, b + x) - lnB(a, b) + lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha);
  const term1 = Math.pow(alpha + T, -(r + x));
  const term2 = x > 0 ? (a / (b + x - 1)) * Math.pow(alpha + tx, -(r + x)) : 0;
  return A + Math.log(term1 + term2);
}

describe('bgnbdLogLikelihood', () => {
  it('bgnbdLogLikelihood(published CDNOW params, CDNOW) is −9582.4 (Fader, Hardie & Lee 2005, §5)', () => {
    const ll = bgnbdLogLikelihood(published, cdnow.frequency, cdnow.recency, cdnow.T);
    expect(ll).toBeCloseTo(-9582.4, 1);
  });

  it('bgnbdLogLikelihood equals a direct transcription of eq. 6 summed over CDNOW customers (1e-12 relative)', () => {
    let direct = 0;
    for (let i = 0; i < cdnow.frequency.length; i++) {
      direct += directLogLikelihood(published, cdnow.frequency[i], cdnow.recency[i], cdnow.T[i]);
    }
    const ll = bgnbdLogLikelihood(published, cdnow.frequency, cdnow.recency, cdnow.T);
    expect(Math.abs(ll - direct)).toBeLessThan(1e-12 * Math.abs(direct));
  });

  it('bgnbdLogLikelihood with weights equals the sum over repeated customers', () => {
    const x = new Float64Array([0, 3, 7]);
    const tx = new Float64Array([0, 10.5, 30]);
    const T = new Float64Array([20, 35, 38]);
    const weighted = bgnbdLogLikelihood(published, x, tx, T, new Float64Array([2, 1, 3]));
    const repeated = bgnbdLogLikelihood(
      published,
      new Float64Array([0, 0, 3, 7, 7, 7]),
      new Float64Array([0, 0, 10.5, 30, 30, 30]),
      new Float64Array([20, 20, 35, 38, 38, 38]),
    );
    expect(weighted).toBeCloseTo(repeated, 10);
  });

  it('bgnbdLogLikelihood stays finite for a customer with x = 5000 and t_x = T (where αʳ/(α+T)^(r+x) underflows)', () => {
    const ll = bgnbdLogLikelihood(published, new Float64Array([5000]), new Float64Array([38]), new Float64Array([38]));
    expect(Number.isFinite(ll)).toBe(true);
    expect(Math.pow(published.alpha + 38, -(published.r + 5000))).toBe(0);
  });
});

describe('bgnbdObjective', () => {
  const data = prepareBgnbdLikelihoodData(cdnow.frequency, cdnow.recency, cdnow.T, new Float64Array(cdnow.frequency.length).fill(1));
  const objective = bgnbdObjective(data);
  const points = [
    [0.243, 4.414, 0.793, 2.426],
    [1, 1, 1, 1],
    [0.05, 30, 3, 0.4],
    [2.5, 0.7, 0.999, 12],
  ];

  it.each(points)('bgnbdObjective gradient at (r, α, a, b) = (%d, %d, %d, %d) matches a 5-point finite difference of the value (1e-5 relative)', (...theta) => {
    const phi = new Float64Array(theta.map(Math.log));
    const grad = new Float64Array(4);
    objective(phi, grad);
    const scratch = new Float64Array(4);
    const at = (i: number, step: number) => {
      const p = Float64Array.from(phi);
      p[i] += step;
      return objective(p, scratch);
    };
    for (let i = 0; i < 4; i++) {
      const h = 1e-3;
      // f′ ≈ [f(−2h) − 8f(−h) + 8f(h) − f(2h)]/(12h): truncation O(h⁴) ≈ 1e-9; rounding of a sum of
      // 2,357 terms (|f| ≈ 1e4) is ≲ 2.5e-9 per value, i.e. ≲ 3e-6 in the difference quotient.
      const fd = (at(i, -2 * h) - 8 * at(i, -h) + 8 * at(i, h) - at(i, 2 * h)) / (12 * h);
      expect(Math.abs(grad[i] - fd)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
    }
  });

  it.each(points)('bgnbdObjective Hessian at (%d, %d, %d, %d) matches central differences of the analytic gradient (1e-6 relative)', (...theta) => {
    const phi = new Float64Array(theta.map(Math.log));
    const grad = new Float64Array(4);
    const hess = new Float64Array(16);
    objective(phi, grad, hess);
    const gPlus = new Float64Array(4);
    const gMinus = new Float64Array(4);
    for (let j = 0; j < 4; j++) {
      const h = 1e-6;
      const plus = Float64Array.from(phi);
      const minus = Float64Array.from(phi);
      plus[j] += h;
      minus[j] -= h;
      objective(plus, gPlus);
      objective(minus, gMinus);
      for (let i = 0; i < 4; i++) {
        const fd = (gPlus[i] - gMinus[i]) / (2 * h);
        expect(Math.abs(hess[i * 4 + j] - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
      }
    }
  });
});
