import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { frequencyRecencyGrid } from '../../src/plots/frequency-recency-grid.js';
import { frequencyRecencyMatrixSpec } from '../../src/plots/frequency-recency-matrix-spec.js';
import { inlineData, renderWithoutWarnings } from './spec-helpers.js';

describe('frequencyRecencyGrid', () => {
  it('frequencyRecencyGrid(f, { T, maxFrequency, recencySteps }) evaluates f on x = 0…k and at the centres of recency cells', () => {
    const g = frequencyRecencyGrid((x, tx) => x + tx, { T: 2, maxFrequency: 1, recencySteps: 2 });
    expect(Array.from(g.recency)).toEqual([0.5, 1.5]);
    expect(Array.from(g.values)).toEqual([0.5, 1.5, 1.5, 2.5]);
  });

  it('frequencyRecencyGrid(...) keeps a non-finite value as NaN and rejects T ≤ 0', () => {
    const g = frequencyRecencyGrid(() => Number.POSITIVE_INFINITY, { T: 1, maxFrequency: 0, recencySteps: 1 });
    expect(g.values[0]).toBeNaN();
    expect(() => frequencyRecencyGrid(() => 0, { T: 0 })).toThrow(UsageError);
  });
});

describe('frequencyRecencyMatrixSpec', () => {
  const grid = frequencyRecencyGrid((x, tx) => (x === 0 ? 1 : tx / 10), { T: 10, maxFrequency: 3, recencySteps: 5 });

  it('frequencyRecencyMatrixSpec(grid) has one cell per (x, t_x), the cells tiling [0, T]', () => {
    const cells = inlineData(frequencyRecencyMatrixSpec(grid, { quantity: 'probability-alive', unit: 'week' }));
    expect(cells).toHaveLength(4 * 5);
    expect(cells[0]).toMatchObject({ frequency: 0, recency: 1, recencyStart: 0, value: 1 });
    // Cell of width 2 around 9, clipped at T = 10; value tx/10 = 0.9.
    expect(cells.at(-1)).toMatchObject({ frequency: 3, recency: 9, recencyStart: 8, recencyEnd: 10, value: 0.9 });
  });

  it('frequencyRecencyMatrixSpec(grid, probability-alive) fixes the colour domain to [0, 1]', () => {
    const spec = frequencyRecencyMatrixSpec(grid, { quantity: 'probability-alive', unit: 'week' }) as {
      encoding: { color: { scale: { domain?: number[] } } };
    };
    expect(spec.encoding.color.scale.domain).toEqual([0, 1]);
  });

  it('frequencyRecencyMatrixSpec(grid, expected-purchases) names the horizon and unit in the title', async () => {
    const spec = frequencyRecencyMatrixSpec(grid, { quantity: 'expected-purchases', unit: 'week', horizon: 4 });
    expect(JSON.stringify(spec.title)).toContain('next 4 weeks');
    const svg = await renderWithoutWarnings(spec);
    // Cells carry no ARIA labels (size); count the paths of the rect mark group instead.
    const group = /<g class="mark-rect role-mark[^"]*"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    expect(group.match(/<path /g)).toHaveLength(20);
    expect(svg).not.toContain('aria-roledescription="rect mark"');
  });
});
