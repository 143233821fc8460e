import { describe, expect, it } from 'vitest';
import { lnBeta } from '../../src/math/ln-beta.js';
import { lnGamma } from '../../src/math/ln-gamma.js';

function expectClose(actual: number, expected: number, rel: number, abs = 0): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + abs);
}

// Reference values: mpmath 1.3.0 log(beta(a, b)) at 50 digits.
const REFERENCE: [number, number, number][] = [
  [2, 3, -2.4849066497880003102],
  [0.5, 0.5, 1.1447298858494001741],
  [1, 1e10, -23.02585092994045684],
  [1e10, 1e10, -13862943621.44631953],
  [0.3, 25, 0.13434620934580473415],
  [12.5, 1e6, -153.95960633732948232],
  [3.3, 7.7, -6.1907726389117761123],
  [15, 20, -24.049722172259503267],
  [0.243, 1e8, -3.1581818351609998179],
  [1e-5, 2.426, 11.512913030791252388],
  [500, 2.426, -14.846086171879761599],
];

describe('lnBeta', () => {
  it.each(REFERENCE)('lnBeta(%d, %d) matches mpmath to 1e-14 relative', (a, b, expected) => {
    expectClose(lnBeta(a, b), expected, 1e-14, 4e-15);
  });

  it('lnBeta(1, b) is −ln b exactly in theory; holds to 1e-14 even for b = 1e10 where naive lnΓ sums lose 5 digits', () => {
    for (const b of [3, 50, 1e4, 1e10, 1e15]) expectClose(lnBeta(1, b), -Math.log(b), 1e-14);
    // The naive formula is visibly worse at b = 1e10 — the reason for the case analysis.
    const naive = lnGamma(1) + lnGamma(1e10) - lnGamma(1e10 + 1);
    expect(Math.abs(naive + Math.log(1e10))).toBeGreaterThan(1e-9);
  });

  it('lnBeta is symmetric and satisfies B(a, b + 1) = B(a, b)·b/(a + b) across regime boundaries', () => {
    for (const [a, b] of [[0.7, 9.5], [9.5, 9.7], [11, 30], [4, 2e6]]) {
      expect(lnBeta(a, b)).toBe(lnBeta(b, a));
      expectClose(lnBeta(a, b + 1), lnBeta(a, b) + Math.log(b / (a + b)), 1e-13, 1e-14);
    }
  });

  it('lnBeta is NaN outside a, b > 0', () => {
    expect(lnBeta(0, 1)).toBeNaN();
    expect(lnBeta(1, -2)).toBeNaN();
    expect(lnBeta(Number.NaN, 1)).toBeNaN();
  });
});
