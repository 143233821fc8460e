/**
 * Expected lifetime value of a customer not acquired yet: the number that
 * bounds what acquisition may cost.
 */
import type { TimeUnit } from '../data/time-unit.js';
import { UsageError } from '../errors.js';
import { discountedClv } from './clv.js';
import { checkDiscountRate, checkHorizon, checkMargin, checkSpend } from './check-economics.js';

export interface NewCustomerLtvOptions {
  /**
   * E[X(t)]: expected number of *repeat* purchases of a brand-new customer in
   * (0, t], t in `unit` — the model's unconditional expectation, e.g. BG/NBD
   * Fader, Hardie & Lee (2005) eq. 9. Must be finite for t ∈ [0, horizon].
   */
  readonly expectedPurchasesNewCustomer: (t: number) => number;
  /** Population mean spend per purchase (e.g. the Gamma-Gamma mean pν/(q − 1)), ≥ 0. */
  readonly expectedSpend: number;
  /** Contribution margin in (0, 1]. */
  readonly margin: number;
  /** Annual discount rate R ≥ 0 (0.1 = 10 %/year), converted exactly to `unit`. */
  readonly annualDiscountRate: number;
  /** Valuation horizon in `unit` (> 0); 12 months = convertDuration(12, 'month', unit). */
  readonly horizon: number;
  readonly unit: TimeUnit;
  /** Grid steps for the discount integral (default: one per week of horizon, ≥ 8). */
  readonly steps?: number;
}

/**
 * Expected discounted contribution of one new customer over the horizon H,
 * first purchase included:
 *
 *   LTV_new = m · s · ( 1 + ∫₀ᴴ e^(−δt) dE[X(t)] )
 *
 * m margin, s mean spend per purchase, δ = ln(1 + r) the continuous discount
 * rate per unit with r = (1 + R)^(unit/year) − 1. The "1" is the acquisition
 * purchase at t = 0, counted in full and undiscounted; the integral is the
 * discounted expected number of repeat purchases — the "discounted expected
 * transactions" of Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value
 * Curves for Customer Base Analysis", JMR 42(4), taken here over a finite
 * horizon and fed with the unconditional E[X(t)] of a new customer (BG/NBD:
 * "Counting Your Customers the Easy Way", Marketing Science 24(2), eq. 9).
 *
 * The result is margin-adjusted (a contribution, not revenue): divide it by a
 * target LTV:CAC ratio directly, never multiply by the margin again.
 *
 * Numerical strategy: the integral is discountedClv's (src/value/clv.ts) with
 * spend 1 and margin 1, so new and existing customers are discounted by the
 * same scheme — exact for a linear E[X] and for δ = 0, O(h²δμ) otherwise.
 *
 * Throws UsageError for margin ∉ (0, 1], negative or non-finite rate, spend
 * or horizon, a non-function E[X], or a non-finite E[X(t)].
 *
 * @example
 * // 0.1 repeat purchases a week forever, $50 a purchase, 30 % margin, no discounting:
 * newCustomerLtv({ expectedPurchasesNewCustomer: (t) => 0.1 * t, expectedSpend: 50,
 *   margin: 0.3, annualDiscountRate: 0, horizon: 52, unit: 'week' })
 * // → 0.3 · 50 · (1 + 5.2) = 93
 */
export function newCustomerLtv(options: NewCustomerLtvOptions): number {
  const caller = 'newCustomerLtv';
  const { expectedPurchasesNewCustomer, expectedSpend, margin, annualDiscountRate, horizon, unit } = options;
  if (typeof expectedPurchasesNewCustomer !== 'function') {
    throw new UsageError(`${caller}: expectedPurchasesNewCustomer must be a function t → E[X(t)]`);
  }
  checkMargin(caller, margin);
  checkSpend(caller, expectedSpend);
  checkDiscountRate(caller, annualDiscountRate);
  checkHorizon(caller, horizon, unit);
  const column = new Float64Array(1);
  const discountedRepeats = discountedClv({
    cumulativePurchases: (t) => {
      column[0] = expectedPurchasesNewCustomer(t);
      return column;
    },
    expectedSpend: [1],
    margin: 1,
    annualDiscountRate,
    horizon,
    unit,
    steps: options.steps,
  })[0];
  return margin * expectedSpend * (1 + discountedRepeats);
}
