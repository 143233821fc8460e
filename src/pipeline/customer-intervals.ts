/**
 * Per-customer prediction intervals for `clv run` (opt-in): expected
 * purchases and predicted LTV over the horizon, from parameter vectors drawn
 * from the fits' asymptotic distribution (see src/evaluate). Memory stays
 * bounded: the draws are consumed block by block, never stored per customer.
 */
import type { RfmArrays } from '../data/rfm-arrays.js';
import { convertDuration } from '../data/time-unit.js';
import { clvIntervals } from '../evaluate/clv-intervals.js';
import { expectedPurchasesIntervals } from '../evaluate/expected-purchases-intervals.js';
import type { PredictionIntervals } from '../evaluate/prediction-intervals.js';
import type { BgnbdModel } from '../models/bgnbd/index.js';
import type { GammaGammaModel } from '../models/gamma-gamma/index.js';
import type { RunConfig } from './run-config.js';

export interface CustomerIntervals {
  readonly level: number;
  readonly draws: number;
  readonly expectedPurchases: PredictionIntervals;
  readonly predictedLtv: PredictionIntervals;
}

export function customerIntervals(
  rfm: RfmArrays,
  bgnbd: BgnbdModel,
  gammaGamma: GammaGammaModel,
  horizon: number,
  config: RunConfig,
  notes: string[],
): CustomerIntervals | undefined {
  if (!config.intervals) return undefined;
  for (const model of [bgnbd, gammaGamma]) {
    if (model.covariance === null) {
      notes.push(`prediction intervals skipped: the ${model.kind} fit has no parameter covariance (singular Hessian)`);
      return undefined;
    }
  }
  const options = { draws: config.intervals.draws, level: config.intervals.level, allowUnconverged: config.allowUnconverged };
  const { frequency, recency, T, monetaryValue, unit } = rfm;
  return {
    level: config.intervals.level,
    draws: config.intervals.draws,
    expectedPurchases: expectedPurchasesIntervals(bgnbd, horizon, frequency, recency, T, options),
    predictedLtv: clvIntervals(
      {
        purchaseModel: bgnbd,
        spendModel: gammaGamma,
        frequency,
        recency,
        T,
        monetaryValue,
        horizon,
        unit,
        annualDiscountRate: config.annualDiscountRate,
        margin: config.margin,
        // the same monthly grid as the point predictions (scoreCustomers)
        steps: Math.max(12, Math.ceil(convertDuration(horizon, unit, 'month'))),
        allowUnconverged: config.allowUnconverged,
      },
      options,
    ),
  };
}
