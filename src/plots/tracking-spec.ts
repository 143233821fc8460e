import type { TopLevelSpec } from 'vega-lite';
import type { RepeatTransactionTracking } from '../evaluate/repeat-transaction-tracking.js';
import { COLOR_MUTED, PLOT_CONFIG, PLOT_HEIGHT, PLOT_WIDTH, SCHEMA, SERIES_COLOR, SERIES_DASH, titleOf, type PlotTitle } from './plot-style.js';

/** Options of {@link trackingSpec}. */
export interface TrackingSpecOptions extends PlotTitle {
  /** 'cumulative' (FHL 2005, Fig. 2) or 'incremental' per period (Fig. 1). Default 'cumulative'. */
  readonly mode?: 'cumulative' | 'incremental';
}

/**
 * The tracking plot: repeat transactions of the whole cohort per period (or
 * cumulated), actual (solid) versus model (dashed), with the end of the
 * calibration period marked by a vertical rule (Fader, Hardie & Lee 2005,
 * Figs. 1–2). Input: {@link repeatTransactionTracking}.
 *
 * Data (inline, long form): `{ period, periodEnd (ISO date), series: 'Actual' | 'Model', transactions }`.
 *
 * Example: `trackingSpec(repeatTransactionTracking(log, curve, dates), { mode: 'incremental' })`.
 */
export function trackingSpec(tracking: RepeatTransactionTracking, options: TrackingSpecOptions = {}): TopLevelSpec {
  const mode = options.mode ?? 'cumulative';
  const actual = mode === 'cumulative' ? tracking.actualCumulative : tracking.actualIncremental;
  const model = mode === 'cumulative' ? tracking.modelCumulative : tracking.modelIncremental;
  const values: { period: number; periodEnd: string; series: string; transactions: number }[] = [];
  for (let k = 0; k < tracking.period.length; k++) {
    const periodEnd = new Date(tracking.periodEnd[k] * 86_400_000).toISOString().slice(0, 10);
    values.push({ period: tracking.period[k], periodEnd, series: 'Actual', transactions: actual[k] });
    values.push({ period: tracking.period[k], periodEnd, series: 'Model', transactions: model[k] });
  }
  const periodName = tracking.periodDays === 7 ? 'Week' : tracking.periodDays === 1 ? 'Day' : `Period (${tracking.periodDays} days)`;
  const calibrationEdge = tracking.calibrationPeriods + 0.5;
  return {
    $schema: SCHEMA,
    title: titleOf(
      options.title ?? (mode === 'cumulative' ? 'Cumulative repeat transactions' : `Repeat transactions per ${periodName.toLowerCase()}`),
      options.subtitle ?? 'Actual vs model for the whole customer cohort; dotted line = end of calibration',
    ),
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    layer: [
      {
        data: { values },
        mark: { type: 'line', strokeWidth: mode === 'cumulative' ? 2 : 1.5 },
        encoding: {
          x: { field: 'period', type: 'quantitative', title: periodName, scale: { nice: false, domainMin: 0 } },
          y: { field: 'transactions', type: 'quantitative', title: 'Repeat transactions' },
          color: SERIES_COLOR,
          strokeDash: SERIES_DASH,
          tooltip: [
            { field: 'period', type: 'quantitative', title: periodName },
            { field: 'periodEnd', title: 'Period ends' },
            { field: 'series', title: 'Series' },
            { field: 'transactions', type: 'quantitative', title: 'Repeat transactions', format: ',.1f' },
          ],
        },
      },
      {
        data: { values: [{ edge: calibrationEdge, label: 'end of calibration' }] },
        mark: { type: 'rule', strokeDash: [2, 3], color: COLOR_MUTED, strokeWidth: 1.5 },
        encoding: { x: { field: 'edge', type: 'quantitative' } },
      },
      {
        data: { values: [{ edge: calibrationEdge, label: 'end of calibration' }] },
        mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, dy: 4, color: '#555555', fontSize: 10 },
        encoding: { x: { field: 'edge', type: 'quantitative' }, y: { value: 0 }, text: { field: 'label' } },
      },
    ],
    config: PLOT_CONFIG,
  };
}
