/**
 * The plots `clv plot` draws from a pipeline run, as Vega-Lite specs.
 */
import type { TopLevelSpec } from 'vega-lite';
import { calibrationCurve } from '../evaluate/calibration-curve.js';
import { rocCurve } from '../evaluate/roc-curve.js';
import { valueConcentration } from '../evaluate/value-concentration.js';
import { UsageError } from '../errors.js';
import { expectedPurchases, probabilityAlive } from '../models/bgnbd/index.js';
import {
  calibrationSpec,
  conditionalExpectationsSpec,
  frequencyRecencyGrid,
  frequencyRecencyMatrixSpec,
  ltvDistributionSpec,
  periodTransactionsSpec,
  rocSpec,
  trackingSpec,
  valueConcentrationSpec,
} from '../plots/index.js';
import { churnOnItsWindow } from './churn-on-its-window.js';
import type { RunResult } from './run-pipeline.js';
import type { RunPlotKind } from './run-plot-kinds.js';

/** The Vega-Lite spec of `kind` for a run; kinds that need a holdout or a churn model say so. */
export function runPlotSpec(kind: RunPlotKind, result: RunResult): TopLevelSpec {
  const { models, rfm, scores, evaluation, config } = result;
  const needHoldout = () => {
    if (!evaluation) throw new UsageError(`the ${kind} plot compares forecasts with a holdout: set --calibration-end`);
    return evaluation;
  };
  const one = (v: number) => Float64Array.of(v);
  const maxT = rfm.T.reduce((m, v) => Math.max(m, v), 0);
  switch (kind) {
    case 'frequency-recency':
    case 'p-alive': {
      const quantity = kind === 'p-alive' ? 'probability-alive' : 'expected-purchases';
      // A customer without repeat purchases has t_x = 0 by definition: the x = 0 row is constant.
      const f =
        kind === 'p-alive'
          ? (x: number, tx: number) => probabilityAlive(models.bgnbd, one(x), one(x === 0 ? 0 : tx), one(maxT))[0]
          : (x: number, tx: number) => expectedPurchases(models.bgnbd, result.horizon, one(x), one(x === 0 ? 0 : tx), one(maxT))[0];
      return frequencyRecencyMatrixSpec(frequencyRecencyGrid(f, { T: maxT }), { quantity, unit: rfm.unit, horizon: result.horizon });
    }
    case 'period-transactions':
      return periodTransactionsSpec(needHoldout().periodTransactions);
    case 'calibration-holdout':
      return conditionalExpectationsSpec(needHoldout().conditionalExpectations);
    case 'tracking-cumulative':
    case 'tracking-incremental': {
      const tracking = needHoldout().tracking;
      if (!tracking) throw new UsageError('no tracking data: the holdout check had no transaction log');
      return trackingSpec(tracking, { mode: kind === 'tracking-cumulative' ? 'cumulative' : 'incremental' });
    }
    case 'ltv-distribution':
      return ltvDistributionSpec(scores.clv, { horizon: `${config.horizonMonths} months` });
    case 'value-concentration':
      return valueConcentrationSpec(valueConcentration(scores.clv));
    case 'churn-roc':
    case 'churn-calibration': {
      const { scores: churnScores, labels } = churnOnItsWindow(result);
      return kind === 'churn-roc'
        ? rocSpec(rocCurve(churnScores, labels), { title: 'Churn model ROC', subtitle: 'on the training window (in-sample, optimistic)' })
        : calibrationSpec(calibrationCurve(churnScores, labels), { title: 'Churn model calibration', subtitle: 'on the training window (in-sample)' });
    }
  }
}
