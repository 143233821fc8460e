import { calibrationCurve } from '../evaluate/calibration-curve.js';
import { rocCurve } from '../evaluate/roc-curve.js';
import { calibrationSpec } from '../plots/calibration-spec.js';
import { rocSpec } from '../plots/roc-spec.js';
import type { FigureRenderer } from './figure-renderer.js';
import { escapeHtml, section } from './html.js';
import type { ReportScoreEvaluation } from './report-input.js';

/** ROC and calibration of binary scores (e.g. churn) against outcomes. Internal to src/report. */
export async function scoreEvaluationSection(evaluations: readonly ReportScoreEvaluation[] | undefined, figure: FigureRenderer): Promise<string> {
  if (!evaluations || evaluations.length === 0) return '';
  const parts: string[] = [];
  for (const e of evaluations) {
    let positives = 0;
    for (let i = 0; i < e.labels.length; i++) positives += e.labels[i] === 1 ? 1 : 0;
    const figures: string[] = [];
    if (positives > 0 && positives < e.labels.length) {
      figures.push(await figure(rocSpec(rocCurve(e.scores, e.labels), { title: `${e.title}: ROC` })));
    }
    figures.push(await figure(calibrationSpec(calibrationCurve(e.scores, e.labels), { title: `${e.title}: calibration` })));
    parts.push(`<h3>${escapeHtml(e.title)}</h3>${e.description ? `<p>${escapeHtml(e.description)}</p>` : ''}<div class="figures">${figures.join('')}</div>`);
  }
  return section('scores', 'Churn and activity scores', parts.join(''), 'How well each score separates customers who did from those who did not (ROC; AUC 0.5 = chance, 1 = perfect) and whether its probabilities can be taken at face value (calibration).');
}
