import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { valueConcentration } from '../../src/evaluate/value-concentration.js';

describe('valueConcentration', () => {
  it('valueConcentration(values) of one big customer among four: top 25% hold all, Gini 0.75', () => {
    const c = valueConcentration([0, 10, 0, 0], 4);
    expect(Array.from(c.valueShare)).toEqual([0, 1, 1, 1, 1]);
    // Gini by its mean-absolute-difference definition: Σᵢ Σⱼ |vᵢ − vⱼ| / (2 n² v̄) = 60 / (2·16·2.5).
    expect(c.gini).toBeCloseTo(0.75, 14);
  });

  it('valueConcentration(...) of equal values is the diagonal with Gini 0', () => {
    const c = valueConcentration(new Float64Array(10).fill(3), 10);
    c.customerShare.forEach((q, j) => expect(c.valueShare[j]).toBeCloseTo(q, 14));
    expect(c.gini).toBeCloseTo(0, 14);
    expect(c.top.find((t) => t.customerShare === 0.2)?.valueShare).toBeCloseTo(0.2, 14);
  });

  it('valueConcentration(...) Gini matches the pairwise-difference definition on uneven values', () => {
    const v = [1, 2, 3, 4, 10, 0, 7];
    let diff = 0;
    for (const a of v) for (const b of v) diff += Math.abs(a - b);
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    expect(valueConcentration(v).gini).toBeCloseTo(diff / (2 * v.length ** 2 * mean), 13);
    // Top ⅐ (one customer) holds 10/27; the interpolated top 10% holds 0.7 of that customer.
    expect(valueConcentration(v).top.find((t) => t.customerShare === 0.1)?.valueShare).toBeCloseTo((0.7 * 10) / 27, 13);
  });

  it('valueConcentration(...) rejects negative values and an all-zero total', () => {
    expect(() => valueConcentration([1, -1])).toThrow(InputError);
    expect(() => valueConcentration([0, 0])).toThrow(InputError);
  });
});
