import { describe, expect, it } from 'vitest';
import { valueConcentration } from '../../src/evaluate/value-concentration.js';
import { valueConcentrationSpec } from '../../src/plots/value-concentration-spec.js';
import { countMarks, inlineData, renderWithoutWarnings } from './spec-helpers.js';

describe('valueConcentrationSpec', () => {
  // 10 customers: one worth 91, nine worth 1 → the top 10% hold 91%.
  const concentration = valueConcentration([91, 1, 1, 1, 1, 1, 1, 1, 1, 1], 10);

  it('valueConcentrationSpec(c) plots the curve and labels the top 10% and 20% shares', () => {
    const spec = valueConcentrationSpec(concentration);
    const curve = inlineData(spec, 1);
    expect(curve).toHaveLength(11);
    expect(curve[1]).toEqual({ customerShare: 0.1, valueShare: 0.91 });
    const labels = inlineData(spec, 2).map((d) => d.label);
    expect(labels).toEqual(['top 10% → 91% of value', 'top 20% → 92% of value']);
  });

  it('valueConcentrationSpec(c) renders the diagonal, the curve and two marked points', async () => {
    const svg = await renderWithoutWarnings(valueConcentrationSpec(concentration));
    expect(countMarks(svg, 'line mark')).toBe(2);
    expect(countMarks(svg, 'point')).toBe(2);
    expect(svg).toContain('Gini');
  });
});
