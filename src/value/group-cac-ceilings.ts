/**
 * CAC ceilings per group of existing customers: per acquisition channel
 * ("what may a customer from this channel cost?") and per value tier
 * (look-alike: "what may a new customer who turns out like this tier cost?").
 */
import { bindingCeiling, type BindingConstraint } from './cac-ceiling.js';
import { checkColumn, checkLabels } from './check-column.js';
import { checkMargin, checkPaybackMonths, checkRatio } from './check-economics.js';
import { groupByLabel } from './group-by-label.js';

export interface GroupCacCeilingsOptions {
  /** Group label per customer (acquisition channel, value tier, …); "" is reported as "(missing)". */
  readonly group: readonly string[];
  /** Revenue to date per customer, first purchase included (historicalValue), finite. */
  readonly historicalRevenue: ArrayLike<number>;
  /** Predicted future value per customer, already discounted and margin-adjusted (discountedClv), finite. */
  readonly predictedLtv: ArrayLike<number>;
  /** Contribution margin in (0, 1], applied to historical revenue and payback revenue only. */
  readonly margin: number;
  /** Required LTV:CAC ratio (> 0); default 3. */
  readonly targetLtvCacRatio?: number;
  /**
   * Optional revenue of each customer in the first `paybackMonths` after acquisition
   * (revenueInFirstMonths); NaN for customers not observed that long, who are left out.
   */
  readonly paybackRevenue?: ArrayLike<number>;
  /** The payback window `paybackRevenue` was measured over (> 0), echoed in the report; default 12. */
  readonly paybackMonths?: number;
  /** Report these groups first, in this order (e.g. the value-tier names). */
  readonly order?: readonly string[];
}

export interface GroupCacCeiling {
  readonly group: string;
  readonly customers: number;
  /** margin × Σ historical revenue: contribution already realised. */
  readonly realisedValue: number;
  /** Σ predicted LTV. */
  readonly predictedValue: number;
  /** (realisedValue + predictedValue) / customers. */
  readonly valuePerCustomer: number;
  /** valuePerCustomer / target ratio. */
  readonly ratioCeiling: number;
  readonly paybackMonths: number;
  /** Customers whose payback window is fully observed (0 when no payback revenue was given). */
  readonly paybackCustomers: number;
  /** margin × mean payback revenue over those customers; NaN when there are none. */
  readonly paybackCeiling: number;
  /** min(ratioCeiling, paybackCeiling), or ratioCeiling when payback is unobserved. */
  readonly ceiling: number;
  readonly binding: BindingConstraint;
}

/**
 * For each group g with customers i ∈ g (n_g of them):
 *
 *   value per customer V_g = ( Σ m · H_i + Σ LTV_i ) / n_g
 *   ratio ceiling          = V_g / k
 *   payback ceiling        = m · mean{ P_i : i ∈ g, P_i observed }
 *   ceiling                = min of the two (ratio only when no P_i is observed)
 *
 * H_i is realised revenue (undiscounted: it is money already in), LTV_i the
 * discounted margin-based prediction, so both terms are contributions and
 * the margin is applied exactly once. V_g is "realised so far + predicted
 * over the horizon": a horizon-limited lifetime value, comparable across
 * groups but below an infinite-horizon CLV. Per channel it is the value of a
 * customer acquired through that channel; per value tier it is a look-alike
 * ceiling — what a new customer who turns out like that tier is worth (use it
 * for bids on look-alike audiences, never as a blended CAC target: the tier
 * is chosen after the fact). Payback uses the channel's own observed early
 * revenue, so a channel whose customers buy late shows a binding payback.
 *
 * Throws UsageError for bad margin/ratio/payback months or columns of the
 * wrong length; InputError naming rows for non-finite values (NaN is allowed
 * only in paybackRevenue).
 *
 * @example
 * groupCacCeilings({ group: ['ads', 'ads', 'seo'], historicalRevenue: [100, 50, 80],
 *   predictedLtv: [30, 10, 20], margin: 0.5 })
 * // ads: V = (0.5·150 + 40)/2 = 57.5 → ceiling 19.17; seo: V = 60 → 20
 */
export function groupCacCeilings(options: GroupCacCeilingsOptions): GroupCacCeiling[] {
  const caller = 'groupCacCeilings';
  const { group, historicalRevenue, predictedLtv, margin, paybackRevenue } = options;
  const targetLtvCacRatio = options.targetLtvCacRatio ?? 3;
  const paybackMonths = options.paybackMonths ?? 12;
  checkMargin(caller, margin);
  checkRatio(caller, targetLtvCacRatio);
  checkPaybackMonths(caller, paybackMonths);
  const n = group.length;
  checkLabels(caller, 'group', group, n);
  checkColumn(caller, 'historicalRevenue', historicalRevenue, n);
  checkColumn(caller, 'predictedLtv', predictedLtv, n);
  if (paybackRevenue !== undefined) checkPaybackColumn(caller, paybackRevenue, n);

  const { labels, members } = groupByLabel(group, options.order);
  return labels.map((label, g) => {
    let realised = 0;
    let predicted = 0;
    let paybackSum = 0;
    let paybackCustomers = 0;
    for (const i of members[g]) {
      realised += margin * historicalRevenue[i];
      predicted += predictedLtv[i];
      if (paybackRevenue !== undefined && !Number.isNaN(paybackRevenue[i])) {
        paybackSum += paybackRevenue[i];
        paybackCustomers++;
      }
    }
    const customers = members[g].length;
    const valuePerCustomer = (realised + predicted) / customers;
    const ratioCeiling = valuePerCustomer / targetLtvCacRatio;
    const paybackCeiling = paybackCustomers > 0 ? (margin * paybackSum) / paybackCustomers : NaN;
    const { ceiling, binding } = bindingCeiling(ratioCeiling, paybackCeiling);
    return Object.freeze({
      group: label,
      customers,
      realisedValue: realised,
      predictedValue: predicted,
      valuePerCustomer,
      ratioCeiling,
      paybackMonths,
      paybackCustomers,
      paybackCeiling,
      ceiling,
      binding,
    });
  });
}

/** Payback revenue may be NaN (window not observed) but never ±Infinity; wrong shapes are checkColumn's to report. */
function checkPaybackColumn(caller: string, values: ArrayLike<number>, n: number): void {
  const wellShaped = values !== null && typeof values === 'object' && values.length === n;
  const masked = wellShaped ? Array.from(values, (v) => (Number.isNaN(v) ? 0 : v)) : values;
  checkColumn(caller, 'paybackRevenue', masked, n);
}
