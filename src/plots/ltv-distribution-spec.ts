import type { TopLevelSpec } from 'vega-lite';
import { histogramBins, type HistogramBinsOptions } from './histogram-bins.js';
import { COLOR_ACCENT, COLOR_MODEL, PLOT_CONFIG, PLOT_HEIGHT, PLOT_WIDTH, SCHEMA, titleOf, type PlotTitle } from './plot-style.js';

/** One layer of a layered Vega-Lite spec. */
type LayerOf<S> = S extends { layer: readonly (infer L)[] } ? L : never;

/** Options of {@link ltvDistributionSpec}. */
export interface LtvDistributionOptions extends PlotTitle, HistogramBinsOptions {
  /** Currency label for the axis, e.g. "USD" (default: none). */
  readonly currency?: string;
  /** Horizon description for the axis, e.g. "12 months" (default: none). */
  readonly horizon?: string;
}

/**
 * Histogram of predicted customer lifetime value. The long right tail is
 * pooled into one highlighted "≥ q99" bar (see {@link histogramBins}) so the
 * body of the distribution stays readable; the subtitle gives the mean and
 * the median, whose gap shows the skew.
 *
 * Data (inline): `{ lower, upper, customers, overflow, label }`, one row per
 * bin, the overflow bin (if any) last, drawn one bin-width wide and labelled
 * "≥ edge" above it.
 *
 * Example: `ltvDistributionSpec(clv, { currency: 'USD', horizon: '12 months' })`.
 */
export function ltvDistributionSpec(values: ArrayLike<number>, options: LtvDistributionOptions = {}): TopLevelSpec {
  const h = histogramBins(values, options);
  const money = (v: number) => `${v.toLocaleString('en-US', { maximumFractionDigits: v < 100 ? 2 : 0 })}${options.currency ? ` ${options.currency}` : ''}`;
  const rows: { lower: number; upper: number; customers: number; overflow: boolean; label: string }[] = [];
  for (let i = 0; i < h.count.length; i++) {
    rows.push({ lower: h.lower[i], upper: h.upper[i], customers: h.count[i], overflow: false, label: `${money(h.lower[i])} – ${money(h.upper[i])}` });
  }
  const width = h.upper[0] - h.lower[0];
  if (h.overflowFrom !== null) {
    // Drawn one bin-width wide past a small gap, so it reads as "everything beyond".
    const from = h.overflowFrom + width * 0.5;
    rows.push({ lower: from, upper: from + width, customers: h.overflowCount, overflow: true, label: `≥ ${money(h.overflowFrom)}` });
  }
  const axisTitle = ['Predicted CLV', options.horizon ? `over ${options.horizon}` : '', options.currency ? `(${options.currency})` : '']
    .filter(Boolean)
    .join(' ');
  const overflowNote = h.overflowFrom !== null ? `; orange bar: ${h.overflowCount.toLocaleString('en-US')} customers ≥ ${money(h.overflowFrom)}` : '';
  // Name the overflow bar where it stands, since its x position is symbolic.
  const overflowLabel: LayerOf<TopLevelSpec>[] =
    h.overflowFrom === null
      ? []
      : [
          {
            transform: [{ filter: 'datum.overflow' }],
            mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -4, color: COLOR_ACCENT, fontSize: 11 },
            encoding: {
              x: { field: 'upper', type: 'quantitative' },
              y: { field: 'customers', type: 'quantitative' },
              text: { field: 'label' },
            },
          },
        ];
  return {
    $schema: SCHEMA,
    title: titleOf(
      options.title ?? 'Distribution of predicted customer value',
      options.subtitle ?? `${h.customers.toLocaleString('en-US')} customers; mean ${money(h.mean)}, median ${money(h.median)}${overflowNote}`,
    ),
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values: rows },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          x: { field: 'lower', type: 'quantitative', title: axisTitle, scale: { zero: false, nice: false } },
          x2: { field: 'upper' },
          y: { field: 'customers', type: 'quantitative', title: 'Customers' },
          y2: { datum: 0 },
          color: {
            field: 'overflow',
            type: 'nominal',
            scale: { domain: [false, true], range: [COLOR_MODEL, COLOR_ACCENT] },
            legend: null,
          },
          tooltip: [
            { field: 'label', title: 'Predicted CLV' },
            { field: 'customers', type: 'quantitative', title: 'Customers', format: ',' },
          ],
        },
      },
      ...overflowLabel,
    ],
    config: PLOT_CONFIG,
  };
}
