import type { HoldoutEvaluation } from '../evaluate/evaluate-holdout.js';
import { calibrationSpec } from '../plots/calibration-spec.js';
import { conditionalExpectationsSpec } from '../plots/conditional-expectations-spec.js';
import { periodTransactionsSpec } from '../plots/period-transactions-spec.js';
import { rocSpec } from '../plots/roc-spec.js';
import { trackingSpec } from '../plots/tracking-spec.js';
import type { FigureRenderer } from './figure-renderer.js';
import { formatInteger, formatMoney, formatNumber, formatPercent } from './format.js';
import { facts, section, table } from './html.js';

/**
 * Holdout validation: forecast errors, the tracking curves, calibration vs
 * holdout by frequency, the frequency histogram, who-buys ROC/calibration,
 * and the spend model checks (Fader, Hardie & Lee 2005, §4). Internal.
 */
export async function validationSection(evaluation: HoldoutEvaluation | undefined, figure: FigureRenderer, currency?: string): Promise<string> {
  if (!evaluation) return '';
  const e = evaluation.purchases;
  const summary = facts([
    { label: 'Customers', value: formatInteger(evaluation.customers) },
    { label: 'Holdout purchases, actual', value: formatInteger(e.totalActual) },
    { label: 'Holdout purchases, predicted', value: formatNumber(e.totalPredicted, 5) },
    { label: 'Aggregate error', value: `${formatNumber(e.totalError, 4)} (${formatPercent(e.relativeTotalError)})` },
    { label: 'Per-customer MAE', value: formatNumber(e.mae, 3) },
    { label: 'Per-customer RMSE', value: formatNumber(e.rmse, 3) },
    ...(evaluation.activity.roc ? [{ label: 'AUC, who buys in the holdout', value: evaluation.activity.roc.auc.toFixed(3) }] : []),
    { label: 'Brier score, who buys', value: evaluation.activity.calibration.brierScore.toFixed(3) },
  ]);
  const figures: string[] = [];
  if (evaluation.tracking) {
    figures.push(await figure(trackingSpec(evaluation.tracking), 'Cumulative repeat transactions of the whole cohort. Left of the dotted line the model was fitted; right of it, it forecasts.'));
    figures.push(await figure(trackingSpec(evaluation.tracking, { mode: 'incremental' }), 'The same, per period: the model captures the trend, not week-to-week noise.'));
  }
  figures.push(await figure(conditionalExpectationsSpec(evaluation.conditionalExpectations), 'Customers grouped by their repeat purchases in calibration: mean holdout purchases, actual vs predicted.'));
  figures.push(await figure(periodTransactionsSpec(evaluation.periodTransactions), 'How many customers made 0, 1, 2, … repeat purchases in calibration, and how many the fitted model expects.'));
  if (evaluation.activity.roc) {
    figures.push(await figure(rocSpec(evaluation.activity.roc, { title: 'Who buys in the holdout: ROC', subtitle: `P(at least one purchase) from the model; AUC ${evaluation.activity.roc.auc.toFixed(3)}` })));
  }
  figures.push(await figure(calibrationSpec(evaluation.activity.calibration, { title: 'Who buys in the holdout: calibration' })));
  const ceTable = table(
    ['Calibration purchases', 'Customers', 'Actual mean', 'Predicted mean'],
    evaluation.conditionalExpectations.map((r) => [r.label, formatInteger(r.customers), formatNumber(r.actualMean, 3), formatNumber(r.predictedMean, 3)]),
    { numeric: [1, 2, 3], caption: 'Mean purchases in the holdout period by repeat purchases in the calibration period' },
  );
  let spend = '';
  if (evaluation.spend) {
    const s = evaluation.spend;
    spend = `<h3>Spend model checks</h3>${facts([
      { label: 'Correlation of frequency and spend (ρ)', value: formatNumber(s.correlation.pearson, 3) },
      { label: 'Repeat buyers in that correlation', value: formatInteger(s.correlation.customers) },
      { label: 'Warning threshold |ρ|', value: String(s.correlation.threshold) },
      ...(s.holdout
        ? [
            { label: 'Customers with holdout spend', value: formatInteger(s.holdout.customers) },
            { label: 'Mean spend per purchase, actual', value: formatMoney(s.holdout.actualMean, currency) },
            { label: 'Mean spend per purchase, predicted', value: formatMoney(s.holdout.predictedMean, currency) },
            { label: 'Per-customer MAE of spend', value: formatMoney(s.holdout.mae, currency) },
          ]
        : []),
    ])}`;
  }
  return section(
    'validation',
    'Holdout validation',
    `${summary}<div class="figures">${figures.join('')}</div>${ceTable}${spend}`,
    'The models were fitted on the calibration period only and their forecasts compared with what customers actually did afterwards (the holdout period).',
  );
}
