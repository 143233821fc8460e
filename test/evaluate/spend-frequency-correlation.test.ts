import { describe, expect, it } from 'vitest';
import { spendFrequencyCorrelation } from '../../src/evaluate/spend-frequency-correlation.js';
import { cdnowCbs } from './cdnow-fixtures.js';

describe('spendFrequencyCorrelation', () => {
  it('spendFrequencyCorrelation(x, z̄) on CDNOW is 0.11, as Fader & Hardie (2013) report, without a warning', () => {
    const cbs = cdnowCbs();
    const c = spendFrequencyCorrelation(cbs.x, cbs.mx);
    // "The Gamma-Gamma Model of Monetary Value" (2013), §2: correlation 0.11 over the 946 repeat buyers.
    expect(c.customers).toBe(946);
    expect(c.pearson).toBeCloseTo(0.11, 2);
    expect(c.warning).toBeNull();
  });

  it('spendFrequencyCorrelation(...) ignores x = 0 customers and warns when |ρ| > 0.3', () => {
    const c = spendFrequencyCorrelation([0, 1, 2, 3], [500, 10, 20, 30]);
    expect(c.customers).toBe(3);
    expect(c.pearson).toBeCloseTo(1, 14);
    expect(c.warning).toMatch(/independent/);
    const negative = spendFrequencyCorrelation([1, 2, 3], [30, 20, 10]);
    expect(negative.pearson).toBeCloseTo(-1, 14);
    expect(negative.warning).not.toBeNull();
  });

  it('spendFrequencyCorrelation(...) is NaN without warning when fewer than two buyers or no spread', () => {
    expect(spendFrequencyCorrelation([0, 1], [0, 10]).pearson).toBeNaN();
    const flat = spendFrequencyCorrelation([1, 2, 3], [10, 10, 10]);
    expect(flat.pearson).toBeNaN();
    expect(flat.warning).toBeNull();
  });
});
