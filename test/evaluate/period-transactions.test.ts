import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { periodTransactions } from '../../src/evaluate/period-transactions.js';
import { cdnowCbs } from './cdnow-fixtures.js';

function poissonPmf(t: number, n: number): number {
  let logFactorial = 0;
  for (let j = 2; j <= n; j++) logFactorial += Math.log(j);
  return Math.exp(-t + n * Math.log(t) - logFactorial);
}

describe('periodTransactions', () => {
  it('periodTransactions(x, T, pmf) sums each customer\'s P(X(Tᵢ) = n) and puts the complement in the tail', () => {
    const rows = periodTransactions([0, 3], [1, 2], poissonPmf, { maxFrequency: 1 });
    // Closed form for Poisson(T): P(0) = e^(−T).
    expect(rows[0].expected).toBeCloseTo(Math.exp(-1) + Math.exp(-2), 14);
    expect(rows[1].expected).toBeCloseTo(2 - Math.exp(-1) - Math.exp(-2), 14);
    expect(rows.map((r) => r.observed)).toEqual([1, 1]);
  });

  it('periodTransactions(...) collapsing equal T gives the same total as a customer-by-customer sum', () => {
    const cbs = cdnowCbs();
    const rate = 0.05;
    const pmf = (t: number, n: number) => poissonPmf(rate * t, n);
    const rows = periodTransactions(cbs.x, cbs.T, pmf);
    // Brute force: one pmf call per customer and class.
    const brute = new Float64Array(8);
    for (let i = 0; i < cbs.T.length; i++) {
      let below = 0;
      for (let n = 0; n < 7; n++) {
        const p = pmf(cbs.T[i], n);
        brute[n] += p;
        below += p;
      }
      brute[7] += 1 - below;
    }
    rows.forEach((r, c) => expect(r.expected).toBeCloseTo(brute[c], 8));
    expect(rows.reduce((s, r) => s + r.expected, 0)).toBeCloseTo(2357, 8);
    // datasets/README.md: 1,411 CDNOW customers made no repeat purchase in calibration.
    expect(rows[0].observed).toBe(1411);
  });

  it('periodTransactions(...) rejects T < 0 and mismatched lengths', () => {
    expect(() => periodTransactions([0], [-1], poissonPmf)).toThrow(InputError);
    expect(() => periodTransactions([0, 1], [1], poissonPmf)).toThrow(InputError);
  });
});
