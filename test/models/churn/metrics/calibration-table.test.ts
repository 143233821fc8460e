import { describe, expect, it } from 'vitest';
import { calibrationTable } from '../../../../src/models/churn/metrics/calibration-table.js';

describe('calibrationTable', () => {
  it('calibrationTable(...) cuts sorted predictions into equal-count bins with mean prediction and observed rate', () => {
    const rows = calibrationTable([0.9, 0.1, 0.8, 0.2], [1, 0, 1, 0], 2);
    expect(rows).toEqual([
      { bin: 1, n: 2, minPredicted: 0.1, maxPredicted: 0.2, meanPredicted: (0.1 + 0.2) / 2, observedRate: 0 },
      { bin: 2, n: 2, minPredicted: 0.8, maxPredicted: 0.9, meanPredicted: (0.8 + 0.9) / 2, observedRate: 1 },
    ]);
  });

  it('calibrationTable(...) gives deciles of ⌊n/10⌋ or ⌈n/10⌉ customers that add up to n', () => {
    const p = Array.from({ length: 25 }, (_, i) => i / 25);
    const rows = calibrationTable(p, p.map((v) => (v > 0.5 ? 1 : 0)));
    expect(rows.map((r) => r.n)).toEqual([2, 3, 2, 3, 2, 3, 2, 3, 2, 3]);
    expect(rows.reduce((s, r) => s + r.n, 0)).toBe(25);
  });

  it('calibrationTable(...) drops empty bins when there are fewer customers than bins', () => {
    expect(calibrationTable([0.3, 0.6], [0, 1], 10)).toHaveLength(2);
  });
});
