import type { TopLevelSpec } from 'vega-lite';
import type { CalibrationCurve } from '../evaluate/calibration-curve.js';
import { COLOR_MODEL, COLOR_MUTED, PLOT_CONFIG, PLOT_HEIGHT, SCHEMA, titleOf, type PlotTitle } from './plot-style.js';

/**
 * Reliability diagram: mean predicted probability per bin (x) against the
 * observed rate (y), point area proportional to the bin's customers, and the
 * diagonal of perfect calibration; Brier score and ECE in the subtitle.
 * Input: {@link calibrationCurve}.
 *
 * Data: `{ meanPredicted, observedRate, count, lower, upper }`, one row per bin.
 *
 * Example: `calibrationSpec(calibrationCurve(churnProbability, churned))`.
 */
export function calibrationSpec(curve: CalibrationCurve, titles: PlotTitle = {}): TopLevelSpec {
  const bins = curve.bins.map((b) => ({ ...b }));
  const size = PLOT_HEIGHT + 40;
  return {
    $schema: SCHEMA,
    title: titleOf(
      titles.title ?? 'Calibration of predicted probabilities',
      titles.subtitle ??
        `Brier score ${curve.brierScore.toFixed(3)}, expected calibration error ${curve.expectedCalibrationError.toFixed(3)}; dashed = perfect`,
    ),
    width: size,
    height: size,
    layer: [
      {
        data: { values: [{ meanPredicted: 0, observedRate: 0 }, { meanPredicted: 1, observedRate: 1 }] },
        mark: { type: 'line', color: COLOR_MUTED, strokeDash: [4, 4], strokeWidth: 1 },
        encoding: {
          x: { field: 'meanPredicted', type: 'quantitative' },
          y: { field: 'observedRate', type: 'quantitative' },
        },
      },
      {
        data: { values: bins },
        encoding: {
          x: { field: 'meanPredicted', type: 'quantitative', title: 'Mean predicted probability', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
          y: { field: 'observedRate', type: 'quantitative', title: 'Observed rate', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
          tooltip: [
            { field: 'lower', type: 'quantitative', title: 'Scores from', format: '.3f' },
            { field: 'upper', type: 'quantitative', title: 'to', format: '.3f' },
            { field: 'meanPredicted', type: 'quantitative', title: 'Mean predicted', format: '.3f' },
            { field: 'observedRate', type: 'quantitative', title: 'Observed', format: '.3f' },
            { field: 'count', type: 'quantitative', title: 'Customers', format: ',' },
          ],
        },
        layer: [
          { mark: { type: 'line', color: COLOR_MODEL, strokeWidth: 1.5 } },
          {
            mark: { type: 'point', filled: true, color: COLOR_MODEL, opacity: 0.85 },
            encoding: { size: { field: 'count', type: 'quantitative', title: 'Customers', scale: { range: [30, 300] }, legend: { orient: 'right' } } },
          },
        ],
      },
    ],
    config: PLOT_CONFIG,
  };
}
