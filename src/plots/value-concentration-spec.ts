import type { TopLevelSpec } from 'vega-lite';
import type { ValueConcentration } from '../evaluate/value-concentration.js';
import { COLOR_ACCENT, COLOR_MODEL, COLOR_MUTED, PLOT_CONFIG, PLOT_HEIGHT, SCHEMA, titleOf, type PlotTitle } from './plot-style.js';

/**
 * Value concentration (cumulative gains) curve: customers ranked from most to
 * least valuable on x, share of total predicted value they hold on y, with
 * the equal-value diagonal and the top-10% and top-20% shares marked
 * ("the top 20% of customers hold 61% of the value"). Input:
 * {@link valueConcentration}.
 *
 * Data: layer 1 `{ customerShare, valueShare }` (the curve), layer 2 the
 * diagonal, layer 3 `{ customerShare, valueShare, label }` for the marked shares.
 *
 * Example: `valueConcentrationSpec(valueConcentration(clv))`.
 */
export function valueConcentrationSpec(concentration: ValueConcentration, titles: PlotTitle = {}): TopLevelSpec {
  const curve = Array.from(concentration.customerShare, (q, j) => ({ customerShare: q, valueShare: concentration.valueShare[j] }));
  const marks = concentration.top
    .filter((t) => t.customerShare === 0.1 || t.customerShare === 0.2)
    .map((t) => ({
      customerShare: t.customerShare,
      valueShare: t.valueShare,
      label: `top ${Math.round(t.customerShare * 100)}% → ${Math.round(t.valueShare * 100)}% of value`,
    }));
  const size = PLOT_HEIGHT + 40;
  return {
    $schema: SCHEMA,
    title: titleOf(
      titles.title ?? 'Concentration of predicted value',
      titles.subtitle ?? `Share of total value held by the most valuable customers (Gini ${concentration.gini.toFixed(2)})`,
    ),
    width: size,
    height: size,
    layer: [
      {
        data: { values: [{ customerShare: 0, valueShare: 0 }, { customerShare: 1, valueShare: 1 }] },
        mark: { type: 'line', color: COLOR_MUTED, strokeDash: [4, 4], strokeWidth: 1 },
        encoding: {
          x: { field: 'customerShare', type: 'quantitative' },
          y: { field: 'valueShare', type: 'quantitative' },
        },
      },
      {
        data: { values: curve },
        mark: { type: 'line', color: COLOR_MODEL, strokeWidth: 2.5 },
        encoding: {
          x: {
            field: 'customerShare',
            type: 'quantitative',
            title: 'Share of customers (most valuable first)',
            axis: { format: '.0%' },
            scale: { domain: [0, 1] },
          },
          y: { field: 'valueShare', type: 'quantitative', title: 'Share of predicted value', axis: { format: '.0%' }, scale: { domain: [0, 1] } },
          tooltip: [
            { field: 'customerShare', type: 'quantitative', title: 'Top customers', format: '.1%' },
            { field: 'valueShare', type: 'quantitative', title: 'Share of value', format: '.1%' },
          ],
        },
      },
      {
        data: { values: marks },
        mark: { type: 'point', filled: true, size: 60, color: COLOR_ACCENT },
        encoding: { x: { field: 'customerShare', type: 'quantitative' }, y: { field: 'valueShare', type: 'quantitative' } },
      },
      {
        data: { values: marks },
        mark: { type: 'text', align: 'left', dx: 8, dy: 8, color: '#333333', fontSize: 11 },
        encoding: { x: { field: 'customerShare', type: 'quantitative' }, y: { field: 'valueShare', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
    config: PLOT_CONFIG,
  };
}
