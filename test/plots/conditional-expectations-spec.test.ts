import { describe, expect, it } from 'vitest';
import { conditionalExpectationsSpec } from '../../src/plots/conditional-expectations-spec.js';
import { countMarks, inlineData, renderWithoutWarnings } from './spec-helpers.js';

const rows = [
  { label: '0', frequency: 0, customers: 5, actualMean: 0.2, predictedMean: 0.25 },
  { label: '1', frequency: 1, customers: 0, actualMean: Number.NaN, predictedMean: Number.NaN },
  { label: '2+', frequency: 2, customers: 3, actualMean: 2.5, predictedMean: 2.1 },
];

describe('conditionalExpectationsSpec', () => {
  it('conditionalExpectationsSpec(rows) leaves out empty classes and pairs actual with model means', () => {
    const data = inlineData(conditionalExpectationsSpec(rows));
    expect(data.map((d) => `${d.label}:${d.series}:${d.mean}`)).toEqual(['0:Actual:0.2', '0:Model:0.25', '2+:Actual:2.5', '2+:Model:2.1']);
    // The inline data must survive JSON (no NaN).
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('conditionalExpectationsSpec(rows) renders two lines with their points', async () => {
    const svg = await renderWithoutWarnings(conditionalExpectationsSpec(rows));
    expect(countMarks(svg, 'line mark')).toBe(2);
    expect(countMarks(svg, 'point')).toBe(4);
    expect(svg).toContain('Mean purchases in holdout');
  });
});
