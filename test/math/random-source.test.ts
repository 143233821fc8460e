import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/math/random-source.js';

describe('createRandom', () => {
  it('createRandom(seed) gives the same stream for the same seed and different streams for seeds 1 and 2', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    const c = createRandom(2);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('createRandom(7).next() is uniform on [0, 1): mean ½ and variance 1/12 within 5 standard errors over 200k draws', () => {
    const random = createRandom(7);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = random.next();
      sum += u;
      sumSq += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    const mean = sum / n;
    // SE of the mean = √(1/12/n); SE of E[U²] = √(Var(U²)/n) with Var(U²) = 1/5 − 1/9.
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sumSq / n - 1 / 3)).toBeLessThan(5 * Math.sqrt((1 / 5 - 1 / 9) / n));
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
  });

  it('createRandom(7).next() has no visible serial correlation (lag-1 correlation within 5/√n of 0)', () => {
    const random = createRandom(7);
    const n = 100_000;
    let prev = random.next() - 0.5;
    let acc = 0;
    for (let i = 0; i < n; i++) {
      const u = random.next() - 0.5;
      acc += prev * u;
      prev = u;
    }
    // Correlation = E[(U−½)(V−½)]/(1/12).
    expect(Math.abs(acc / n / (1 / 12))).toBeLessThan(5 / Math.sqrt(n));
  });
});

describe('createRandom().nextNormal', () => {
  it('nextNormal() has mean 0, variance 1 and kurtosis 3 within 5 standard errors over 200k draws', () => {
    const random = createRandom(99);
    const n = 200_000;
    let m1 = 0;
    let m2 = 0;
    let m4 = 0;
    for (let i = 0; i < n; i++) {
      const z = random.nextNormal();
      m1 += z;
      m2 += z * z;
      m4 += z ** 4;
    }
    // SEs for N(0,1): mean 1/√n, E[Z²] √(2/n), E[Z⁴] √(96/n) (Var Z⁴ = 105 − 9).
    expect(Math.abs(m1 / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(m2 / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(m4 / n - 3)).toBeLessThan(5 * Math.sqrt(96 / n));
  });
});
