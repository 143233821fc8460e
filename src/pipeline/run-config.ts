/**
 * The configuration of `clv run` (a JSON file, overridable by flags): how to
 * read the transactions, the observation window, the economics, the churn
 * model and the segments. Every field has a documented default.
 */
import { readFileSync } from 'node:fs';
import { InputError, UsageError } from '../errors.js';
import type { ReadTransactionsOptions } from '../data/read-options.js';
import { parseTimeUnit, type TimeUnit } from '../data/time-unit.js';
import { DEFAULT_SEGMENT_CONFIG, type SegmentConfig } from '../value/segment-config.js';
import { parseSegmentConfig } from '../value/parse-segment-config.js';

export interface RunConfig {
  /** How to read the transaction file (column names, delimiter, date format …). */
  readonly input: ReadTransactionsOptions;
  /** Acquisition channel column, for per-channel CAC ceilings (optional). */
  readonly channelCol?: string;
  /**
   * A customer attributes CSV holding `channelCol` (and the customer id in a
   * column named like `input.customerCol`), when the transactions lack it.
   */
  readonly channelFile?: string;
  readonly unit: TimeUnit;
  /** Last day of data (default: the last transaction). */
  readonly observationEnd?: string;
  /**
   * End of a calibration period. When set, the churn model learns from who
   * bought in (calibrationEnd, observationEnd] and the report evaluates the
   * BG/NBD fit on that holdout. Scoring always uses all data.
   */
  readonly calibrationEnd?: string;
  /** LTV horizon in months of 365.25/12 days (default 12). */
  readonly horizonMonths: number;
  /** Contribution margin in (0, 1] (default 1: values are revenue). */
  readonly margin: number;
  /** Annual discount rate (default 0.1). */
  readonly annualDiscountRate: number;
  /** Target LTV:CAC ratio (default 3) and payback period in months (default 12). */
  readonly targetLtvCacRatio: number;
  readonly paybackMonths: number;
  /** L2 penalty of both fits (default 0). */
  readonly penalizerCoef: number;
  /** Score even when a fit did not converge (default false: the run fails, exit 1). */
  readonly allowUnconverged: boolean;
  /** Churn model: 'auto' trains one when a calibration end or a window is known. */
  readonly churn: {
    readonly enabled: boolean | 'auto';
    /** Window length in `unit` (default: the holdout period). */
    readonly window?: number;
    readonly hidden?: number;
    readonly seed?: number;
  };
  readonly segments: SegmentConfig;
  /**
   * Per-customer prediction intervals in customers.csv (expected purchases and
   * predicted LTV), from parameter draws; off by default because they cost
   * `draws` × the scoring work. E.g. { "draws": 200, "level": 0.9 }.
   */
  readonly intervals: false | { readonly draws: number; readonly level: number };
}

export const DEFAULT_RUN_CONFIG: RunConfig = Object.freeze({
  input: Object.freeze({}),
  unit: 'week',
  horizonMonths: 12,
  margin: 1,
  annualDiscountRate: 0.1,
  targetLtvCacRatio: 3,
  paybackMonths: 12,
  penalizerCoef: 0,
  allowUnconverged: false,
  churn: Object.freeze({ enabled: 'auto' as const }),
  segments: DEFAULT_SEGMENT_CONFIG,
  intervals: false as const,
});

const TOP_LEVEL_KEYS = new Set([
  'input', 'channelCol', 'channelFile', 'unit', 'observationEnd', 'calibrationEnd', 'horizonMonths', 'margin', 'annualDiscountRate',
  'targetLtvCacRatio', 'paybackMonths', 'penalizerCoef', 'allowUnconverged', 'churn', 'segments', 'intervals', '$comment',
]);
const CHURN_KEYS = new Set(['enabled', 'window', 'hidden', 'seed']);

/**
 * Validates a parsed config object against the defaults; unknown keys and
 * wrong types are InputErrors naming the file and the key path.
 */
