/**
 * One row of totals per segment of any segment column (value tier,
 * lifecycle stage, RFM segment, channel, …).
 */
import { checkColumn, checkLabels } from './check-column.js';
import { groupByLabel } from './group-by-label.js';

export interface SummariseSegmentsInput {
  /** Segment label per customer; "" is reported as "(missing)". */
  readonly segment: readonly string[];
  readonly predictedLtv: ArrayLike<number>;
  readonly pAlive?: ArrayLike<number>;
  /** Revenue to date per customer (historicalValue). */
  readonly historicalRevenue?: ArrayLike<number>;
  /** Report these segments first, in this order (e.g. tier names best first). */
  readonly order?: readonly string[];
}

export interface SegmentSummaryRow {
  readonly segment: string;
  readonly customers: number;
  /** customers / all customers. */
  readonly share: number;
  readonly totalPredictedLtv: number;
  readonly meanPredictedLtv: number;
  /** Share of the whole base's predicted LTV held by this segment (NaN when the total is 0). */
  readonly ltvShare: number;
  /** NaN when no P(alive) was given. */
  readonly meanPAlive: number;
  /** Total revenue to date; NaN when none was given. */
  readonly historicalRevenue: number;
}

/**
 * Per segment s with n_s of n customers:
 * share = n_s/n, total and mean predicted LTV, LTV share = Σ_s LTV / Σ LTV,
 * mean P(alive), and total historical revenue. Segments come in `order`
 * first, then the rest sorted by name (deterministic). Sums are plain
 * left-to-right sums in customer order (exact enough for reporting:
 * relative error ≲ n·2⁻⁵³).
 *
 * Throws UsageError for length mismatches; InputError (rows named) for
 * non-finite numbers or P(alive) outside [0, 1].
 *
 * @example
 * summariseSegments({ segment: ['a', 'b', 'a'], predictedLtv: [10, 5, 20] })
 * // → [{ segment: 'a', customers: 2, share: 2/3, totalPredictedLtv: 30, meanPredictedLtv: 15, ltvShare: 30/35, … },
 * //    { segment: 'b', customers: 1, … }]
 */
export function summariseSegments(input: SummariseSegmentsInput): SegmentSummaryRow[] {
  const caller = 'summariseSegments';
  const { segment, predictedLtv, pAlive, historicalRevenue } = input;
  const n = segment?.length;
  checkLabels(caller, 'segment', segment, n);
  checkColumn(caller, 'predictedLtv', predictedLtv, n);
  if (pAlive !== undefined) checkColumn(caller, 'pAlive', pAlive, n, { min: 0, max: 1 });
  if (historicalRevenue !== undefined) checkColumn(caller, 'historicalRevenue', historicalRevenue, n);

  let grandTotal = 0;
  for (let i = 0; i < n; i++) grandTotal += predictedLtv[i];
  const { labels, members } = groupByLabel(segment, input.order);
  return labels.map((label, g) => {
    let ltv = 0;
    let alive = 0;
    let revenue = 0;
    for (const i of members[g]) {
      ltv += predictedLtv[i];
      if (pAlive !== undefined) alive += pAlive[i];
      if (historicalRevenue !== undefined) revenue += historicalRevenue[i];
    }
    const customers = members[g].length;
    return Object.freeze({
      segment: label,
      customers,
      share: customers / n,
      totalPredictedLtv: ltv,
      meanPredictedLtv: ltv / customers,
      ltvShare: grandTotal === 0 ? NaN : ltv / grandTotal,
      meanPAlive: pAlive === undefined ? NaN : alive / customers,
      historicalRevenue: historicalRevenue === undefined ? NaN : revenue,
    });
  });
}
