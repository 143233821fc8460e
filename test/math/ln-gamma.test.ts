import { describe, expect, it } from 'vitest';
import { lnGamma } from '../../src/math/ln-gamma.js';

/** |actual − expected| ≤ rel·|expected| + abs. */
function expectClose(actual: number, expected: number, rel: number, abs = 0): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + abs);
}

// Reference values: mpmath 1.3.0 `loggamma` (ln|Γ| for x < 0) at 40 significant digits.
const REFERENCE: [number, number][] = [
  [1e-300, 690.77552789821370518],
  [1e-8, 18.420680738180208884],
  [0.1, 2.252712651734205902],
  [0.7, 0.26086724653166656857],
  [0.75, 0.20328095143129537148],
  [1 - 1e-9, 5.7721564939922597355e-10],
  [1.0001, -0.000057713342220471268005],
  [1.3, -0.10817480950786047846],
  [1.4616321449683622, -0.1214862905358496081],
  [1.7, -0.095807697407065873788],
  [2.2999, 0.15412945368432953367],
  [2.5, 0.28468287047291915963],
  [3.7, 1.4280723266653881292],
  [9.99, 12.77931521435019336],
  [10, 12.801827480081469611],
  [12.5, 18.734347511936445702],
  [171.5, 709.14316303092824227],
  [1000.3, 5907.292644785879215],
  [1e7, 151180949.36947391394],
  [1e15, 33538776394910668.91],
  [-0.5, 1.2655121234846453965],
  [-2.5, -0.056243716497674050673],
  [-1e-7, 16.118095708679894548],
];

describe('lnGamma', () => {
  it.each(REFERENCE)('lnGamma(%d) matches mpmath to 2e-14 relative or 4e-15 absolute', (x, expected) => {
    expectClose(lnGamma(x), expected, 2e-14, 4e-15);
  });

  it('lnGamma(0.5) is ln √π (Γ(½) = √π)', () => {
    expectClose(lnGamma(0.5), 0.5 * Math.log(Math.PI), 4e-15);
  });

  it('lnGamma(1) and lnGamma(2) are exactly 0 (Γ(1) = Γ(2) = 1)', () => {
    expect(lnGamma(1)).toBe(0);
    expect(lnGamma(2)).toBe(0);
  });

  it('lnGamma(n) equals ln((n−1)!) for integers up to 170 (exact factorials)', () => {
    let logFactorial = 0;
    for (let n = 2; n <= 170; n++) {
      logFactorial += Math.log(n - 1);
      expectClose(lnGamma(n), logFactorial, 1e-14, 1e-15);
    }
  });

  it('lnGamma satisfies the recurrence lnΓ(x + 1) = lnΓ(x) + ln x across the branch boundaries', () => {
    for (const x of [0.05, 0.69, 0.71, 1.29, 1.31, 1.69, 1.71, 2.31, 4.5, 8.9, 9.5, 9.99, 25.25]) {
      expectClose(lnGamma(x + 1), lnGamma(x) + Math.log(x), 1e-14, 8e-15);
    }
  });

  it('lnGamma(x) follows Stirling asymptotics (x − ½) ln x − x + ½ ln 2π + 1/(12x) for huge x', () => {
    const x = 1e12;
    expectClose(lnGamma(x), (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x), 1e-15);
  });

  it('lnGamma is +Infinity at the poles and NaN for NaN', () => {
    expect(lnGamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(lnGamma(-3)).toBe(Number.POSITIVE_INFINITY);
    expect(lnGamma(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(lnGamma(Number.NaN)).toBeNaN();
  });
});
