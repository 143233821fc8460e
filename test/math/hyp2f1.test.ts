import { describe, expect, it } from 'vitest';
import { logHyp2f1 } from '../../src/math/hyp2f1.js';

function expectClose(actual: number, expected: number, rel: number, abs = 0): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + abs);
}

/** Value of ₂F₁ from the log form. */
function value(a: number, b: number, c: number, z: number): number {
  const r = logHyp2f1(a, b, c, z);
  expect(r.converged).toBe(true);
  return r.sign * Math.exp(r.logAbs);
}

// [a, b, c, z, ln|₂F₁|, sign] from mpmath 1.3.0 hyp2f1 at 40 digits. They cover: z near 1 with
// c − a − b > 0, < 0 (0.3, 0.4; 0.2) and integer (3, 4; 5 and 2, 3; 5 and 1.5, 2; 2.5); c − a − b = 1e-6
// (near-integer); large a, b (the BG/NBD case with x = 500); a large hump (50, 60; 20); negative a, b.
const REFERENCE: [number, number, number, number, number, number][] = [
  [0.5, 0.5, 1, 0.9, 0.49546692913544705202, 1],
  [2.5, 1.5, 3.2, 0.97, 3.541706285237310663, 1],
  [0.3, 0.4, 0.2, 0.9999, 4.8069913825520325776, 1],
  [2.243, 4.426, 4.219, 0.6, 2.1737705420469361581, 1],
  [500.243, 502.426, 502.219, 0.9, 1152.3279749609006085, 1],
  [3, 4, 5, 0.99, 9.885068934452418977, 1],
  [1.5, 2, 2.5, 0.99, 4.9901408296283243861, 1],
  [2, 3, 5, 0.95, 2.5808847479171184396, 1],
  [0.7, 1.2, 1.9000009999999998, 0.995, 1.5217141162847948655, 1],
  [50, 60, 20, 0.3, 43.247124879131120245, 1],
  [-2.5, 3.5, 1.5, 0.8, -2.7243117969549892259, 1],
  [1.2, -0.4, 2.5, 0.999999, -0.30581894204378967909, 1],
  [0.25, 0.75, 100, 0.9999, 0.0018937420290442777865, 1],
  [10, 10, 21, 0.9999, 12.081931982420398883, 1],
];

describe('logHyp2f1', () => {
  it.each(REFERENCE)('logHyp2f1(%d, %d, %d, %d) matches mpmath (ln|F| to 1e-13 relative, 1e-14 absolute)', (a, b, c, z, expected, sign) => {
    const r = logHyp2f1(a, b, c, z);
    expect(r.converged).toBe(true);
    expect(r.sign).toBe(sign);
    expectClose(r.logAbs, expected, 1e-13, 1e-14);
  });

  it('logHyp2f1(a, b, c, 0) is 0 (₂F₁ = 1 at z = 0)', () => {
    expect(logHyp2f1(2.5, -1.3, 0.7, 0)).toMatchObject({ logAbs: 0, sign: 1, converged: true });
  });

  it('logHyp2f1(1, 1, 2, z) equals ln(−ln(1 − z)/z) (A&S 15.1.3) from z = 1e-8 to 1 − 1e-12', () => {
    for (const z of [1e-8, 0.1, 0.5, 0.75, 0.9, 0.999, 1 - 1e-12]) {
      expectClose(value(1, 1, 2, z), -Math.log1p(-z) / z, 5e-14);
    }
  });

  it('logHyp2f1(a, b, b, z) equals (1 − z)^−a (A&S 15.1.8), also for large a and z → 1', () => {
    for (const [a, b, z] of [[0.5, 3, 0.3], [7.5, 0.2, 0.9], [250, 1.1, 0.99], [0.243, 2.426, 0.999999]]) {
      const r = logHyp2f1(a, b, b, z);
      expect(r.converged).toBe(true);
      expectClose(r.logAbs, -a * Math.log1p(-z), 1e-13, 1e-14);
    }
  });

  it('logHyp2f1(½, 1, 3/2, z²) equals atanh(z)/z (A&S 15.1.5)', () => {
    for (const z of [0.2, 0.7, 0.95, 0.9999]) expectClose(value(0.5, 1, 1.5, z * z), Math.atanh(z) / z, 5e-14);
  });

  it('logHyp2f1(−n, b, c, z) is the terminating polynomial: ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))', () => {
    const [b, c, z] = [3.5, 1.25, 0.8];
    const expected = 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1));
    expectClose(value(-2, b, c, z), expected, 1e-14);
  });

  it('logHyp2f1 satisfies Euler\'s transformation F(a,b;c;z) = (1−z)^(c−a−b) F(c−a,c−b;c;z) on its own evaluations', () => {
    for (const [a, b, c, z] of [[0.7, 2.2, 3.1, 0.4], [1.3, 0.4, 0.9, 0.93], [20.5, 3.2, 30, 0.97]]) {
      const left = logHyp2f1(a, b, c, z).logAbs;
      const right = (c - a - b) * Math.log1p(-z) + logHyp2f1(c - a, c - b, c, z).logAbs;
      expectClose(left, right, 1e-13, 1e-13);
    }
  });

  it('logHyp2f1 reports converged: false (never a silent number) when its term cap is too small', () => {
    const r = logHyp2f1(0.5, 0.5, 1, 0.4, { maxTerms: 5 });
    expect(r.converged).toBe(false);
  });

  it('logHyp2f1 rejects z outside [0, 1) and c at a pole with NaN and converged: false', () => {
    expect(logHyp2f1(1, 1, 2, 1).converged).toBe(false);
    expect(logHyp2f1(1, 1, 2, -0.1).logAbs).toBeNaN();
    expect(logHyp2f1(1, 1, -2, 0.5).converged).toBe(false);
  });
});
