/**
 * Scores customers with fitted models: the per-customer predictions that
 * `clv predict` prints and `clv run` builds on. Model-specific maths lives in
 * the model folders; this file only combines them, column by column.
 */
import { FitError, UsageError } from '../errors.js';
import type { RfmArrays } from '../data/rfm-arrays.js';
import { convertDuration } from '../data/time-unit.js';
import { expectedPurchases, probabilityAlive, type BgnbdModel } from '../models/bgnbd/index.js';
import { conditionalExpectedAverageSpend, type GammaGammaModel } from '../models/gamma-gamma/index.js';
import { discountedClv } from '../value/clv.js';

export interface ScoreOptions {
  /** Horizon of expected purchases and CLV, in the purchase model's unit. */
  readonly horizon: number;
  /** Annual discount rate for CLV (default 0.1). */
  readonly annualDiscountRate?: number;
  /** Profit margin in (0, 1] for CLV (default 1: CLV in revenue). */
  readonly margin?: number;
  /** Score with models whose fit did not converge (default false: refuse). */
  readonly allowUnconverged?: boolean;
  /**
   * Grid steps of the CLV integral. Default: one per month of horizon, at
   * least 12 — on CDNOW within 1.8e-5 (relative) of a 2,000-step integral and
   * 4× faster than a weekly grid (17.8 s → 4.3 s for a million customers).
   */
  readonly clvSteps?: number;
}

/** One column per prediction, aligned with the input customers. */
export interface CustomerScores {
  readonly customerId: readonly string[];
  readonly expectedPurchases: Float64Array;
  readonly pAlive: Float64Array;
  /** Present when a spend model was given. */
  readonly expectedAvgSpend?: Float64Array;
  readonly clv?: Float64Array;
}

/** Refuses to score with a model whose fit did not converge, unless allowed. */
export function assertUsable(model: { kind: string; converged: boolean; diagnostics: { message: string } }, allow: boolean): void {
  if (!model.converged && !allow) {
    throw new FitError(
      `the ${model.kind} fit did not converge (${model.diagnostics.message}); its predictions may be garbage. ` +
        'Refit (more iterations, a penalizer) or opt in with --allow-unconverged / allowUnconverged: true.',
    );
  }
}

/**
 * Predictions per customer over `horizon`: conditional expected purchases and
 * P(alive) from BG/NBD; with a Gamma-Gamma model also the conditional
 * expected average spend and the discounted CLV
 * (margin · spend · ∫ e^(−δt) dE[Y(t)], see discountedClv).
 *
 * @example
 * const scores = scoreCustomers(rfm, bgnbd, gammaGamma, { horizon: 52, annualDiscountRate: 0.1, margin: 0.3 });
 */
export function scoreCustomers(
  rfm: RfmArrays,
  bgnbd: BgnbdModel,
  gammaGamma: GammaGammaModel | undefined,
  options: ScoreOptions,
): CustomerScores {
  const allow = options.allowUnconverged ?? false;
  assertUsable(bgnbd, allow);
  if (gammaGamma) assertUsable(gammaGamma, allow);
  for (const model of [bgnbd, gammaGamma]) {
    if (model && model.timeUnit !== rfm.unit) {
      throw new UsageError(`the ${model.kind} model is in ${model.timeUnit}s but the summary is in ${rfm.unit}s; re-summarise with --unit ${model.timeUnit}`);
    }
  }
  const { frequency, recency, T } = rfm;
  const checked = { allowUnconverged: allow };
  const purchases = expectedPurchases(bgnbd, options.horizon, frequency, recency, T, checked);
  const pAlive = probabilityAlive(bgnbd, frequency, recency, T, checked);
  if (!gammaGamma) return { customerId: rfm.customerId, expectedPurchases: purchases, pAlive };
  const expectedAvgSpend = conditionalExpectedAverageSpend(gammaGamma, frequency, rfm.monetaryValue);
  const clv = discountedClv({
    cumulativePurchases: (t) => expectedPurchases(bgnbd, t, frequency, recency, T, checked),
    expectedSpend: expectedAvgSpend,
    horizon: options.horizon,
    unit: rfm.unit,
    annualDiscountRate: options.annualDiscountRate ?? 0.1,
    margin: options.margin ?? 1,
    steps: options.clvSteps ?? Math.max(12, Math.ceil(convertDuration(options.horizon, rfm.unit, 'month'))),
  });
  return { customerId: rfm.customerId, expectedPurchases: purchases, pAlive, expectedAvgSpend, clv };
}
