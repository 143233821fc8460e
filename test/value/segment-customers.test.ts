import { describe, expect, it } from 'vitest';
import { segmentCustomers } from '../../src/value/segment-customers.js';
import { parseSegmentConfig } from '../../src/value/parse-segment-config.js';
import { UsageError } from '../../src/errors.js';

describe('segmentCustomers', () => {
  const rfm = { frequency: [0, 4, 2, 1, 3], recency: [0, 10, 3, 1, 9], T: [10, 10, 10, 10, 10], monetary: [5, 50, 20, 10, 40] };

  it('segmentCustomers(...) returns all three segmentations consistent with their parts', () => {
    const config = parseSegmentConfig({ valueTiers: { tiers: [{ name: 'top', topPercent: 40 }], rest: 'rest' } });
    const out = segmentCustomers({ predictedLtv: [1, 9, 4, 2, 8], pAlive: [0.9, 0.95, 0.3, 0.5, 0.05], rfm }, config);
    expect(out.valueTier).toEqual(['rest', 'top', 'rest', 'rest', 'top']);
    expect(out.lifecycle).toEqual(['active', 'active', 'at-risk', 'cooling', 'lost']);
    // Customer 1: T − t_x = 0 (most recent) → R = 5, frequency 4 (highest) → F = 5 → champions.
    expect(out.rfmScores!.r[1]).toBe(5);
    expect(out.rfmSegment![1]).toBe('champions');
    // Customer 0: silent for 10 (longest) → R = 1, no repeats → F = 1 → lost.
    expect(out.rfmSegment![0]).toBe('lost');
  });

  it('segmentCustomers(...) leaves lifecycle and RFM out when their inputs are missing', () => {
    const out = segmentCustomers({ predictedLtv: [1, 2] });
    expect(out.lifecycle).toBeUndefined();
    expect(out.rfmSegment).toBeUndefined();
  });

  it('segmentCustomers(...) throws UsageError when column lengths disagree', () => {
    expect(() => segmentCustomers({ predictedLtv: [1, 2], pAlive: [0.5] })).toThrow(UsageError);
    expect(() => segmentCustomers({ predictedLtv: [1, 2], rfm })).toThrow(UsageError);
  });
});
