import { describe, expect, it } from 'vitest';
import { rocCurve } from '../../src/evaluate/roc-curve.js';
import { rocSpec } from '../../src/plots/roc-spec.js';
import { createRandom } from '../../src/math/random-source.js';
import { countMarks, inlineData, renderWithoutWarnings } from './spec-helpers.js';

describe('rocSpec', () => {
  it('rocSpec(roc) carries every point of a small curve and the exact AUC in the subtitle', () => {
    const roc = rocCurve([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0]);
    const spec = rocSpec(roc);
    const points = inlineData(spec, 1);
    expect(points.map((p) => [p.falsePositiveRate, p.truePositiveRate])).toEqual([[0, 0], [0, 0.5], [0.5, 0.5], [0.5, 1], [1, 1]]);
    expect(points[0].threshold).toBeNull();
    expect(JSON.stringify(spec.title)).toContain('AUC 0.750');
  });

  it('rocSpec(roc) thins a long curve to 400 points, keeping both ends', async () => {
    const random = createRandom(3);
    const rand = () => random.next();
    const labels = Float64Array.from({ length: 5000 }, () => (rand() < 0.5 ? 1 : 0));
    const scores = Float64Array.from(labels, (y) => rand() + 0.5 * y);
    const roc = rocCurve(scores, labels);
    const points = inlineData(rocSpec(roc), 1);
    expect(points).toHaveLength(400);
    expect(points[0]).toMatchObject({ falsePositiveRate: 0, truePositiveRate: 0 });
    expect(points.at(-1)).toMatchObject({ falsePositiveRate: 1, truePositiveRate: 1 });
    const svg = await renderWithoutWarnings(rocSpec(roc));
    expect(countMarks(svg, 'line mark')).toBe(2);
  });
});
