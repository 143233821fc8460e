import { describe, expect, it } from 'vitest';
import { createTabulatedSeries, sumTabulatedSeries } from '../../src/math/tabulated-series.js';

describe('createTabulatedSeries / sumTabulatedSeries', () => {
  it('sums ₂F₁(1, 1; 2; y) = −ln(1 − y)/y (A&S 15.1.3) to 5e-15 for y up to 0.99, growing its table on demand', () => {
    const series = createTabulatedSeries(1, 1, 2, 0, 1);
    for (const y of [0, 0.1, 0.5, 0.9, 0.99]) {
      const expected = y === 0 ? 1 : -Math.log1p(-y) / y;
      // At y = 0.99 about 3,000 terms are summed: accumulated rounding ≈ √3000·ε ≈ 1.2e-14 worst, 2.4e-15 seen.
      expect(Math.abs(sumTabulatedSeries(series, y, 10_000) / expected - 1)).toBeLessThan(5e-15);
    }
    expect(series.coef.length).toBeGreaterThan(64);
  });

  it('sums a series starting at k = 1: Σ_{k≥1} yᵏ/(k+1) = (−ln(1 − y) − y)/y', () => {
    // (p, q, s) = (1, 1, 2): c_{k+1} = c_k·(1+k)²/((2+k)(k+1)) = c_k·(k+1)/(k+2); from c₁ = ½ this is c_k = 1/(k+1).
    const series = createTabulatedSeries(1, 1, 2, 1, 0.5);
    for (const y of [0.2, 0.7]) {
      const expected = (-Math.log1p(-y) - y) / y;
      expect(Math.abs(sumTabulatedSeries(series, y, 10_000) / expected - 1)).toBeLessThan(1e-15);
    }
  });

  it('stops exactly on a terminating series: ₂F₁(−3, 2; 1; y) is a cubic', () => {
    const series = createTabulatedSeries(-3, 2, 1, 0, 1);
    const y = 0.4;
    // (−3)ₖ(2)ₖ/((1)ₖ k!): 1, −6y, 9y², −4y³.
    expect(sumTabulatedSeries(series, y, 100)).toBeCloseTo(1 - 6 * y + 9 * y * y - 4 * y ** 3, 15);
  });

  it('returns NaN instead of a truncated sum when the term budget is too small', () => {
    expect(sumTabulatedSeries(createTabulatedSeries(1, 1, 2, 0, 1), 0.99, 20)).toBeNaN();
  });
});
