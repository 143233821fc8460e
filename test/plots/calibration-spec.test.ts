import { describe, expect, it } from 'vitest';
import { calibrationCurve } from '../../src/evaluate/calibration-curve.js';
import { calibrationSpec } from '../../src/plots/calibration-spec.js';
import { countMarks, inlineData, renderWithoutWarnings } from './spec-helpers.js';

describe('calibrationSpec', () => {
  const curve = calibrationCurve([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], { bins: 2 });

  it('calibrationSpec(curve) has one point per bin with its size and the Brier score in the subtitle', () => {
    const spec = calibrationSpec(curve);
    const bins = inlineData(spec, 1);
    expect(bins.map((b) => [b.observedRate, b.count])).toEqual([[0, 2], [1, 2]]);
    expect(JSON.stringify(spec.title)).toContain('Brier score 0.025');
  });

  it('calibrationSpec(curve) renders the diagonal, the line and two points', async () => {
    const svg = await renderWithoutWarnings(calibrationSpec(curve));
    expect(countMarks(svg, 'line mark')).toBe(2);
    expect(countMarks(svg, 'point')).toBe(2);
  });
});
