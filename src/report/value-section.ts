import { valueConcentration } from '../evaluate/value-concentration.js';
import { expectedPurchases, probabilityAlive, type BgnbdModel } from '../models/bgnbd/index.js';
import { frequencyRecencyGrid } from '../plots/frequency-recency-grid.js';
import { frequencyRecencyMatrixSpec } from '../plots/frequency-recency-matrix-spec.js';
import { ltvDistributionSpec } from '../plots/ltv-distribution-spec.js';
import { valueConcentrationSpec } from '../plots/value-concentration-spec.js';
import type { FigureRenderer } from './figure-renderer.js';
import { section } from './html.js';
import type { ReportInput } from './report-input.js';

/**
 * Customer value: distribution of predicted CLV, its concentration, and the
 * BG/NBD frequency/recency matrices of P(alive) and expected purchases.
 * Internal to src/report.
 */
export async function valueSection(input: ReportInput, figure: FigureRenderer): Promise<string> {
  const figures: string[] = [];
  const customers = input.customers;
  const run = input.run ?? {};
  const horizon = run.horizon !== undefined && run.unit ? `${run.horizon} ${run.unit}s` : undefined;
  const clv = customers?.clv;
  if (clv && clv.length > 0 && Array.from(clv).every(Number.isFinite)) {
    figures.push(await figure(ltvDistributionSpec(clv, { currency: input.currency, horizon }), 'Most customers are worth little; a few are worth a lot. An orange bar, if shown, pools the customers above the 99th percentile.'));
    if (Array.from(clv).every((v) => v >= 0) && Array.from(clv).some((v) => v > 0)) {
      figures.push(await figure(valueConcentrationSpec(valueConcentration(clv)), 'Read a point as: the most valuable x% of customers hold y% of all predicted value.'));
    }
  }
  const model = input.models?.find((m) => m.kind === 'bgnbd') as BgnbdModel | undefined;
  const T = customers?.T;
  if (model && T && T.length > 0) {
    let maxT = 0;
    for (let i = 0; i < T.length; i++) maxT = Math.max(maxT, T[i]);
    const unit = model.timeUnit;
    const one = (v: number) => Float64Array.of(v);
    const opts = { allowUnconverged: true };
    if (maxT > 0) {
      // x = 0 has no recency: the models take t_x = 0 there.
      const alive = frequencyRecencyGrid((x, tx) => probabilityAlive(model, one(x), one(x === 0 ? 0 : tx), one(maxT), opts)[0], { T: maxT });
      figures.push(await figure(frequencyRecencyMatrixSpec(alive, { quantity: 'probability-alive', unit }), 'Frequent buyers who have not bought for a while (top left) have probably left; recent buyers (right) are probably still active.'));
      if (run.horizon !== undefined) {
        const h = run.horizon;
        const purchases = frequencyRecencyGrid((x, tx) => expectedPurchases(model, h, one(x), one(x === 0 ? 0 : tx), one(maxT), opts)[0], { T: maxT });
        figures.push(await figure(frequencyRecencyMatrixSpec(purchases, { quantity: 'expected-purchases', unit, horizon: h }), 'Expected purchases over the horizon for customers of the longest tenure, by their purchase history.'));
      }
    }
  }
  if (figures.length === 0) return '';
  return section('value', 'Customer value', `<div class="figures">${figures.join('')}</div>`, 'Predicted customer lifetime value (CLV) is the discounted margin each customer is expected to bring over the horizon.');
}