export function parseRunConfig(json: unknown, file = '<config>'): RunConfig {
  const fail = (path: string, reason: string): never => {
    throw new InputError(`${file}: invalid run configuration`, [{ file, column: path, reason }]);
  };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return fail('(root)', 'expected a JSON object');
  const raw = json as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!TOP_LEVEL_KEYS.has(key)) fail(key, `unknown key (known: ${[...TOP_LEVEL_KEYS].join(', ')})`);
  const numberAt = (key: string, fallback: number, check: (n: number) => boolean, expectation: string): number => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !check(value)) return fail(key, `expected ${expectation}, got ${JSON.stringify(value)}`);
    return value;
  };
  const stringAt = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') return fail(key, `expected a string, got ${JSON.stringify(value)}`);
    return value;
  };
  const input = raw.input ?? {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) fail('input', 'expected an object of reading options');
  const churnRaw = (raw.churn ?? {}) as Record<string, unknown>;
  if (typeof churnRaw !== 'object' || Array.isArray(churnRaw)) fail('churn', 'expected an object');
  for (const key of Object.keys(churnRaw)) if (!CHURN_KEYS.has(key)) fail(`churn.${key}`, 'unknown key');
  const enabled = churnRaw.enabled ?? 'auto';
  if (enabled !== 'auto' && typeof enabled !== 'boolean') fail('churn.enabled', 'expected true, false or "auto"');
  for (const key of ['window', 'hidden', 'seed'] as const) {
    const value = churnRaw[key];
    if (value !== undefined && (typeof value !== 'number' || !(value >= 0))) fail(`churn.${key}`, 'expected a number ≥ 0');
  }
  let unit: TimeUnit;
  try {
    unit = parseTimeUnit(stringAt('unit') ?? DEFAULT_RUN_CONFIG.unit);
  } catch (error) {
    return fail('unit', (error as Error).message);
  }
  return Object.freeze({
    input: Object.freeze({ ...(input as ReadTransactionsOptions) }),
    channelCol: stringAt('channelCol'),
    channelFile: stringAt('channelFile'),
    unit,
    observationEnd: stringAt('observationEnd'),
    calibrationEnd: stringAt('calibrationEnd'),
    horizonMonths: numberAt('horizonMonths', DEFAULT_RUN_CONFIG.horizonMonths, (n) => n > 0, 'a number of months > 0'),
    margin: numberAt('margin', DEFAULT_RUN_CONFIG.margin, (n) => n > 0 && n <= 1, 'a margin in (0, 1]'),
    annualDiscountRate: numberAt('annualDiscountRate', DEFAULT_RUN_CONFIG.annualDiscountRate, (n) => n >= 0 && Number.isFinite(n), 'a rate ≥ 0'),
    targetLtvCacRatio: numberAt('targetLtvCacRatio', DEFAULT_RUN_CONFIG.targetLtvCacRatio, (n) => n > 0 && Number.isFinite(n), 'a ratio > 0'),
    paybackMonths: numberAt('paybackMonths', DEFAULT_RUN_CONFIG.paybackMonths, (n) => n > 0 && Number.isFinite(n), 'a number of months > 0'),
    penalizerCoef: numberAt('penalizerCoef', DEFAULT_RUN_CONFIG.penalizerCoef, (n) => n >= 0 && Number.isFinite(n), 'a number ≥ 0'),
    allowUnconverged: raw.allowUnconverged === undefined ? false : raw.allowUnconverged === true,
    churn: Object.freeze({
      enabled: enabled as boolean | 'auto',
      window: churnRaw.window as number | undefined,
      hidden: churnRaw.hidden as number | undefined,
      seed: churnRaw.seed as number | undefined,
    }),
    segments: raw.segments === undefined ? DEFAULT_SEGMENT_CONFIG : parseSegmentConfig(raw.segments, file),
    intervals: parseIntervals(raw.intervals, fail),
  });
}

function parseIntervals(value: unknown, fail: (path: string, reason: string) => never): RunConfig['intervals'] {
  if (value === undefined || value === false) return false;
  const raw = (value === true ? {} : value) as Record<string, unknown>;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('intervals', 'expected false, true or { "draws": n, "level": p }');
  for (const key of Object.keys(raw)) if (key !== 'draws' && key !== 'level') fail(`intervals.${key}`, 'unknown key');
  const draws = raw.draws ?? 200;
  const level = raw.level ?? 0.9;
  if (typeof draws !== 'number' || !Number.isInteger(draws) || draws < 10) fail('intervals.draws', 'expected a whole number ≥ 10');
  if (typeof level !== 'number' || !(level > 0 && level < 1)) fail('intervals.level', 'expected a level in (0, 1), e.g. 0.9');
  return Object.freeze({ draws: draws as number, level: level as number });
}

/** Reads and validates a config file. */
export function readRunConfig(path: string): RunConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read config ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`, [{ file: path, reason: 'not valid JSON' }]);
  }
  return parseRunConfig(json, path);
}
