/**
 * Maximum affordable customer acquisition cost (CAC) for the whole base,
 * from the model's expectations for a new customer.
 */
import { convertDuration } from '../data/time-unit.js';
import { UsageError } from '../errors.js';
import { checkPaybackMonths, checkRatio } from './check-economics.js';
import { newCustomerLtv, type NewCustomerLtvOptions } from './new-customer-ltv.js';

/** Which constraint sets the ceiling: LTV ÷ target ratio, or margin recovered within the payback period. */
export type BindingConstraint = 'ltv-ratio' | 'payback';

export interface CacCeilingOptions extends NewCustomerLtvOptions {
  /** Required LTV:CAC ratio (> 0); default 3. */
  readonly targetLtvCacRatio?: number;
  /** CAC must be recovered from margin within this many months (> 0); default 12. */
  readonly paybackMonths?: number;
  /** Discount the payback margin like the LTV (default false: payback is a cash-recovery rule, undiscounted). */
  readonly discountPayback?: boolean;
}

export interface CacCeiling {
  /** Discounted, margin-adjusted expected LTV of a new customer over the horizon (newCustomerLtv). */
  readonly newCustomerLtv: number;
  readonly targetLtvCacRatio: number;
  /** newCustomerLtv ÷ targetLtvCacRatio. */
  readonly ratioCeiling: number;
  readonly paybackMonths: number;
  readonly paybackDiscounted: boolean;
  /** Expected margin of a new customer within the payback period, first purchase included. */
  readonly paybackMargin: number;
  /** = paybackMargin: the most CAC that is recovered in time. */
  readonly paybackCeiling: number;
  /** min(ratioCeiling, paybackCeiling). */
  readonly ceiling: number;
  /** The lower of the two; 'ltv-ratio' on an exact tie. */
  readonly binding: BindingConstraint;
}

/**
 * Two ceilings on what a new customer may cost, and the binding one:
 *
 *   ratio ceiling   = LTV_new / k                      (k = target LTV:CAC, default 3)
 *   payback ceiling = m · s · (1 + E[X(N)])            (N = payback months in model units)
 *   ceiling         = min(ratio ceiling, payback ceiling)
 *
 * LTV_new is newCustomerLtv(): already multiplied by the margin m, so the
 * ratio ceiling divides it by k and applies no margin again (the common
 * "LTV × margin ÷ 3" rule assumes a revenue LTV; ours is a contribution).
 * The payback ceiling is the expected contribution a new customer brings in
 * within N months — the acquisition purchase at t = 0 plus E[X(N)] repeat
 * purchases — undiscounted by default because payback is a cash-recovery
 * rule; with `discountPayback` it is newCustomerLtv over N months instead.
 * Sources: the LTV:CAC ≥ 3 and 12-month payback rules are practitioner
 * conventions (e.g. Skok, "SaaS Metrics 2.0"); E[X(t)] is the model's
 * unconditional expectation (BG/NBD: Fader, Hardie & Lee 2005, eq. 9).
 *
 * Throws UsageError for margin ∉ (0, 1], ratio ≤ 0, payback months ≤ 0, a
 * negative discount rate and the other newCustomerLtv argument errors.
 *
 * @example
 * // 0.1 repeats/week forever, $50 a purchase, 30 % margin, no discounting, 52-week horizon:
 * cacCeiling({ expectedPurchasesNewCustomer: (t) => 0.1 * t, expectedSpend: 50, margin: 0.3,
 *   annualDiscountRate: 0, horizon: 52, unit: 'week' })
 * // LTV 93 → ratio ceiling 31; payback: 0.3·50·(1 + 0.1·52.18) = 93.27 → ceiling 31, binding 'ltv-ratio'
 */
export function cacCeiling(options: CacCeilingOptions): CacCeiling {
  const caller = 'cacCeiling';
  const targetLtvCacRatio = options.targetLtvCacRatio ?? 3;
  const paybackMonths = options.paybackMonths ?? 12;
  const paybackDiscounted = options.discountPayback ?? false;
  checkRatio(caller, targetLtvCacRatio);
  checkPaybackMonths(caller, paybackMonths);

  const ltv = newCustomerLtv(options);
  const paybackHorizon = convertDuration(paybackMonths, 'month', options.unit);
  let paybackMargin: number;
  if (paybackDiscounted) {
    paybackMargin = newCustomerLtv({ ...options, horizon: paybackHorizon, steps: undefined });
  } else {
    const repeats = options.expectedPurchasesNewCustomer(paybackHorizon) - options.expectedPurchasesNewCustomer(0);
    if (!Number.isFinite(repeats)) {
      throw new UsageError(`${caller}: expectedPurchasesNewCustomer returned a non-finite value at t = ${paybackHorizon}`);
    }
    paybackMargin = options.margin * options.expectedSpend * (1 + repeats);
  }
  const ratioCeiling = ltv / targetLtvCacRatio;
  const { ceiling, binding } = bindingCeiling(ratioCeiling, paybackMargin);
  return Object.freeze({
    newCustomerLtv: ltv,
    targetLtvCacRatio,
    ratioCeiling,
    paybackMonths,
    paybackDiscounted,
    paybackMargin,
    paybackCeiling: paybackMargin,
    ceiling,
    binding,
  });
}

/**
 * The lower of the two ceilings and which one it is; a NaN payback ceiling
 * (payback not observable) leaves the ratio ceiling binding.
 */
export function bindingCeiling(
  ratioCeiling: number,
  paybackCeiling: number,
): { readonly ceiling: number; readonly binding: BindingConstraint } {
  if (Number.isNaN(paybackCeiling) || ratioCeiling <= paybackCeiling) {
    return { ceiling: ratioCeiling, binding: 'ltv-ratio' };
  }
  return { ceiling: paybackCeiling, binding: 'payback' };
}
