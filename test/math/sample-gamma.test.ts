import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/math/random-source.js';
import { sampleBeta } from '../../src/math/sample-beta.js';
import { sampleGamma } from '../../src/math/sample-gamma.js';

function moments(draw: () => number, n: number): { mean: number; variance: number } {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const v = draw();
    sum += v;
    sumSq += v * v;
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean };
}

describe('sampleGamma and sampleBeta', () => {
  it.each([
    [0.243, 4.414],
    [1, 1],
    [2, 4],
    [25, 0.5],
  ])('sampleGamma(random, %d, %d) has mean k/β and variance k/β² within 5 standard errors (100k draws)', (k, rate) => {
    const random = createRandom(11);
    const n = 100_000;
    const { mean, variance } = moments(() => sampleGamma(random, k, rate), n);
    const sd = Math.sqrt(k) / rate;
    expect(Math.abs(mean - k / rate)).toBeLessThan((5 * sd) / Math.sqrt(n));
    // Var of the sample variance ≈ (μ₄ − σ⁴)/n with μ₄ = 3σ⁴(1 + 2/k) for a gamma; allow 5 SE.
    const seVar = Math.sqrt((3 * sd ** 4 * (1 + 2 / k) - sd ** 4) / n);
    expect(Math.abs(variance - sd * sd)).toBeLessThan(5 * seVar);
  });

  it('sampleBeta(random, 0.793, 2.426) has mean a/(a+b) and variance ab/((a+b)²(a+b+1)) within 5 SE', () => {
    const [a, b] = [0.793, 2.426];
    const random = createRandom(3);
    const n = 100_000;
    const { mean, variance } = moments(() => sampleBeta(random, a, b), n);
    const v = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(Math.abs(mean - a / (a + b))).toBeLessThan(5 * Math.sqrt(v / n));
    // Relative SE of a sample variance is √((kurtosis − 1)/n) ≈ √(2.9/1e5) ≈ 0.54% here; 2% ≈ 3.7 SE.
    expect(Math.abs(variance - v)).toBeLessThan(0.02 * v);
  });

  it('sampleGamma returns NaN for a non-positive shape or rate', () => {
    expect(sampleGamma(createRandom(1), 0, 1)).toBeNaN();
    expect(sampleGamma(createRandom(1), 1, -1)).toBeNaN();
  });
});
