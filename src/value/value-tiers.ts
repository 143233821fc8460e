/**
 * Value tiers: customers ranked by predicted LTV and cut at cumulative
 * percentiles from the top (top 1 %, 5 %, 10 %, …, rest).
 */
import { UsageError } from '../errors.js';
import { checkColumn } from './check-column.js';
import { DEFAULT_SEGMENT_CONFIG, type ValueTierConfig } from './segment-config.js';
import { descendingTieRanks, topPercentCapacity } from './tie-ranks.js';

/**
 * Tier name of every customer. With n customers and the descending max rank
 * r_i = #{ j : LTV_j ≥ LTV_i }, customer i belongs to the first tier whose
 * capacity ⌊p·n/100⌋ is ≥ r_i, else to `rest`.
 *
 * Properties that follow (and are tested):
 * - equal LTV ⇒ same tier (ties share the rank of the block's last member);
 * - a tier never holds more than its nominal share: the first k tiers
 *   together hold at most ⌊p_k·n/100⌋ customers, exactly that many when no
 *   tie straddles the cut;
 * - a tie block straddling a cut drops whole to the next tier (conservative:
 *   "top 1 %" never means "top 1 % plus everyone tied with them");
 * - tiny populations have empty top tiers: with n < 100 nobody is in the top
 *   1 % (⌊n/100⌋ = 0); n = 1 puts the single customer in the first tier with
 *   p = 100, else in `rest`.
 *
 * Throws UsageError for a bad config shape and InputError (rows named) for a
 * non-finite LTV. Deterministic: depends only on the values, not their order.
 *
 * @example
 * assignValueTiers(Float64Array.of(5, 1, 9, 3), { tiers: [{ name: 'top', topPercent: 50 }], rest: 'rest' })
 * // → ['top', 'rest', 'top', 'rest']
 */
export function assignValueTiers(
  predictedLtv: ArrayLike<number>,
  config: ValueTierConfig = DEFAULT_SEGMENT_CONFIG.valueTiers,
): string[] {
  const caller = 'assignValueTiers';
  if (!config || !Array.isArray(config.tiers) || typeof config.rest !== 'string') {
    throw new UsageError(`${caller}: config must be { tiers: [{ name, topPercent }], rest } (see parseSegmentConfig)`);
  }
  const n = predictedLtv?.length;
  checkColumn(caller, 'predictedLtv', predictedLtv, n);
  const capacities = config.tiers.map((tier) => topPercentCapacity(n, tier.topPercent));
  const ranks = descendingTieRanks(predictedLtv);
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    let name = config.rest;
    for (let k = 0; k < capacities.length; k++) {
      if (ranks[i] <= capacities[k]) {
        name = config.tiers[k].name;
        break;
      }
    }
    out[i] = name;
  }
  return out;
}
