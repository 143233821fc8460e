/**
 * Model-agnostic discounted customer lifetime value.
 *
 * Any purchase model (BG/NBD, Pareto/NBD, a churn-adjusted rate model, an
 * empirical curve) plugs in through one function: the expected cumulative
 * number of purchases E[Y(t) | history] of every customer, t time units from
 * now. The value of a customer over a horizon H is then the Stieltjes integral
 *
 *   CLV = m · s · ∫₀ᴴ e^(−δt) dE[Y(t)]
 *
 * with margin m, expected spend per purchase s (e.g. the Gamma-Gamma
 * conditional mean) and continuous discount rate δ per model unit. Source:
 * Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value Curves for
 * Customer Base Analysis", JMR 42(4): their "discounted expected transactions"
 * DET = ∫ e^(−δt) dE[Y(t)] under continuous compounding, which they evaluate in
 * closed form for the Pareto/NBD over an infinite horizon; here it is computed
 * numerically, for any model, up to a finite horizon).
 */
import { InputError, UsageError, type InputIssue } from '../errors.js';
import { annualRateToUnit, convertDuration, type TimeUnit } from '../data/time-unit.js';
import { checkDiscountRate, checkHorizon, checkMargin } from './check-economics.js';

const CALLER = 'discountedClv';

export interface DiscountedClvOptions {
  /**
   * E[Y(t) | history] for every customer at time t ≥ 0 (in `unit`), one entry
   * per customer in the order of `expectedSpend`. Called once per grid point,
   * with t increasing from 0 to `horizon`; the returned array may be reused
   * by the caller after the next call (it is read immediately).
   */
  readonly cumulativePurchases: (t: number) => ArrayLike<number>;
  /** Expected spend per future purchase, per customer (≥ 0, finite). */
  readonly expectedSpend: ArrayLike<number>;
  /** How far ahead to value, in `unit` (> 0). */
  readonly horizon: number;
  /** Time unit of `horizon` and of t in `cumulativePurchases`. */
  readonly unit: TimeUnit;
  /** Annual discount rate R (0.1 = 10 %/year), ≥ 0; converted exactly to the unit. */
  readonly annualDiscountRate: number;
  /** Profit margin in (0, 1] applied to spend. */
  readonly margin: number;
  /**
   * Number of equal grid steps over [0, horizon]. Default: one per
   * week-equivalent of the horizon, at least 8 (52 for a one-year horizon).
   */
  readonly steps?: number;
}

/** Smallest default grid, so very short horizons still resolve curvature. */
const MIN_DEFAULT_STEPS = 8;

/**
 * Discounted expected value of every customer over `horizon`:
 * CLV_i = m · s_i · ∫₀ᴴ e^(−δt) dE[Y_i(t)], δ = ln(1 + per-unit rate), the
 * per-unit rate being the exact conversion (1 + R)^(unit/year) − 1
 * (the DET of Fader, Hardie & Lee 2005, JMR, truncated at H).
 *
 * Numerical strategy: E[Y(t)] is evaluated on a uniform grid 0 = t₀ < … < t_N = H
 * and replaced by its piecewise-linear interpolant, whose discounted integral
 * is computed exactly: each increment ΔE_k = E[Y(t_k)] − E[Y(t_{k−1})] is
 * weighted by the cell average of the discount factor,
 *
 *   w_k = (1/h) ∫ e^(−δt) dt over the cell = e^(−δ t_{k−1}) · (1 − e^(−δh)) / (δh).
 *
 * Why this is accurate: the scheme is exact whenever E[Y] is linear (a
 * constant-rate customer, any step count) and whenever δ = 0 (the sum
 * telescopes to E[Y(H)] − E[Y(0)]). Otherwise the error comes only from the
 * curvature of E[Y]: for E[Y]' decaying at rate μ the relative error is about
 * h²·δ·μ/12 (discounting each increment at its cell mid-point instead would
 * add a further h²δ²/24). Measured against the
 * exponential-lifetime closed form at 10 %/year with the default weekly grid:
 * 2.9e-6 relative for a mean lifetime of one year, 1.5e-4 for a mean lifetime
 * of one week (μ = 1/week, the pessimistic end); halving h divides the error
 * by 4. See test/value/clv.test.ts. Cost is one `cumulativePurchases` call
 * per grid point, so for expensive models a coarser grid is a fair trade: a
 * monthly grid (h = 1 month) gives h²δμ/12 ≈ 6e-5 for a one-year mean
 * lifetime at 10 %/year. The weights are positive, so a non-decreasing
 * E[Y] always yields a non-negative value. Memory is O(customers): only the
 * previous grid column is kept.
 *
 * Throws UsageError for margin ∉ (0, 1], a negative or non-finite discount
 * rate, horizon ≤ 0, bad `steps`, or a `cumulativePurchases` result of the
 * wrong length or with non-finite entries; InputError (one issue per bad
 * row) for negative or non-finite expected spend.
 *
 * @example
 * // A customer buying 0.5 times a week forever, $20 per purchase, 30 % margin:
 * discountedClv({ cumulativePurchases: (t) => [0.5 * t], expectedSpend: [20],
 *   horizon: 52, unit: 'week', annualDiscountRate: 0.1, margin: 0.3 })
 * // → Float64Array [≈ 148.8] = 0.3·20·0.5·(1 − e^(−52δ))/δ, δ = ln(1.1)/52.18
 */
