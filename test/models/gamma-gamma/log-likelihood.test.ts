import { describe, expect, it } from 'vitest';
import {
  gammaGammaLogDensity,
  gammaGammaNegLogLikelihood,
} from '../../../src/models/gamma-gamma/log-likelihood.js';
import { collapseSpendPatterns } from '../../../src/models/gamma-gamma/spend-patterns.js';
import { simulateGammaGamma } from '../../../src/models/gamma-gamma/simulate.js';
import { createRandom } from '../../../src/math/random-source.js';
import { cdnowLifetimes } from './cdnow-spend.js';

const published = { p: 6.25, q: 3.74, v: 15.44 };
const logOf = (params: { p: number; q: number; v: number }) =>
  Float64Array.of(Math.log(params.p), Math.log(params.q), Math.log(params.v));

/** Composite Simpson rule on [a, b] with n (even) intervals. */
function simpson(f: (t: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

describe('gammaGammaLogDensity', () => {
  it('gammaGammaLogDensity(...) equals the closed form 12γ³z̄/(γ + z̄)⁵ for p = 2, q = 3, x = 1', () => {
    // Γ(5)/(Γ(2)Γ(3)) = 24/2 = 12; at γ = 4, z̄ = 2: 12·64·2/6⁵ = 1536/7776.
    expect(Math.exp(gammaGammaLogDensity({ p: 2, q: 3, v: 4 }, 1, 2)) / (1536 / 7776) - 1).toBeCloseTo(0, 13);
  });

  it('gammaGammaLogDensity(...) is a density in z̄: it integrates to 1 for several x', () => {
    // Substitute z̄ = u/(1 − u) to map (0, ∞) onto (0, 1); Simpson with 20 000 intervals.
    for (const x of [1, 3, 12]) {
      const integrand = (u: number) =>
        u <= 0 || u >= 1 ? 0 : Math.exp(gammaGammaLogDensity(published, x, (50 * u) / (1 - u))) * (50 / (1 - u) ** 2);
      expect(simpson(integrand, 0, 1, 20_000)).toBeCloseTo(1, 8);
    }
  });

  it('gammaGammaLogDensity(...) equals the Gamma(px, xν) density of z̄ mixed over ν ~ Gamma(q, γ)', () => {
    // FHL 2005: z̄ | ν ~ Gamma(px, rate xν), ν ~ Gamma(q, rate γ); integrate ν numerically.
    const lnGammaFactorial = (n: number) => {
      let s = 0;
      for (let k = 2; k < n; k++) s += Math.log(k);
      return s; // ln Γ(n) for integer n
    };
    const x = 2;
    const z = 22.35;
    // Integer shapes (p·x = 12, q = 4) so Γ is exact via factorials.
    const params = { p: 6, q: 4, v: 15.44 };
    const px = params.p * x;
    const gammaPdf = (t: number, shape: number, rate: number) =>
      Math.exp(shape * Math.log(rate) + (shape - 1) * Math.log(t) - rate * t - lnGammaFactorial(shape));
    const mixture = simpson((nu) => (nu <= 0 ? 0 : gammaPdf(z, px, x * nu) * gammaPdf(nu, params.q, params.v)), 0, 5, 20_000);
    expect(gammaGammaLogDensity(params, x, z) - Math.log(mixture)).toBeCloseTo(0, 8);
  });

  it('gammaGammaLogDensity(...) matches the doc example for CDNOW customer 1 (x = 2, z̄ = 22.35) at the published fit', () => {
    // The formula evaluated term by term (px = 12.5, px + q = 16.24, γ + x z̄ = 60.14) with lnΓ from CPython's math.lgamma:
    // lnΓ(16.24) = 28.558962496957072, lnΓ(12.5) = 18.73434751193645, lnΓ(3.74) = 1.475005487147576.
    const byHand =
      28.558962496957072 - 18.73434751193645 - 1.475005487147576 +
      3.74 * Math.log(15.44) + 11.5 * Math.log(22.35) + 12.5 * Math.log(2) - 16.24 * Math.log(60.14);
    expect(gammaGammaLogDensity(published, 2, 22.35) - byHand).toBeCloseTo(0, 11);
    expect(gammaGammaLogDensity(published, 2, 22.35)).toBeCloseTo(-3.551, 3);
  });

  it('gammaGammaLogDensity(...) is −Infinity outside the support (x = 0 or z̄ ≤ 0)', () => {
    expect(gammaGammaLogDensity(published, 0, 10)).toBe(Number.NEGATIVE_INFINITY);
    expect(gammaGammaLogDensity(published, 2, 0)).toBe(Number.NEGATIVE_INFINITY);
    expect(gammaGammaLogDensity(published, 2, -3)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('gammaGammaLogDensity(...) stays finite for very frequent customers (px in the thousands)', () => {
    // Γ(px + q) overflows double for px > 171; log space must not.
    const value = gammaGammaLogDensity(published, 2000, 30);
    expect(Number.isFinite(value)).toBe(true);
  });
});

describe('gammaGammaNegLogLikelihood', () => {
  const data = cdnowLifetimes();
  const objective = gammaGammaNegLogLikelihood(collapseSpendPatterns(data.frequency, data.monetaryValue));

  /** Brute force: −Σ over every customer with x > 0, no collapsing, no caching. */
  const bruteForce = (params: { p: number; q: number; v: number }) => {
    let sum = 0;
    data.frequency.forEach((x, i) => {
      if (x > 0) sum -= gammaGammaLogDensity(params, x, data.monetaryValue[i]);
    });
    return sum;
  };

  it('gammaGammaNegLogLikelihood(patterns)(φ) equals −Σ log f over the uncollapsed CDNOW customers', () => {
    for (const params of [published, { p: 1, q: 2, v: 35 }, { p: 0.3, q: 9, v: 400 }]) {
      const value = objective(logOf(params), new Float64Array(3));
      // Same terms summed in a different order: 1e-12 relative.
      expect(value / bruteForce(params) - 1).toBeCloseTo(0, 12);
    }
  });

  it('gammaGammaNegLogLikelihood(patterns) gradient matches central finite differences', () => {
    for (const params of [published, { p: 1, q: 2, v: 35 }, { p: 0.3, q: 9, v: 400 }]) {
      const phi = logOf(params);
      const grad = new Float64Array(3);
      objective(phi, grad);
      for (let j = 0; j < 3; j++) {
        const h = 1e-5;
        const up = Float64Array.from(phi);
        const down = Float64Array.from(phi);
        up[j] += h;
        down[j] -= h;
        const numeric = (objective(up, new Float64Array(3)) - objective(down, new Float64Array(3))) / (2 * h);
        // Central differences of a ~4000-sized value with h = 1e-5: error ≈ 1e-6 absolute.
        expect(Math.abs(grad[j] - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
      }
    }
  });

  it('gammaGammaNegLogLikelihood(patterns) Hessian matches central differences of the gradient', () => {
    for (const params of [published, { p: 1, q: 2, v: 35 }]) {
      const phi = logOf(params);
      const hess = new Float64Array(9);
      objective(phi, new Float64Array(3), hess);
      for (let j = 0; j < 3; j++) {
        const h = 1e-5;
        const up = Float64Array.from(phi);
        const down = Float64Array.from(phi);
        up[j] += h;
        down[j] -= h;
        const gUp = new Float64Array(3);
        const gDown = new Float64Array(3);
        objective(up, gUp);
        objective(down, gDown);
        for (let i = 0; i < 3; i++) {
          const numeric = (gUp[i] - gDown[i]) / (2 * h);
          expect(Math.abs(hess[i * 3 + j] - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
        }
      }
      expect(hess[1]).toBe(hess[3]);
      expect(hess[2]).toBe(hess[6]);
      expect(hess[5]).toBe(hess[7]);
    }
  });

  it('gammaGammaNegLogLikelihood(patterns) is precise enough for a line search at 100k frequent buyers', () => {
    // Value noise, not truncation, dominates central differences at h = 1e-9: the textbook form
    // (px·Σ ln z̄ − (px+q)·Σ ln(γ + x z̄), lnΓ(px+q) − lnΓ(px)) showed 1.3e-4 per customer here;
    // the cancellation-free form 4.4e-6. Bound 2e-5 per customer.
    const n = 100_000;
    const random = createRandom(11);
    const x = Float64Array.from({ length: n }, () => 1 + Math.floor(-20 * Math.log(random.nextOpen())));
    const frequentObjective = gammaGammaNegLogLikelihood(collapseSpendPatterns(x, simulateGammaGamma(published, x, 12)));
    const h = 1e-9;
    let worst = 0;
    for (let r = 0; r < 10; r++) {
      const phi = Float64Array.of(Math.log(6.3) + r * 1e-3, Math.log(3.7) + r * 1e-3, Math.log(15.6) + r * 1e-3);
      const grad = new Float64Array(3);
      frequentObjective(phi, grad);
      for (let j = 0; j < 3; j++) {
        const up = Float64Array.from(phi);
        const down = Float64Array.from(phi);
        up[j] += h;
        down[j] -= h;
        const numeric = (frequentObjective(up, new Float64Array(3)) - frequentObjective(down, new Float64Array(3))) / (2 * h);
        worst = Math.max(worst, Math.abs(numeric - grad[j]) / n);
      }
    }
    expect(worst).toBeLessThan(2e-5);
  });

  it('gammaGammaNegLogLikelihood(patterns) returns NaN when a parameter overflows', () => {
    expect(objective(Float64Array.of(800, 0, 0), new Float64Array(3))).toBeNaN();
  });
});
