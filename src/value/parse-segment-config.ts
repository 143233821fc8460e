/**
 * Reads a user's segmentation config (JSON) over the defaults, refusing
 * anything it does not understand.
 */
import { deepFreeze } from '../deep-freeze.js';
import { InputError, type InputIssue } from '../errors.js';
import {
  DEFAULT_SEGMENT_CONFIG,
  LIFECYCLE_COMBINE_RULES,
  type LifecycleCombine,
  type LifecycleConfig,
  type RfmConfig,
  type RfmSegmentRule,
  type ScoreRange,
  type SegmentConfig,
  type ValueTierConfig,
  type ValueTierSpec,
} from './segment-config.js';

type Json = Record<string, unknown>;

/**
 * Validates a segmentation config and merges it over DEFAULT_SEGMENT_CONFIG.
 * `json` is the parsed object or the file's text. Merging is per section:
 * `valueTiers.tiers` and `rfm.segments` replace the default lists whole
 * (merging lists element-wise would be ambiguous); `valueTiers.rest` and
 * each `lifecycle` key replace just that value. A top-level `description`
 * string is allowed and ignored.
 *
 * Checks (each failure is one InputIssue whose `column` is the key path,
 * e.g. `valueTiers.tiers[2].topPercent`, all reported together):
 * unknown keys; wrong types; tier percentages outside (0, 100] or not
 * strictly increasing; empty, duplicate, or ',' / ':'-containing names
 * (they would break `--segment a,b` and `column:name` selection);
 * lifecycle thresholds outside [0, 1] or not 0 ≤ atRisk < cooling < active ≤ 1;
 * an unknown combine rule; RFM ranges that are not integers 1..5 with
 * low ≤ high; RFM tables that leave some (R, F, M) cell without a segment.
 *
 * Throws InputError (file named when given). Returns a deeply frozen config.
 *
 * @example
 * parseSegmentConfig('{"lifecycle": {"active": 0.8}}').lifecycle
 * // → { active: 0.8, cooling: 0.4, atRisk: 0.1, combine: 'min' }
 */
export function parseSegmentConfig(json: unknown, file?: string): SegmentConfig {
  const issues: InputIssue[] = [];
  const report = (path: string, reason: string, value?: unknown) =>
    issues.push({ file, column: path, reason, value: value === undefined ? undefined : preview(value) });

  let root = json;
  if (typeof json === 'string') {
    try {
      root = JSON.parse(json);
    } catch (error) {
      throw new InputError('segment config is not valid JSON', [{ file, reason: (error as Error).message }]);
    }
  }
  if (!isObject(root)) {
    throw new InputError('segment config must be a JSON object', [{ file, reason: 'expected an object', value: preview(root) }]);
  }
  unknownKeys(root, ['valueTiers', 'lifecycle', 'rfm', 'description'], '', report);
  if (root.description !== undefined && typeof root.description !== 'string') report('description', 'must be a string', root.description);

  const valueTiers = parseValueTiers(root.valueTiers, report);
  const lifecycle = parseLifecycle(root.lifecycle, report);
  const rfm = parseRfm(root.rfm, report);
  if (issues.length > 0) {
    throw new InputError(`invalid segment config${file ? ` ${file}` : ''}: ${issues.length} problem(s)`, issues);
  }
  return deepFreeze({ valueTiers, lifecycle, rfm });
}

type Report = (path: string, reason: string, value?: unknown) => void;

function parseValueTiers(section: unknown, report: Report): ValueTierConfig {
  const defaults = DEFAULT_SEGMENT_CONFIG.valueTiers;
  if (section === undefined) return defaults;
  if (!isObject(section)) {
    report('valueTiers', 'must be an object', section);
    return defaults;
  }
  unknownKeys(section, ['tiers', 'rest'], 'valueTiers', report);
  const rest = section.rest === undefined ? defaults.rest : checkName(section.rest, 'valueTiers.rest', report);
  let tiers: ValueTierSpec[] = [...defaults.tiers];
  if (section.tiers !== undefined) {
    if (!Array.isArray(section.tiers) || section.tiers.length === 0) {
      report('valueTiers.tiers', 'must be a non-empty array of { name, topPercent }', section.tiers);
    } else {
      tiers = section.tiers.map((tier, k) => parseTier(tier, `valueTiers.tiers[${k}]`, report));
      for (let k = 1; k < tiers.length; k++) {
        if (tiers[k].topPercent <= tiers[k - 1].topPercent) {
          // NaN (already reported as out of range) compares false and is skipped here.
          report(`valueTiers.tiers[${k}].topPercent`, `must be greater than the previous tier's ${tiers[k - 1].topPercent} (tiers are cumulative shares from the top, most valuable first)`, tiers[k].topPercent);
        }
      }
    }
  }
  const names = [...tiers.map((t) => t.name), rest];
  names.forEach((name, k) => {
    if (name !== '' && names.indexOf(name) !== k) report(k < tiers.length ? `valueTiers.tiers[${k}].name` : 'valueTiers.rest', 'duplicates another tier name', name);
  });
  return { tiers, rest };
}

function parseTier(tier: unknown, path: string, report: Report): ValueTierSpec {
  if (!isObject(tier)) {
    report(path, 'must be an object { name, topPercent }', tier);
    return { name: '', topPercent: NaN };
  }
  unknownKeys(tier, ['name', 'topPercent'], path, report);
  const name = checkName(tier.name, `${path}.name`, report);
  const topPercent = tier.topPercent;
  if (typeof topPercent !== 'number' || !(topPercent > 0 && topPercent <= 100)) {
    report(`${path}.topPercent`, 'must be a number in (0, 100]', topPercent);
    return { name, topPercent: NaN };
  }
  return { name, topPercent };
}

