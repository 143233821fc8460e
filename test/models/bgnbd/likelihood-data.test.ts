import { describe, expect, it } from 'vitest';
import { prepareBgnbdLikelihoodData } from '../../../src/models/bgnbd/likelihood-data.js';

describe('prepareBgnbdLikelihoodData', () => {
  it('prepareBgnbdLikelihoodData(doc example) buckets patterns by frequency, stably, with bucket weights', () => {
    const d = prepareBgnbdLikelihoodData(
      new Float64Array([2, 0, 2]),
      new Float64Array([5, 0, 7]),
      new Float64Array([9, 9, 8]),
      new Float64Array([1, 3, 2]),
    );
    expect(Array.from(d.distinctX)).toEqual([0, 2]);
    expect(Array.from(d.bucketStart)).toEqual([0, 1, 3]);
    expect(Array.from(d.xWeight)).toEqual([3, 3]);
    expect(Array.from(d.tx)).toEqual([0, 5, 7]);
    expect(Array.from(d.T)).toEqual([9, 9, 8]);
    expect(Array.from(d.weight)).toEqual([3, 1, 2]);
    expect(d.totalWeight).toBe(6);
  });
});
