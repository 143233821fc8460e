import { describe, expect, it } from 'vitest';
import { periodTransactionsSpec } from '../../src/plots/period-transactions-spec.js';
import { countMarks, inlineData, renderWithoutWarnings } from './spec-helpers.js';

const rows = [
  { label: '0', frequency: 0, observed: 10, expected: 9.5 },
  { label: '1', frequency: 1, observed: 4, expected: 4.2 },
  { label: '2+', frequency: 2, observed: 2, expected: 2.3 },
];

describe('periodTransactionsSpec', () => {
  it('periodTransactionsSpec(rows) carries one actual and one model bar per class', () => {
    const spec = periodTransactionsSpec(rows);
    const data = inlineData(spec);
    expect(data).toHaveLength(6);
    expect(data.filter((d) => d.series === 'Actual').map((d) => d.customers)).toEqual([10, 4, 2]);
    expect(data.filter((d) => d.series === 'Model').map((d) => d.customers)).toEqual([9.5, 4.2, 2.3]);
    const enc = (spec as { encoding: Record<string, { field?: string }> }).encoding;
    expect(enc.x.field).toBe('label');
    expect(enc.xOffset.field).toBe('series');
    expect(enc.y.field).toBe('customers');
  });

  it('periodTransactionsSpec(rows) renders six bars', async () => {
    const svg = await renderWithoutWarnings(periodTransactionsSpec(rows));
    expect(countMarks(svg, 'bar')).toBe(6);
    expect(svg).toContain('2+');
  });
});
