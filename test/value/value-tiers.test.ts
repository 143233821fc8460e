import { describe, expect, it } from 'vitest';
import { assignValueTiers } from '../../src/value/value-tiers.js';
import { descendingTieRanks, topPercentCapacity } from '../../src/value/tie-ranks.js';
import { DEFAULT_SEGMENT_CONFIG } from '../../src/value/segment-config.js';
import { InputError } from '../../src/errors.js';
import { createRandom } from '../../src/math/random-source.js';

/** A seeded uniform stream (the project's own generator, src/math/random-source). */
function seededUniform(seed: number): () => number {
  const random = createRandom(seed);
  return () => random.next();
}

const count = (labels: string[]) => labels.reduce<Record<string, number>>((acc, l) => ({ ...acc, [l]: (acc[l] ?? 0) + 1 }), {});

describe('assignValueTiers', () => {
  it('assignValueTiers(...) cuts 100 distinct values into exactly 1/4/5/15/25/50 customers', () => {
    // Capacities ⌊p·100/100⌋ = 1, 5, 10, 25, 50: tier sizes are the differences.
    const ltv = Float64Array.from({ length: 100 }, (_, i) => 1000 - i * 7.5);
    expect(count(assignValueTiers(ltv))).toEqual({ 'top-1': 1, 'top-5': 4, 'top-10': 5, 'top-25': 15, 'top-50': 25, 'bottom-50': 50 });
  });

  it('assignValueTiers(...) puts the k-th highest customer at an exact percentile edge into that tier', () => {
    // n = 200: the 2nd highest is exactly the top 1 % (rank 2 ≤ ⌊1·200/100⌋ = 2); the 3rd is not.
    const ltv = Float64Array.from({ length: 200 }, (_, i) => 200 - i);
    const tiers = assignValueTiers(ltv);
    expect(tiers.slice(0, 3)).toEqual(['top-1', 'top-1', 'top-5']);
    expect(tiers[9]).toBe('top-5'); // rank 10 = ⌊5·200/100⌋
    expect(tiers[10]).toBe('top-10');
  });

  it('assignValueTiers(...) drops a tie block that straddles a cut whole into the next tier', () => {
    // n = 100, the two highest tied: their shared rank is 2 > capacity 1 → both top-5, top-1 is empty.
    const ltv = Float64Array.from({ length: 100 }, (_, i) => (i < 2 ? 500 : 100 - i));
    const tiers = assignValueTiers(ltv);
    expect(tiers[0]).toBe('top-5');
    expect(tiers[1]).toBe('top-5');
    expect(tiers).not.toContain('top-1');
  });

  it('assignValueTiers(...) gives every customer the rest tier when all LTVs are equal', () => {
    // Shared rank n exceeds every capacity below 100 %.
    expect(new Set(assignValueTiers(new Float64Array(40).fill(3)))).toEqual(new Set(['bottom-50']));
  });

  it('assignValueTiers(...) leaves the top 1 % empty below 100 customers and places n = 1 in rest', () => {
    const fifty = assignValueTiers(Float64Array.from({ length: 50 }, (_, i) => i));
    expect(fifty).not.toContain('top-1');
    expect(count(fifty)['top-5']).toBe(2); // ⌊5·50/100⌋ = 2
    expect(assignValueTiers(Float64Array.of(42))).toEqual(['bottom-50']);
    expect(assignValueTiers(Float64Array.of(42), { tiers: [{ name: 'all', topPercent: 100 }], rest: 'none' })).toEqual(['all']);
  });

  it('assignValueTiers(...) matches the documented example', () => {
    const config = { tiers: [{ name: 'top', topPercent: 50 }], rest: 'rest' };
    expect(assignValueTiers(Float64Array.of(5, 1, 9, 3), config)).toEqual(['top', 'rest', 'top', 'rest']);
  });

  it('assignValueTiers(...) on random tied data keeps ties together and never overfills a tier (seeded brute force)', () => {
    // Brute force against the definition: count customers at or above each value directly (O(n²)).
    const random = seededUniform(20240601);
    const names = [...DEFAULT_SEGMENT_CONFIG.valueTiers.tiers.map((t) => t.name), 'bottom-50'];
    const failures: string[] = [];
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + Math.floor(random() * 400);
      // Values on a coarse grid so ties are frequent.
      const ltv = Float64Array.from({ length: n }, () => Math.floor(random() * 25));
      const level = assignValueTiers(ltv).map((name) => names.indexOf(name));
      const tierOfValue = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        if ((tierOfValue.get(ltv[i]) ?? level[i]) !== level[i]) failures.push(`trial ${trial}: tie at ${ltv[i]} split`);
        tierOfValue.set(ltv[i], level[i]);
      }
      DEFAULT_SEGMENT_CONFIG.valueTiers.tiers.forEach((tier, k) => {
        const capacity = Math.floor((tier.topPercent * n) / 100);
        if (level.filter((l) => l <= k).length > capacity) failures.push(`trial ${trial}: ${tier.name} overfilled`);
        // Maximal: a customer left out has more customers at or above its value than the capacity.
        for (let i = 0; i < n; i++) {
          if (level[i] <= k) continue;
          let atOrAbove = 0;
          for (let j = 0; j < n; j++) if (ltv[j] >= ltv[i]) atOrAbove++;
          if (atOrAbove <= capacity) failures.push(`trial ${trial}: customer ${i} wrongly left out of ${tier.name}`);
        }
      });
    }
    expect(failures).toEqual([]);
  });

  it('assignValueTiers(...) does not depend on input order', () => {
    const ltv = Float64Array.of(3, 9, 1, 9, 4, 7, 2, 8, 5, 6);
    const reversed = Float64Array.from(ltv).reverse();
    const config = { tiers: [{ name: 'a', topPercent: 20 }, { name: 'b', topPercent: 60 }], rest: 'c' };
    expect(assignValueTiers(reversed, config)).toEqual(assignValueTiers(ltv, config).reverse());
  });

  it('assignValueTiers(...) throws InputError naming the row of a NaN LTV', () => {
    expect(() => assignValueTiers(Float64Array.of(1, NaN))).toThrow(InputError);
    try {
      assignValueTiers(Float64Array.of(1, NaN));
    } catch (error) {
      expect((error as InputError).issues[0]).toMatchObject({ row: 2, column: 'predictedLtv' });
    }
  });
});

describe('descendingTieRanks', () => {
  it('descendingTieRanks(...) matches the documented example [3, 1, 3, 4]', () => {
    expect(Array.from(descendingTieRanks([5, 9, 5, 1]))).toEqual([3, 1, 3, 4]);
  });
});

describe('topPercentCapacity', () => {
  it('topPercentCapacity(...) floors p·n/100 without losing decimal percentages to binary rounding', () => {
    // 0.1 % of 1000 = 1; 0.57 % of 10 000 = 57, although 0.57·10000/100 = 56.99999999999999 in binary.
    expect(topPercentCapacity(1000, 0.1)).toBe(1);
    expect((0.57 * 10000) / 100).toBeLessThan(57);
    expect(topPercentCapacity(10000, 0.57)).toBe(57);
    expect(topPercentCapacity(99, 1)).toBe(0);
    expect(topPercentCapacity(7, 100)).toBe(7);
  });
});
