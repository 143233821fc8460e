import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { informationCriteria } from '../../src/evaluate/information-criteria.js';

describe('informationCriteria', () => {
  it('informationCriteria(LL, k, n) is 2k − 2LL and k·ln n − 2LL', () => {
    // FHL 2005 report LL −9582.4 for BG/NBD on CDNOW (k = 4, n = 2357).
    const ic = informationCriteria(-9582.4, 4, 2357);
    expect(ic.aic).toBeCloseTo(2 * 4 + 2 * 9582.4, 10);
    expect(ic.bic).toBeCloseTo(4 * Math.log(2357) + 2 * 9582.4, 10);
    // ln 2357 = 7.76514… → BIC − AIC = 4·(ln 2357 − 2) = 23.0606.
    expect(ic.bic - ic.aic).toBeCloseTo(23.0606, 3);
  });

  it('informationCriteria(...) rejects a non-finite LL or impossible counts', () => {
    expect(() => informationCriteria(Number.NaN, 4, 10)).toThrow(UsageError);
    expect(() => informationCriteria(-1, -1, 10)).toThrow(UsageError);
    expect(() => informationCriteria(-1, 2, 0)).toThrow(UsageError);
  });
});
