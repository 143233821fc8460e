import { describe, expect, it } from 'vitest';
import { digamma } from '../../src/math/digamma.js';
import { trigamma } from '../../src/math/trigamma.js';

function expectClose(actual: number, expected: number, rel: number, abs = 0): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + abs);
}

// Reference values: mpmath 1.3.0 `psi(1, x)` at 40 significant digits.
const REFERENCE: [number, number][] = [
  [1e-8, 10000000000000001.226],
  [0.1, 101.4332991507927477],
  [0.5, 4.9348022005446793094],
  [1.5, 0.93480220054467930942],
  [9.99, 0.10527695014824178439],
  [12.5, 0.083285224601578370444],
  [1000.3, 0.0010001999566246775016],
  [1e7, 1.0000000500000016667e-7],
  [-0.5, 8.9348022005446793094],
  [-2.5, 9.5392466449891237539],
];

describe('trigamma', () => {
  it.each(REFERENCE)('trigamma(%d) matches mpmath to 1e-14 relative', (x, expected) => {
    expectClose(trigamma(x), expected, 1e-14);
  });

  it('trigamma(1) is π²/6 = ζ(2) (A&S 6.4.2)', () => {
    expectClose(trigamma(1), (Math.PI * Math.PI) / 6, 1e-15);
  });

  it('trigamma satisfies ψ′(x + 1) = ψ′(x) − 1/x²', () => {
    for (const x of [0.2, 3.3, 9.6, 44]) expectClose(trigamma(x + 1), trigamma(x) - 1 / (x * x), 1e-14);
  });

  it('trigamma is the derivative of digamma (central difference, h = 1e-5)', () => {
    for (const x of [0.4, 2.3, 11, 150]) {
      const h = 1e-5;
      expectClose(trigamma(x), (digamma(x + h) - digamma(x - h)) / (2 * h), 1e-8);
    }
  });
});
