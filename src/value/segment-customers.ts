/**
 * All segment columns at once: value tier, lifecycle stage and RFM.
 */
import { UsageError } from '../errors.js';
import { assignLifecycle } from './lifecycle-stages.js';
import { assignRfmSegments } from './rfm-segments.js';
import { rfmScores, type RfmScoreInput, type RfmScores } from './rfm-scores.js';
import { DEFAULT_SEGMENT_CONFIG, type LifecycleStage, type SegmentConfig } from './segment-config.js';
import { assignValueTiers } from './value-tiers.js';

export interface SegmentCustomersInput {
  readonly predictedLtv: ArrayLike<number>;
  /** Needed (with or without churnProbability) for the lifecycle column. */
  readonly pAlive?: ArrayLike<number>;
  readonly churnProbability?: ArrayLike<number>;
  /** Needed for the RFM columns. */
  readonly rfm?: RfmScoreInput;
}

export interface CustomerSegments {
  readonly valueTier: string[];
  /** Absent when neither pAlive nor churnProbability was given. */
  readonly lifecycle?: LifecycleStage[];
  readonly rfmScores?: RfmScores;
  readonly rfmSegment?: string[];
}

/**
 * Runs assignValueTiers, assignLifecycle (when a survival input exists) and
 * rfmScores + assignRfmSegments (when RFM inputs exist) with one config, so
 * the CLI and notebooks segment the same way. Errors are those of the parts.
 *
 * @example
 * segmentCustomers({ predictedLtv: ltv, pAlive }, parseSegmentConfig(text, 'segments.json'))
 * // → { valueTier: [...], lifecycle: [...] }
 */
export function segmentCustomers(
  input: SegmentCustomersInput,
  config: SegmentConfig = DEFAULT_SEGMENT_CONFIG,
): CustomerSegments {
  const n = input.predictedLtv?.length;
  const lengths: [string, ArrayLike<number> | undefined][] = [
    ['pAlive', input.pAlive],
    ['churnProbability', input.churnProbability],
    ['rfm.frequency', input.rfm?.frequency],
  ];
  for (const [name, column] of lengths) {
    if (column !== undefined && column?.length !== n) {
      throw new UsageError(`segmentCustomers: ${name} has ${column?.length} entries but predictedLtv has ${n}`);
    }
  }
  const valueTier = assignValueTiers(input.predictedLtv, config.valueTiers);
  const hasSurvival = input.pAlive !== undefined || input.churnProbability !== undefined;
  const lifecycle = hasSurvival
    ? assignLifecycle({ pAlive: input.pAlive, churnProbability: input.churnProbability }, config.lifecycle)
    : undefined;
  if (input.rfm === undefined) return { valueTier, lifecycle };
  const scores = rfmScores(input.rfm);
  return { valueTier, lifecycle, rfmScores: scores, rfmSegment: assignRfmSegments(scores, config.rfm) };
}
