import { describe, expect, it } from 'vitest';
import { histogramBins } from '../../src/plots/histogram-bins.js';
import { ltvDistributionSpec } from '../../src/plots/ltv-distribution-spec.js';
import { countMarks, inlineData, renderWithoutWarnings } from './spec-helpers.js';

describe('histogramBins', () => {
  it('histogramBins(0…99, { bins: 10, clipQuantile: 1 }) gives ten bins of width 10 holding 10 each', () => {
    const h = histogramBins(Float64Array.from({ length: 100 }, (_, i) => i), { bins: 10, clipQuantile: 1 });
    expect(Array.from(h.lower)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(Array.from(h.count)).toEqual(new Array(10).fill(10));
    expect(h.overflowFrom).toBeNull();
    // Mean and median of 0…99: 49.5.
    expect(h.mean).toBe(49.5);
    expect(h.median).toBe(49.5);
  });

  it('histogramBins(...) pools values above the clip quantile into one overflow bin and loses nobody', () => {
    const values = [...Array.from({ length: 98 }, (_, i) => i / 10), 500, 1000];
    const h = histogramBins(values, { bins: 10, clipQuantile: 0.98 });
    expect(h.overflowCount).toBe(2);
    expect(h.overflowFrom).toBeLessThanOrEqual(500);
    expect(h.count.reduce((s, c) => s + c, 0) + h.overflowCount).toBe(100);
    // Clip point = type-7 quantile: 9.7 + 0.02·(500 − 9.7) = 19.506; span/10 = 1.95 → round width 2.
    expect(h.upper[0] - h.lower[0]).toBe(2);
    expect(h.overflowFrom).toBe(20);
  });
});

describe('ltvDistributionSpec', () => {
  it('ltvDistributionSpec(values) carries pre-binned counts, the overflow bar last', () => {
    const values = [...new Array(90).fill(5), ...new Array(9).fill(15), 1000];
    const data = inlineData(ltvDistributionSpec(values, { bins: 4, clipQuantile: 0.95, currency: 'USD' }));
    const last = data.at(-1);
    expect(last).toMatchObject({ overflow: true, customers: 1 });
    expect(data.reduce((s, d) => s + (d.customers as number), 0)).toBe(100);
    expect(String(last?.label)).toMatch(/^≥ .* USD$/);
    // A text layer names the overflow bar; without overflow there is none.
    expect((ltvDistributionSpec(values, { bins: 4, clipQuantile: 0.95 }) as { layer: unknown[] }).layer).toHaveLength(2);
    expect((ltvDistributionSpec([1, 2, 3], { clipQuantile: 1 }) as { layer: unknown[] }).layer).toHaveLength(1);
  });

  it('ltvDistributionSpec(values) renders one rect per bin with mean and median in the subtitle', async () => {
    const values = Float64Array.from({ length: 50 }, (_, i) => i);
    const spec = ltvDistributionSpec(values, { bins: 5, clipQuantile: 1 });
    const svg = await renderWithoutWarnings(spec);
    expect(countMarks(svg, 'rect mark')).toBe(inlineData(spec).length);
    expect(svg).toContain('mean 24.5, median 24.5');
  });
});
