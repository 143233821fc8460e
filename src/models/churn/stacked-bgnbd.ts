/**
 * The optional stacked features: BG/NBD's own view of each customer, fed to
 * the classifier as two more inputs. Internal to training and scoring.
 */
import { FitError, UsageError } from '../../errors.js';
import type { TransactionLog } from '../../data/transaction-log.js';
import type { TimeUnit } from '../../data/time-unit.js';
import type { BgnbdModel } from '../bgnbd/bgnbd-model.js';
import { expectedPurchases } from '../bgnbd/expected-purchases.js';
import { fitBgnbd } from '../bgnbd/fit.js';
import { probabilityAlive } from '../bgnbd/probability-alive.js';
import { calibrationSummary, type CalibrationSummary } from './calibration-summary.js';
import type { StackedColumns } from './churn-features.js';

/**
 * Largest max |∂(−log L)/∂ log θ| per customer at which a fit that the
 * optimiser flagged as not converged is still used for stacked features: at
 * 1e-4 the parameters are within ~1e-4 relative of the optimum, far below
 * their sampling error, while the optimiser's own tolerance (1e-8) is
 * sometimes out of reach on small, tied data (e.g. the apparel cohort).
 */
export const STACKED_GRADIENT_TOLERANCE = 1e-4;

/**
 * Fits the BG/NBD model behind the stacked features on the calibration
 * summaries (x, t_x, T) of the given feature rows — the training customers
 * only, so the validation customers stay unseen. Throws FitError when the
 * fit is not converged and its gradient exceeds {@link STACKED_GRADIENT_TOLERANCE}
 * (its features would be unreliable).
 */
export function fitStackedBgnbd(log: TransactionLog, calibrationEnd: number, unit: TimeUnit, rows: Int32Array): BgnbdModel {
  const summary = calibrationSummary(log, calibrationEnd, unit);
  const pick = (values: Float64Array) => Float64Array.from(rows, (r) => values[r]);
  const model = fitBgnbd({ frequency: pick(summary.frequency), recency: pick(summary.recency), T: pick(summary.T), unit });
  if (!model.converged && !(model.diagnostics.gradientNorm <= STACKED_GRADIENT_TOLERANCE)) {
    throw new FitError(`the BG/NBD fit for the stacked churn features did not converge: ${model.diagnostics.message}`);
  }
  return model;
}

/**
 * Column builder for `churnFeatures`: P(alive | x, t_x, T) (Fader, Hardie &
 * Lee 2005, eq. 13) and E[X(window) | x, t_x, T] (eq. 10) per row. The model
 * was vetted when the churn model was trained (see `fitStackedBgnbd`), so a
 * nearly converged fit is scored.
 */
const scoreAnyway = { allowUnconverged: true } as const;

export function stackedBgnbdColumns(model: BgnbdModel, window: number, unit: TimeUnit): (summary: CalibrationSummary) => StackedColumns {
  if (model.timeUnit !== unit) {
    throw new UsageError(`the stacked BG/NBD model is in ${model.timeUnit}s but the churn model works in ${unit}s`);
  }
  return (summary) => ({
    pAlive: probabilityAlive(model, summary.frequency, summary.recency, summary.T, scoreAnyway),
    expectedPurchases: expectedPurchases(model, window, summary.frequency, summary.recency, summary.T, scoreAnyway),
  });
}
