import type { TopLevelSpec } from 'vega-lite';
import type { TimeUnit } from '../data/time-unit.js';
import type { FrequencyRecencyGrid } from './frequency-recency-grid.js';
import { PLOT_CONFIG, PLOT_HEIGHT, PLOT_WIDTH, SCHEMA, finiteOrNull, titleOf, type PlotTitle } from './plot-style.js';

/** Options of {@link frequencyRecencyMatrixSpec}. */
export interface FrequencyRecencyMatrixOptions extends PlotTitle {
  /** What the grid holds: expected purchases over `horizon`, or the probability of being alive. */
  readonly quantity: 'expected-purchases' | 'probability-alive';
  /** Time unit of T, t_x and the horizon. */
  readonly unit: TimeUnit;
  /** Forecast horizon of 'expected-purchases', for the titles. */
  readonly horizon?: number;
}

/**
 * Heatmap of a model quantity over frequency (rows) and recency (columns) for
 * customers of age T — the "frequency/recency matrix" of expected purchases or
 * of P(alive). It shows the BTYD logic at a glance: a frequent buyer who has
 * not bought for a long time (high x, low t_x) is probably gone.
 * Input: {@link frequencyRecencyGrid}.
 *
 * Data (inline): one row per cell `{ frequency, recency, recencyStart, recencyEnd, value }`,
 * cells spanning recency ± half a cell (clipped to [0, T], overlapping the
 * next cell by a sliver so no hairline gaps show).
 *
 * Example: `frequencyRecencyMatrixSpec(grid, { quantity: 'probability-alive', unit: 'week' })`.
 */
export function frequencyRecencyMatrixSpec(grid: FrequencyRecencyGrid, options: FrequencyRecencyMatrixOptions): TopLevelSpec {
  const { recency, frequency, values, T } = grid;
  const half = T / recency.length / 2;
  const cells: { frequency: number; recency: number; recencyStart: number; recencyEnd: number; value: number | null }[] = [];
  for (let i = 0; i < frequency.length; i++) {
    for (let j = 0; j < recency.length; j++) {
      cells.push({
        frequency: frequency[i],
        recency: recency[j],
        recencyStart: Math.max(0, recency[j] - half),
        // A sliver of overlap with the next cell: abutting rects leave antialiasing hairlines.
        recencyEnd: Math.min(T, recency[j] + half * 1.2),
        value: finiteOrNull(values[i * recency.length + j]),
      });
    }
  }
  const unit = options.unit;
  const tText = `${formatNumber(T)} ${unit}s`;
  const isAlive = options.quantity === 'probability-alive';
  const horizonText = options.horizon !== undefined ? ` in the next ${formatNumber(options.horizon)} ${unit}s` : '';
  const valueTitle = isAlive ? 'P(alive)' : `Expected purchases${horizonText}`;
  const maxFrequency = frequency[frequency.length - 1];
  return {
    $schema: SCHEMA,
    title: titleOf(
      options.title ?? (isAlive ? 'Probability a customer is still active' : `Expected purchases${horizonText}`),
      options.subtitle ?? `By repeat purchases (x) and time of last purchase (t_x), for customers first seen ${tText} ago`,
    ),
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values: cells },
    transform: [
      { calculate: 'datum.frequency - 0.5', as: 'frequencyStart' },
      { calculate: 'datum.frequency + 0.6', as: 'frequencyEnd' },
    ],
    // No per-cell ARIA labels: ~900 cells would add ~300 KB of text to every SVG.
    mark: { type: 'rect', aria: false, clip: true },
    encoding: {
      x: {
        field: 'recencyStart',
        type: 'quantitative',
        title: `Recency t_x: ${unit}s from first to last purchase`,
        scale: { domain: [0, T], nice: false, zero: true },
      },
      x2: { field: 'recencyEnd' },
      y: {
        field: 'frequencyStart',
        type: 'quantitative',
        title: 'Repeat purchases x',
        scale: { domain: [-0.5, maxFrequency + 0.5], nice: false, zero: false },
        axis: { values: Array.from(frequency).filter((x) => maxFrequency <= 12 || x % 2 === 0), format: 'd' },
      },
      y2: { field: 'frequencyEnd' },
      color: {
        field: 'value',
        type: 'quantitative',
        title: isAlive ? 'P(alive)' : 'Expected purchases',
        scale: isAlive ? { domain: [0, 1], scheme: 'viridis' } : { scheme: 'blues', zero: true },
        legend: { orient: 'right', gradientLength: PLOT_HEIGHT - 40, format: isAlive ? '.0%' : '.2~f' },
      },
      tooltip: [
        { field: 'frequency', type: 'quantitative', title: 'x' },
        { field: 'recency', type: 'quantitative', title: 't_x', format: '.2f' },
        { field: 'value', type: 'quantitative', title: valueTitle, format: isAlive ? '.1%' : '.3f' },
      ],
    },
    config: PLOT_CONFIG,
  };
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
