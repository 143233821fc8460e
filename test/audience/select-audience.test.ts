import { describe, expect, it } from 'vitest';
import { selectAudience } from '../../src/audience/select-audience.js';
import { InputError, UsageError } from '../../src/errors.js';

const customers = {
  customerId: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10'],
  predictedLtv: [50, 90, 10, 90, 30, 70, 20, 60, 40, 80],
  pAlive: [0.9, 0.2, 0.5, 0.95, 0.6, 0.8, 0.1, 0.7, 0.4, 0.3],
  segments: {
    lifecycle: ['active', 'lost', 'cooling', 'active', 'cooling', 'active', 'lost', 'active', 'cooling', 'at-risk'],
    rfm: ['loyal', 'at-risk', 'lost', 'champions', 'promising', 'loyal', 'lost', 'loyal', 'at-risk', 'cant-lose'],
  },
};
const ids = (indices: Int32Array) => Array.from(indices, (i) => customers.customerId[i]);

describe('selectAudience', () => {
  it('selectAudience(...) matches the documented example: LTV descending, ties by id', () => {
    expect(Array.from(selectAudience({ customerId: ['a', 'b', 'c'], predictedLtv: [5, 9, 5] }, { minLtv: 5 }))).toEqual([1, 0, 2]);
  });

  it('selectAudience(...) with no criteria returns everyone in output order (c2 before c4: same LTV, "c2" < "c4")', () => {
    expect(ids(selectAudience(customers))).toEqual(['c2', 'c4', 'c10', 'c6', 'c8', 'c1', 'c9', 'c5', 'c7', 'c3']);
  });

  it('selectAudience(...) with topPercent uses the tie-safe rank rule: the tied top two are not the top 10 %', () => {
    // n = 10: capacity ⌊10·10/100⌋ = 1, but c2 and c4 share rank 2 → nobody; 20 % → both.
    expect(ids(selectAudience(customers, { topPercent: 10 }))).toEqual([]);
    expect(ids(selectAudience(customers, { topPercent: 20 }))).toEqual(['c2', 'c4']);
    expect(ids(selectAudience(customers, { topPercent: 30 }))).toEqual(['c2', 'c4', 'c10']);
  });

  it('selectAudience(...) with topN breaks ties by customer id', () => {
    expect(ids(selectAudience(customers, { topN: 1 }))).toEqual(['c2']);
    expect(ids(selectAudience(customers, { topN: 100 })).length).toBe(10);
  });

  it('selectAudience(...) combines criteria with AND, ranking top shares over the whole base', () => {
    // Top 50 % = c2, c4, c10, c6, c8; of those P(alive) ≥ 0.7: c4, c6, c8.
    expect(ids(selectAudience(customers, { topPercent: 50, minPAlive: 0.7 }))).toEqual(['c4', 'c6', 'c8']);
    // Then only rfm loyal: c6, c8.
    expect(ids(selectAudience(customers, { topPercent: 50, minPAlive: 0.7, segments: ['loyal'] }))).toEqual(['c6', 'c8']);
    expect(ids(selectAudience(customers, { minLtv: 60, minPAlive: 0.3 }))).toEqual(['c4', 'c10', 'c6', 'c8']);
  });

  it('selectAudience(...) ORs the listed segments and accepts "column:label"', () => {
    expect(ids(selectAudience(customers, { segments: ['champions', 'cant-lose'] }))).toEqual(['c4', 'c10']);
    expect(ids(selectAudience(customers, { segments: ['lifecycle:lost'] }))).toEqual(['c2', 'c7']);
    expect(ids(selectAudience(customers, { segments: [' rfm:lost '] }))).toEqual(['c7', 'c3']); // LTV 20 before 10
  });

  it('selectAudience(...) throws UsageError for a label found in two columns, naming both qualified forms', () => {
    expect(() => selectAudience(customers, { segments: ['lost'] })).toThrow(/lifecycle:lost or rfm:lost/);
  });

  it('selectAudience(...) throws UsageError for unknown segments and columns, listing what exists', () => {
    expect(() => selectAudience(customers, { segments: ['champs'] })).toThrow(/labels present: .*champions/);
    expect(() => selectAudience(customers, { segments: ['tier:top-1'] })).toThrow(/no segment column "tier"/);
  });

  it.each([
    ['topPercent 0', { topPercent: 0 }],
    ['topPercent 101', { topPercent: 101 }],
    ['topN 0', { topN: 0 }],
    ['a fractional topN', { topN: 2.5 }],
    ['a NaN minLtv', { minLtv: NaN }],
    ['minPAlive 1.5', { minPAlive: 1.5 }],
  ])('selectAudience(...) throws UsageError for %s', (_, selection) => {
    expect(() => selectAudience(customers, selection)).toThrow(UsageError);
  });

  it('selectAudience(...) throws UsageError for minPAlive without a pAlive column', () => {
    expect(() => selectAudience({ customerId: ['a'], predictedLtv: [1] }, { minPAlive: 0.5 })).toThrow(/pAlive/);
  });

  it('selectAudience(...) throws InputError naming a duplicate customer id', () => {
    try {
      selectAudience({ customerId: ['a', 'b', 'a'], predictedLtv: [1, 2, 3] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues[0]).toMatchObject({ row: 3, value: 'a' });
    }
  });
});
