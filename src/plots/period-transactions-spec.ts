import type { TopLevelSpec } from 'vega-lite';
import type { PeriodTransactionsRow } from '../evaluate/period-transactions.js';
import { COLOR_ACTUAL, COLOR_MODEL, PLOT_CONFIG, PLOT_HEIGHT, PLOT_WIDTH, SCHEMA, titleOf, type PlotTitle } from './plot-style.js';

/**
 * Grouped bars of the calibration repeat-frequency histogram, actual versus
 * model (Fader, Hardie & Lee 2005, Fig. 3): for each number of repeat
 * purchases 0, 1, …, "7+", how many customers made it and how many the model
 * expects. Input: the rows of {@link periodTransactions}.
 *
 * Data (inline, long form): one row per class and series,
 * `{ label, frequency, series: 'Actual' | 'Model', customers }`.
 *
 * Example: `periodTransactionsSpec(periodTransactions(x, T, pmf))`.
 */
export function periodTransactionsSpec(rows: readonly PeriodTransactionsRow[], titles: PlotTitle = {}): TopLevelSpec {
  const values = rows.flatMap((r) => [
    { label: r.label, frequency: r.frequency, series: 'Actual', customers: r.observed },
    { label: r.label, frequency: r.frequency, series: 'Model', customers: r.expected },
  ]);
  return {
    $schema: SCHEMA,
    title: titleOf(
      titles.title ?? 'Repeat purchases in the calibration period',
      titles.subtitle ?? 'Customers by number of repeat purchases: actual vs model-expected',
    ),
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: {
        field: 'label',
        type: 'ordinal',
        sort: { field: 'frequency', order: 'ascending' },
        title: 'Repeat purchases',
        axis: { labelAngle: 0 },
      },
      xOffset: { field: 'series', type: 'nominal', sort: ['Actual', 'Model'] },
      y: { field: 'customers', type: 'quantitative', title: 'Customers' },
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        scale: { domain: ['Actual', 'Model'], range: [COLOR_ACTUAL, COLOR_MODEL] },
        // Bars are tallest on the left, so the legend goes top-right.
        legend: { orient: 'top-right' },
      },
      tooltip: [
        { field: 'label', title: 'Repeat purchases' },
        { field: 'series', title: 'Series' },
        { field: 'customers', type: 'quantitative', title: 'Customers', format: ',.1f' },
      ],
    },
    config: PLOT_CONFIG,
  };
}
