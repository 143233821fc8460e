import { describe, expect, it } from 'vitest';
import { digamma } from '../../src/math/digamma.js';
import { lnGamma } from '../../src/math/ln-gamma.js';

function expectClose(actual: number, expected: number, rel: number, abs = 0): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + abs);
}

// Reference values: mpmath 1.3.0 `digamma` at 40 significant digits.
const REFERENCE: [number, number][] = [
  [1e-300, -9.9999999999999997494e299],
  [1e-8, -100000000.57721564636],
  [0.1, -10.423754940411076232],
  [0.5, -1.9635100260214234794],
  [1.3, -0.16919088886679960526],
  [1.5, 0.036489973978576520559],
  [2.5, 0.70315664064524318723],
  [9.99, 2.250700372831201122],
  [12.5, 2.4851956512749120482],
  [171.5, 5.1416649814339996289],
  [1e7, 16.118095600958318955],
  [1e15, 34.53877639491068476],
  [-0.5, 0.036489973978576520559],
  [-2.5, 1.1031566406452431872],
  [-1e-7, 9999999.4227841710576],
];

describe('digamma', () => {
  it.each(REFERENCE)('digamma(%d) matches mpmath to 1e-14 relative or 5e-15 absolute', (x, expected) => {
    expectClose(digamma(x), expected, 1e-14, 5e-15);
  });

  it('digamma(1) is −γ (Euler–Mascheroni constant, A&S 6.3.2)', () => {
    expectClose(digamma(1), -0.5772156649015329, 1e-15);
  });

  it('digamma vanishes (to 5e-15 absolute) at its positive root x₀ = 1.4616321449683622', () => {
    expect(Math.abs(digamma(1.4616321449683622))).toBeLessThan(5e-15);
  });

  it('digamma satisfies ψ(x + 1) = ψ(x) + 1/x', () => {
    for (const x of [0.01, 0.3, 1.7, 8.5, 9.5, 30]) expectClose(digamma(x + 1), digamma(x) + 1 / x, 1e-14, 1e-14);
  });

  it('digamma is the derivative of lnGamma (central difference, h = 1e-5, error O(h²))', () => {
    for (const x of [0.4, 2.3, 11, 150]) {
      const h = 1e-5;
      expectClose(digamma(x), (lnGamma(x + h) - lnGamma(x - h)) / (2 * h), 1e-8, 1e-9);
    }
  });

  it('digamma is NaN at the poles', () => {
    expect(digamma(0)).toBeNaN();
    expect(digamma(-2)).toBeNaN();
  });
});
