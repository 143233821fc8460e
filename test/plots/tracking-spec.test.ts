import { describe, expect, it } from 'vitest';
import type { RepeatTransactionTracking } from '../../src/evaluate/repeat-transaction-tracking.js';
import { trackingSpec } from '../../src/plots/tracking-spec.js';
import { countMarks, inlineData, renderWithoutWarnings } from './spec-helpers.js';

const tracking: RepeatTransactionTracking = {
  periodDays: 7,
  period: Int32Array.of(1, 2, 3),
  periodEnd: Float64Array.of(9868, 9875, 9882), // 1997-01-07, -14, -21 (1997-01-01 is day 9862)
  calibrationPeriods: 2,
  actualIncremental: Float64Array.of(1, 3, 2),
  actualCumulative: Float64Array.of(1, 4, 6),
  modelIncremental: Float64Array.of(1.5, 2, 2.5),
  modelCumulative: Float64Array.of(1.5, 3.5, 6),
};

describe('trackingSpec', () => {
  it('trackingSpec(tracking) plots cumulative counts by week with ISO period-end dates', () => {
    const data = inlineData(trackingSpec(tracking), 0);
    expect(data.filter((d) => d.series === 'Actual').map((d) => d.transactions)).toEqual([1, 4, 6]);
    expect(data.filter((d) => d.series === 'Model').map((d) => d.transactions)).toEqual([1.5, 3.5, 6]);
    expect(data[0].periodEnd).toBe('1997-01-07');
  });

  it('trackingSpec(tracking, { mode: "incremental" }) plots per-period counts', () => {
    const data = inlineData(trackingSpec(tracking, { mode: 'incremental' }), 0);
    expect(data.filter((d) => d.series === 'Actual').map((d) => d.transactions)).toEqual([1, 3, 2]);
  });

  it('trackingSpec(tracking) marks the end of calibration between the last calibration week and the next', () => {
    const rule = inlineData(trackingSpec(tracking), 1);
    expect(rule).toEqual([{ edge: 2.5, label: 'end of calibration' }]);
  });

  it('trackingSpec(tracking) renders two lines, the rule and its label', async () => {
    const svg = await renderWithoutWarnings(trackingSpec(tracking));
    expect(countMarks(svg, 'line mark')).toBe(2);
    expect(svg).toContain('end of calibration');
    expect(svg).toContain('>Week<');
  });
});