function parseLifecycle(section: unknown, report: Report): LifecycleConfig {
  const defaults = DEFAULT_SEGMENT_CONFIG.lifecycle;
  if (section === undefined) return defaults;
  if (!isObject(section)) {
    report('lifecycle', 'must be an object', section);
    return defaults;
  }
  unknownKeys(section, ['active', 'cooling', 'atRisk', 'combine'], 'lifecycle', report);
  const threshold = (key: 'active' | 'cooling' | 'atRisk'): number => {
    const value = section[key];
    if (value === undefined) return defaults[key];
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      report(`lifecycle.${key}`, 'must be a number in [0, 1]', value);
      return NaN;
    }
    return value;
  };
  const active = threshold('active');
  const cooling = threshold('cooling');
  const atRisk = threshold('atRisk');
  // Order checks only between values that passed the range check (NaN marks a reported one).
  if (active <= cooling) report('lifecycle.cooling', `must be below lifecycle.active (${active})`, cooling);
  if (cooling <= atRisk) report('lifecycle.atRisk', `must be below lifecycle.cooling (${cooling})`, atRisk);
  let combine: LifecycleCombine = defaults.combine;
  if (section.combine !== undefined) {
    if ((LIFECYCLE_COMBINE_RULES as readonly unknown[]).includes(section.combine)) {
      combine = section.combine as LifecycleCombine;
    } else {
      report('lifecycle.combine', `must be one of ${LIFECYCLE_COMBINE_RULES.join(', ')}`, section.combine);
    }
  }
  return { active, cooling, atRisk, combine };
}

function parseRfm(section: unknown, report: Report): RfmConfig {
  const defaults = DEFAULT_SEGMENT_CONFIG.rfm;
  if (section === undefined) return defaults;
  if (!isObject(section)) {
    report('rfm', 'must be an object', section);
    return defaults;
  }
  unknownKeys(section, ['segments'], 'rfm', report);
  if (section.segments === undefined) return defaults;
  if (!Array.isArray(section.segments) || section.segments.length === 0) {
    report('rfm.segments', 'must be a non-empty array of { name, r, f, m? }', section.segments);
    return defaults;
  }
  const rules = section.segments.map((rule, k) => parseRule(rule, `rfm.segments[${k}]`, report));
  const valid = rules.filter((r): r is RfmSegmentRule => r !== undefined);
  if (valid.length === rules.length) {
    const uncovered = uncoveredCells(valid);
    if (uncovered.length > 0) {
      const shown = uncovered.slice(0, 8).join(', ') + (uncovered.length > 8 ? `, … (${uncovered.length} cells)` : '');
      report('rfm.segments', `leave (R, F, M) score cells without a segment: ${shown}; add a catch-all rule last`);
    }
  }
  return { segments: valid };
}

function parseRule(rule: unknown, path: string, report: Report): RfmSegmentRule | undefined {
  if (!isObject(rule)) {
    report(path, 'must be an object { name, r: [low, high], f: [low, high], m?: [low, high] }', rule);
    return undefined;
  }
  unknownKeys(rule, ['name', 'r', 'f', 'm'], path, report);
  const name = checkName(rule.name, `${path}.name`, report);
  const r = parseRange(rule.r, `${path}.r`, report);
  const f = parseRange(rule.f, `${path}.f`, report);
  const m = rule.m === undefined ? undefined : parseRange(rule.m, `${path}.m`, report);
  if (name === '' || r === undefined || f === undefined || (rule.m !== undefined && m === undefined)) return undefined;
  return m === undefined ? { name, r, f } : { name, r, f, m };
}

function parseRange(range: unknown, path: string, report: Report): ScoreRange | undefined {
  const ok =
    Array.isArray(range) &&
    range.length === 2 &&
    range.every((v) => Number.isInteger(v) && v >= 1 && v <= 5) &&
    range[0] <= range[1];
  if (!ok) {
    report(path, 'must be [low, high] with integer scores 1..5 and low ≤ high', range);
    return undefined;
  }
  return [range[0], range[1]];
}

/** (R, F, M) cells no rule matches, as "R1F2M3" strings. */
function uncoveredCells(rules: readonly RfmSegmentRule[]): string[] {
  const inside = (v: number, range: ScoreRange | undefined) => range === undefined || (v >= range[0] && v <= range[1]);
  const out: string[] = [];
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      for (let m = 1; m <= 5; m++) {
        if (!rules.some((rule) => inside(r, rule.r) && inside(f, rule.f) && inside(m, rule.m))) out.push(`R${r}F${f}M${m}`);
      }
    }
  }
  return out;
}

/** A segment name: non-empty after trimming, free of ',' and ':' (selection syntax), not padded. */
function checkName(name: unknown, path: string, report: Report): string {
  if (typeof name !== 'string' || name.trim() === '' || name !== name.trim() || /[,:]/.test(name)) {
    report(path, "must be a non-empty string without ',' or ':' or surrounding spaces", name);
    return '';
  }
  return name;
}

function unknownKeys(object: Json, allowed: readonly string[], path: string, report: Report): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      report(path === '' ? key : `${path}.${key}`, `unknown key (expected ${allowed.join(', ')})`);
    }
  }
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
