/**
 * The shape of a segmentation configuration and its documented defaults.
 * Users override any part with a JSON file read by parseSegmentConfig.
 *
 * Default JSON (what DEFAULT_SEGMENT_CONFIG holds):
 *
 * ```json
 * {
 *   "valueTiers": {
 *     "tiers": [
 *       { "name": "top-1",  "topPercent": 1 },  { "name": "top-5",  "topPercent": 5 },
 *       { "name": "top-10", "topPercent": 10 }, { "name": "top-25", "topPercent": 25 },
 *       { "name": "top-50", "topPercent": 50 }
 *     ],
 *     "rest": "bottom-50"
 *   },
 *   "lifecycle": { "active": 0.7, "cooling": 0.4, "atRisk": 0.1, "combine": "min" },
 *   "rfm": { "segments": [ …the RFM table below… ] }
 * }
 * ```
 *
 * Default RFM table (R and F scores 1..5; first matching row wins, so
 * "lost" is carved out of "hibernating"; M is scored but not used):
 *
 * | segment             | R     | F     |
 * |---------------------|-------|-------|
 * | champions           | 5     | 4–5   |
 * | loyal               | 3–4   | 4–5   |
 * | potential-loyalists | 4–5   | 2–3   |
 * | new-customers       | 5     | 1     |
 * | promising           | 4     | 1     |
 * | need-attention      | 3     | 3     |
 * | about-to-sleep      | 3     | 1–2   |
 * | cant-lose           | 1–2   | 5     |
 * | at-risk             | 1–2   | 3–4   |
 * | lost                | 1     | 1     |
 * | hibernating         | 1–2   | 1–2   |
 *
 * This is the widely used 5×5 R×F grid of the practitioner RFM literature
 * (the ten-segment map popularised with RFM quintile scoring, plus "lost"
 * for R = F = 1); every one of the 25 cells has a segment.
 */
import { deepFreeze } from '../deep-freeze.js';

/** A value tier: customers within the top `topPercent` % by predicted LTV. */
export interface ValueTierSpec {
  readonly name: string;
  /** Cumulative share from the top, in (0, 100]; strictly increasing down the list. */
  readonly topPercent: number;
}

export interface ValueTierConfig {
  /** Tiers from the most to the least valuable. */
  readonly tiers: readonly ValueTierSpec[];
  /** Name of the customers below the last tier. */
  readonly rest: string;
}

/** How P(alive) and churn probability combine into one survival score s. */
export type LifecycleCombine = 'min' | 'p-alive' | 'churn';

export const LIFECYCLE_COMBINE_RULES: readonly LifecycleCombine[] = ['min', 'p-alive', 'churn'];

/** Lifecycle stage labels, best first. */
export const LIFECYCLE_STAGES = ['active', 'cooling', 'at-risk', 'lost'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export interface LifecycleConfig {
  /** s ≥ active → "active". */
  readonly active: number;
  /** cooling ≤ s < active → "cooling". */
  readonly cooling: number;
  /** atRisk ≤ s < cooling → "at-risk"; below → "lost". Need 0 ≤ atRisk < cooling < active ≤ 1. */
  readonly atRisk: number;
  /**
   * 'min': s = min(P(alive), 1 − P(churn)) when both are given (the more
   * pessimistic signal wins); 'p-alive': s = P(alive), churn ignored;
   * 'churn': s = 1 − P(churn) when churn is given. A missing input falls back to the other.
   */
  readonly combine: LifecycleCombine;
}

/** Inclusive score range [low, high] within 1..5. */
export type ScoreRange = readonly [number, number];

/** One row of the RFM table; `m` absent means any M score. */
export interface RfmSegmentRule {
  readonly name: string;
  readonly r: ScoreRange;
  readonly f: ScoreRange;
  readonly m?: ScoreRange;
}

export interface RfmConfig {
  /** Rules tried in order; the first match names the customer. Must cover every (R, F, M) cell. */
  readonly segments: readonly RfmSegmentRule[];
}

export interface SegmentConfig {
  readonly valueTiers: ValueTierConfig;
  readonly lifecycle: LifecycleConfig;
  readonly rfm: RfmConfig;
}

const rule = (name: string, r: ScoreRange, f: ScoreRange): RfmSegmentRule => ({ name, r, f });

/** The defaults documented above, deeply frozen. */
export const DEFAULT_SEGMENT_CONFIG: SegmentConfig = deepFreeze({
  valueTiers: {
    tiers: [
      { name: 'top-1', topPercent: 1 },
      { name: 'top-5', topPercent: 5 },
      { name: 'top-10', topPercent: 10 },
      { name: 'top-25', topPercent: 25 },
      { name: 'top-50', topPercent: 50 },
    ],
    rest: 'bottom-50',
  },
  lifecycle: { active: 0.7, cooling: 0.4, atRisk: 0.1, combine: 'min' },
  rfm: {
    segments: [
      rule('champions', [5, 5], [4, 5]),
      rule('loyal', [3, 4], [4, 5]),
      rule('potential-loyalists', [4, 5], [2, 3]),
      rule('new-customers', [5, 5], [1, 1]),
      rule('promising', [4, 4], [1, 1]),
      rule('need-attention', [3, 3], [3, 3]),
      rule('about-to-sleep', [3, 3], [1, 2]),
      rule('cant-lose', [1, 2], [5, 5]),
      rule('at-risk', [1, 2], [3, 4]),
      rule('lost', [1, 1], [1, 1]),
      rule('hibernating', [1, 2], [1, 2]),
    ],
  },
});
