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
    const bad: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const ok = Number.isInteger(s.frequency[i]) && s.recency[i] <= s.T[i] && (s.recency[i] === 0) === (s.frequency[i] === 0);
      if (!ok) bad.push(i);
    }
    expect(bad).toEqual([]);
    expect(s.T).toEqual(T);
  });

  it('simulateBgnbd agrees customer by customer with simulateBgnbdTransactions for the same seed', () => {
    const options = { customers: 2000, T: 52, seed: 12, wholeDays: true } as const;
    const rfm = simulateBgnbd(CDNOW_PARAMS, options);
    const tx = simulateBgnbdTransactions(CDNOW_PARAMS, options);
    const mismatched: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const times = tx.times.subarray(tx.offsets[i], tx.offsets[i + 1]);
      if (times[0] !== 0 || times.length - 1 !== rfm.frequency[i] || times[times.length - 1] !== rfm.recency[i]) mismatched.push(i);
    }
    expect(mismatched).toEqual([]);
  });

  it('simulateBgnbd with wholeDays records times on the day grid (multiples of 1/7 week) with distinct purchase days', () => {
    const s = simulateBgnbdTransactions(CDNOW_PARAMS, { customers: 3000, T: 39, seed: 2, wholeDays: true });
    const offGrid: number[] = [];
    for (let i = 0; i < 3000; i++) {
      for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
        const onGrid = Math.abs(s.times[k] * 7 - Math.round(s.times[k] * 7)) < 1e-9;
        const increasing = k === s.offsets[i] || s.times[k] > s.times[k - 1];
        if (!onGrid || !increasing) offGrid.push(k);
      }
    }
    expect(offGrid).toEqual([]);
  });

  it('simulateBgnbd rejects invalid parameters and options with UsageError', () => {
    expect(() => simulateBgnbd({ ...CDNOW_PARAMS, r: -1 }, { customers: 1, T: 1, seed: 1 })).toThrow(UsageError);
    expect(() => simulateBgnbd(CDNOW_PARAMS, { customers: 1.5, T: 1, seed: 1 })).toThrow(UsageError);
    expect(() => simulateBgnbd(CDNOW_PARAMS, { customers: 2, T: new Float64Array(3), seed: 1 })).toThrow(UsageError);
    expect(() => simulateBgnbd(CDNOW_PARAMS, { customers: 2, T: 0, seed: 1 })).toThrow(UsageError);
  });
});
