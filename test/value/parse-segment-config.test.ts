import { describe, expect, it } from 'vitest';
import { parseSegmentConfig } from '../../src/value/parse-segment-config.js';
import { DEFAULT_SEGMENT_CONFIG } from '../../src/value/segment-config.js';
import { InputError } from '../../src/errors.js';

/** The issues of the InputError that `parse` throws (fails the test when it does not throw). */
function issuesOf(json: unknown, file?: string) {
  try {
    parseSegmentConfig(json, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues;
  }
  throw new Error('expected parseSegmentConfig to throw');
}

describe('parseSegmentConfig', () => {
  it('parseSegmentConfig({}) returns the documented defaults, deeply frozen', () => {
    const config = parseSegmentConfig({});
    expect(config).toEqual(DEFAULT_SEGMENT_CONFIG);
    expect(Object.isFrozen(config.valueTiers.tiers[0])).toBe(true);
    expect(Object.isFrozen(DEFAULT_SEGMENT_CONFIG.rfm.segments[0].r)).toBe(true);
  });

  it('parseSegmentConfig(...) matches the documented example: one lifecycle key overrides, the rest stay default', () => {
    expect(parseSegmentConfig('{"lifecycle": {"active": 0.8}}').lifecycle).toEqual({ active: 0.8, cooling: 0.4, atRisk: 0.1, combine: 'min' });
  });

  it('parseSegmentConfig(...) replaces the tier list whole and keeps the default rest name', () => {
    const config = parseSegmentConfig({ valueTiers: { tiers: [{ name: 'vip', topPercent: 2 }, { name: 'good', topPercent: 20 }] } });
    expect(config.valueTiers).toEqual({ tiers: [{ name: 'vip', topPercent: 2 }, { name: 'good', topPercent: 20 }], rest: 'bottom-50' });
  });

  it('parseSegmentConfig(...) accepts a full custom RFM table that covers every cell', () => {
    const config = parseSegmentConfig({ rfm: { segments: [{ name: 'best', r: [5, 5], f: [5, 5] }, { name: 'other', r: [1, 5], f: [1, 5] }] } });
    expect(config.rfm.segments.map((s) => s.name)).toEqual(['best', 'other']);
  });

  it.each([
    ['an unknown top-level key', { valueTier: {} }, 'valueTier'],
    ['an unknown nested key', { lifecycle: { actve: 0.8 } }, 'lifecycle.actve'],
    ['a tier percentage of 0', { valueTiers: { tiers: [{ name: 'a', topPercent: 0 }] } }, 'valueTiers.tiers[0].topPercent'],
    ['a tier percentage above 100', { valueTiers: { tiers: [{ name: 'a', topPercent: 100.5 }] } }, 'valueTiers.tiers[0].topPercent'],
    ['a percentage given as a string', { valueTiers: { tiers: [{ name: 'a', topPercent: '5' }] } }, 'valueTiers.tiers[0].topPercent'],
    ['non-increasing tier percentages', { valueTiers: { tiers: [{ name: 'a', topPercent: 10 }, { name: 'b', topPercent: 10 }] } }, 'valueTiers.tiers[1].topPercent'],
    ['an empty tier list', { valueTiers: { tiers: [] } }, 'valueTiers.tiers'],
    ['a duplicate tier name', { valueTiers: { tiers: [{ name: 'a', topPercent: 1 }, { name: 'a', topPercent: 2 }] } }, 'valueTiers.tiers[1].name'],
    ['a rest name equal to a tier', { valueTiers: { rest: 'top-1' } }, 'valueTiers.rest'],
    ['a name with a comma', { valueTiers: { tiers: [{ name: 'a,b', topPercent: 1 }] } }, 'valueTiers.tiers[0].name'],
    ['a name with a colon', { valueTiers: { rest: 'x:y' } }, 'valueTiers.rest'],
    ['a lifecycle threshold above 1', { lifecycle: { active: 1.5 } }, 'lifecycle.active'],
    ['cooling not below active', { lifecycle: { active: 0.5, cooling: 0.6 } }, 'lifecycle.cooling'],
    ['atRisk not below cooling', { lifecycle: { atRisk: 0.4 } }, 'lifecycle.atRisk'],
    ['an unknown combine rule', { lifecycle: { combine: 'max' } }, 'lifecycle.combine'],
    ['an RFM score 0', { rfm: { segments: [{ name: 'x', r: [0, 5], f: [1, 5] }] } }, 'rfm.segments[0].r'],
    ['an inverted RFM range', { rfm: { segments: [{ name: 'x', r: [1, 5], f: [4, 2] }] } }, 'rfm.segments[0].f'],
    ['a fractional RFM score', { rfm: { segments: [{ name: 'x', r: [1, 5], f: [1, 5], m: [1.5, 5] }] } }, 'rfm.segments[0].m'],
    ['an RFM table with uncovered cells', { rfm: { segments: [{ name: 'x', r: [2, 5], f: [1, 5] }] } }, 'rfm.segments'],
    ['a non-object section', { rfm: [] }, 'rfm'],
  ])('parseSegmentConfig(...) rejects %s, naming the key path', (_, json, path) => {
    expect(issuesOf(json).map((issue) => issue.column)).toContain(path);
  });

  it('parseSegmentConfig(...) names the uncovered RFM cells', () => {
    const [issue] = issuesOf({ rfm: { segments: [{ name: 'x', r: [2, 5], f: [1, 5] }] } });
    expect(issue.reason).toMatch(/R1F1M1/);
  });

  it('parseSegmentConfig(...) reports every problem at once, each with the file name', () => {
    const issues = issuesOf({ lifecycle: { active: 2 }, valueTiers: { tiers: [{ name: '', topPercent: -1 }] } }, 'segments.json');
    expect(issues.length).toBeGreaterThanOrEqual(3);
    for (const issue of issues) expect(issue.file).toBe('segments.json');
  });

  it('parseSegmentConfig(...) throws InputError for text that is not JSON or not an object', () => {
    expect(issuesOf('{ "lifecycle": ', 'bad.json')[0].file).toBe('bad.json');
    expect(() => parseSegmentConfig('[1, 2]')).toThrow(InputError);
    expect(() => parseSegmentConfig(null)).toThrow(InputError);
  });

  it('parseSegmentConfig(...) does not mutate its input', () => {
    const input = { lifecycle: { active: 0.9 } };
    const config = parseSegmentConfig(input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(input).toEqual({ lifecycle: { active: 0.9 } });
    expect(config.lifecycle).not.toBe(input.lifecycle);
  });
});
