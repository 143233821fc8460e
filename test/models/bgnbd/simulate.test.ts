import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { simulateBgnbd, simulateBgnbdTransactions } from '../../../src/models/bgnbd/simulate.js';
import { CDNOW_PARAMS } from './make-model.js';

describe('simulateBgnbd', () => {
  it('simulateBgnbd is reproducible: the same seed gives identical data, another seed different data', () => {
    const a = simulateBgnbd(CDNOW_PARAMS, { customers: 1000, T: 39, seed: 4 });
    const b = simulateBgnbd(CDNOW_PARAMS, { customers: 1000, T: 39, seed: 4 });
    const c = simulateBgnbd(CDNOW_PARAMS, { customers: 1000, T: 39, seed: 5 });
    expect(b).toEqual(a);
    expect(c.frequency).not.toEqual(a.frequency);
  });

  it('simulateBgnbd produces valid summaries: x whole, 0 ≤ t_x ≤ T, t_x = 0 iff x = 0', () => {
    const T = new Float64Array(5000).map((_, i) => 1 + (i % 50));
    const s = simulateBgnbd(CDNOW_PARAMS, { customers: 5000, T, seed: 8 });
    for (let i = 0; i < 5000; i++) {
      expect(Number.isInteger(s.frequency[i])).toBe(true);
      expect(s.recency[i]).toBeLessThanOrEqual(s.T[i]);
      expect(s.recency[i] === 0).toBe(s.frequency[i] === 0);
    }
    expect(s.T).toEqual(T);
  });

  it('simulateBgnbd agrees customer by customer with simulateBgnbdTransactions for the same seed', () => {
    const options = { customers: 2000, T: 52, seed: 12, wholeDays: true } as const;
    const rfm = simulateBgnbd(CDNOW_PARAMS, options);
    const tx = simulateBgnbdTransactions(CDNOW_PARAMS, options);
    for (let i = 0; i < 2000; i++) {
      const times = tx.times.subarray(tx.offsets[i], tx.offsets[i + 1]);
      expect(times[0]).toBe(0);
      expect(times.length - 1).toBe(rfm.frequency[i]);
      expect(times[times.length - 1]).toBe(rfm.recency[i]);
    }
  });

  it('simulateBgnbd with wholeDays records times on the day grid (multiples of 1/7 week) with distinct purchase days', () => {
    const s = simulateBgnbdTransactions(CDNOW_PARAMS, { customers: 3000, T: 39, seed: 2, wholeDays: true });
    for (let i = 0; i < 3000; i++) {
      for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
        expect(Math.abs(s.times[k] * 7 - Math.round(s.times[k] * 7))).toBeLessThan(1e-9);
        if (k > s.offsets[i]) expect(s.times[k]).toBeGreaterThan(s.times[k - 1]);
      }
    }
  });

  it('simulateBgnbd rejects invalid parameters and options with UsageError', () => {
    expect(() => simulateBgnbd({ ...CDNOW_PARAMS, r: -1 }, { customers: 1, T: 1, seed: 1 })).toThrow(UsageError);
    expect(() => simulateBgnbd(CDNOW_PARAMS, { customers: 1.5, T: 1, seed: 1 })).toThrow(UsageError);
    expect(() => simulateBgnbd(CDNOW_PARAMS, { customers: 2, T: new Float64Array(3), seed: 1 })).toThrow(UsageError);
    expect(() => simulateBgnbd(CDNOW_PARAMS, { customers: 2, T: 0, seed: 1 })).toThrow(UsageError);
  });
});
