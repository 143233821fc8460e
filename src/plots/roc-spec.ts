import type { TopLevelSpec } from 'vega-lite';
import type { RocCurve } from '../evaluate/roc-curve.js';
import { COLOR_MODEL, COLOR_MUTED, PLOT_CONFIG, PLOT_HEIGHT, SCHEMA, titleOf, type PlotTitle } from './plot-style.js';

/** Most points kept in the inline data; beyond this the curve is thinned evenly (ends kept). */
const MAX_POINTS = 400;

/**
 * ROC curve of a churn (or any binary) score with the chance diagonal and the
 * AUC in the subtitle. Input: {@link rocCurve}. A curve with more than 400
 * thresholds is thinned to 400 evenly spaced points (first and last kept) so
 * the inline data stay small; the AUC shown is the exact one.
 *
 * Data: `{ falsePositiveRate, truePositiveRate, threshold }`.
 *
 * Example: `rocSpec(rocCurve(churnProbability, churned))`.
 */
export function rocSpec(roc: RocCurve, titles: PlotTitle = {}): TopLevelSpec {
  const total = roc.falsePositiveRate.length;
  const step = Math.max(1, (total - 1) / (MAX_POINTS - 1));
  const points: { falsePositiveRate: number; truePositiveRate: number; threshold: number | null }[] = [];
  for (let k = 0; k < Math.min(total, MAX_POINTS); k++) {
    const j = total <= MAX_POINTS ? k : Math.round(k * step);
    points.push({
      falsePositiveRate: roc.falsePositiveRate[j],
      truePositiveRate: roc.truePositiveRate[j],
      threshold: Number.isFinite(roc.threshold[j]) ? roc.threshold[j] : null,
    });
  }
  const size = PLOT_HEIGHT + 40;
  return {
    $schema: SCHEMA,
    title: titleOf(
      titles.title ?? 'ROC curve',
      titles.subtitle ?? `AUC ${roc.auc.toFixed(3)} (${roc.positives.toLocaleString('en-US')} positives, ${roc.negatives.toLocaleString('en-US')} negatives); dashed = chance`,
    ),
    width: size,
    height: size,
    layer: [
      {
        data: { values: [{ falsePositiveRate: 0, truePositiveRate: 0 }, { falsePositiveRate: 1, truePositiveRate: 1 }] },
        mark: { type: 'line', color: COLOR_MUTED, strokeDash: [4, 4], strokeWidth: 1 },
        encoding: {
          x: { field: 'falsePositiveRate', type: 'quantitative' },
          y: { field: 'truePositiveRate', type: 'quantitative' },
        },
      },
      {
        data: { values: points },
        mark: { type: 'line', color: COLOR_MODEL, strokeWidth: 2.5 },
        encoding: {
          x: { field: 'falsePositiveRate', type: 'quantitative', title: 'False-positive rate', scale: { domain: [0, 1] } },
          y: { field: 'truePositiveRate', type: 'quantitative', title: 'True-positive rate', scale: { domain: [0, 1] } },
          order: { field: 'falsePositiveRate', type: 'quantitative' },
          tooltip: [
            { field: 'threshold', type: 'quantitative', title: 'Score ≥', format: '.3f' },
            { field: 'falsePositiveRate', type: 'quantitative', title: 'FPR', format: '.3f' },
            { field: 'truePositiveRate', type: 'quantitative', title: 'TPR', format: '.3f' },
          ],
        },
      },
    ],
    config: PLOT_CONFIG,
  };
}
