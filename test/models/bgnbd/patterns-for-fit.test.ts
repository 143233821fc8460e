import { describe, expect, it } from 'vitest';
import { patternsForFit } from '../../../src/models/bgnbd/patterns-for-fit.js';
import { simulateBgnbd } from '../../../src/models/bgnbd/simulate.js';
import { CDNOW_PARAMS } from './make-model.js';

const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);

describe('patternsForFit', () => {
  const T = new Float64Array(210_000).map((_, i) => 1 + ((i * 0.618034) % 1) * 77);

  it('patternsForFit keeps customers as they are when nearly all are unique (continuous times)', () => {
    const data = simulateBgnbd(CDNOW_PARAMS, { customers: 210_000, T, seed: 1 });
    const p = patternsForFit(data.frequency, data.recency, data.T);
    expect(p.frequency).toBe(data.frequency);
    expect(sum(p.weight)).toBe(210_000);
  });

  it('patternsForFit collapses whole-day data (many shared patterns), keeping total weight', () => {
    const data = simulateBgnbd(CDNOW_PARAMS, { customers: 210_000, T, seed: 1, wholeDays: true });
    const p = patternsForFit(data.frequency, data.recency, data.T);
    expect(p.weight.length).toBeLessThan(150_000);
    expect(sum(p.weight)).toBe(210_000);
  });
});