export function discountedClv(options: DiscountedClvOptions): Float64Array {
  const { cumulativePurchases, expectedSpend, horizon, unit, annualDiscountRate, margin } = options;
  if (typeof cumulativePurchases !== 'function') {
    throw new UsageError('discountedClv: cumulativePurchases must be a function t → E[Y(t)] per customer');
  }
  checkMargin(CALLER, margin);
  checkHorizon(CALLER, horizon, unit);
  checkDiscountRate(CALLER, annualDiscountRate);
  const steps = options.steps ?? defaultSteps(horizon, unit);
  if (!Number.isInteger(steps) || steps < 1) {
    throw new UsageError(`discountedClv: steps must be an integer ≥ 1, got ${steps}`);
  }

  const n = expectedSpend.length;
  const issues: InputIssue[] = [];
  for (let i = 0; i < n; i++) {
    const s = expectedSpend[i];
    if (!(s >= 0) || !Number.isFinite(s)) {
      issues.push({ row: i + 1, column: 'expectedSpend', value: String(s), reason: 'expected spend must be a finite number ≥ 0' });
    }
  }
  if (issues.length > 0) {
    throw new InputError(`discountedClv: ${issues.length} customer(s) have an invalid expected spend`, issues);
  }

  const delta = Math.log1p(annualRateToUnit(annualDiscountRate, unit));
  const h = horizon / steps;
  // Cell-average of e^(−δt) relative to its value at the cell start; → 1 as δh → 0.
  const cellAverage = delta === 0 ? 1 : -Math.expm1(-delta * h) / (delta * h);

  const previous = new Float64Array(n);
  copyChecked(cumulativePurchases(0), previous, 0, n);
  const discountedPurchases = new Float64Array(n);
  const current = new Float64Array(n);
  for (let k = 1; k <= steps; k++) {
    const tEnd = k === steps ? horizon : k * h;
    copyChecked(cumulativePurchases(tEnd), current, tEnd, n);
    const weight = Math.exp(-delta * (k - 1) * h) * cellAverage;
    for (let i = 0; i < n; i++) {
      discountedPurchases[i] += weight * (current[i] - previous[i]);
      previous[i] = current[i];
    }
  }

  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = margin * expectedSpend[i] * discountedPurchases[i];
  return out;
}

/** One step per week-equivalent of the horizon, never fewer than MIN_DEFAULT_STEPS. */
function defaultSteps(horizon: number, unit: TimeUnit): number {
  return Math.max(MIN_DEFAULT_STEPS, Math.ceil(convertDuration(horizon, unit, 'week') - 1e-9));
}

/** Copies a model's E[Y(t)] column, refusing wrong lengths and non-finite values loudly. */
function copyChecked(column: ArrayLike<number>, into: Float64Array, t: number, n: number): void {
  if (column === null || typeof column !== 'object' || column.length !== n) {
    const got = column === null || typeof column !== 'object' ? String(column) : `length ${column.length}`;
    throw new UsageError(`discountedClv: cumulativePurchases(${t}) must return one value per customer (${n}), got ${got}`);
  }
  for (let i = 0; i < n; i++) {
    const value = column[i];
    if (!Number.isFinite(value)) {
      throw new UsageError(`discountedClv: cumulativePurchases(${t}) returned ${value} for customer index ${i}`);
    }
    into[i] = value;
  }
}
