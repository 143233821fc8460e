import type { TopLevelSpec } from 'vega-lite';
import type { ConditionalExpectationRow } from '../evaluate/conditional-expectations.js';
import { PLOT_CONFIG, PLOT_HEIGHT, PLOT_WIDTH, SCHEMA, SERIES_COLOR, SERIES_DASH, finiteOrNull, titleOf, type PlotTitle } from './plot-style.js';

/**
 * Calibration versus holdout (Fader, Hardie & Lee 2005, Fig. 4): mean holdout
 * purchases of customers grouped by their calibration frequency, actual
 * (solid) versus model (dashed). Input: the rows of
 * {@link conditionalExpectations}; empty classes are left out.
 *
 * Data (inline, long form): `{ label, frequency, customers, series: 'Actual' | 'Model', mean }`.
 *
 * Example: `conditionalExpectationsSpec(conditionalExpectations(x, xStar, predicted))`.
 */
export function conditionalExpectationsSpec(rows: readonly ConditionalExpectationRow[], titles: PlotTitle = {}): TopLevelSpec {
  const values = rows
    .filter((r) => r.customers > 0)
    .flatMap((r) => [
      { label: r.label, frequency: r.frequency, customers: r.customers, series: 'Actual', mean: finiteOrNull(r.actualMean) },
      { label: r.label, frequency: r.frequency, customers: r.customers, series: 'Model', mean: finiteOrNull(r.predictedMean) },
    ]);
  return {
    $schema: SCHEMA,
    title: titleOf(
      titles.title ?? 'Calibration vs holdout',
      titles.subtitle ?? 'Mean holdout purchases by number of repeat purchases in calibration',
    ),
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values },
    mark: { type: 'line', strokeWidth: 2, point: { filled: true, size: 45 } },
    encoding: {
      x: {
        field: 'label',
        type: 'ordinal',
        sort: { field: 'frequency', order: 'ascending' },
        title: 'Repeat purchases in calibration',
        axis: { labelAngle: 0 },
      },
      y: { field: 'mean', type: 'quantitative', title: 'Mean purchases in holdout' },
      color: SERIES_COLOR,
      strokeDash: SERIES_DASH,
      tooltip: [
        { field: 'label', title: 'Calibration purchases' },
        { field: 'series', title: 'Series' },
        { field: 'mean', type: 'quantitative', title: 'Mean holdout purchases', format: '.2f' },
        { field: 'customers', type: 'quantitative', title: 'Customers', format: ',' },
      ],
    },
    config: PLOT_CONFIG,
  };
}
