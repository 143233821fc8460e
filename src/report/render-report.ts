import { CLVKIT_VERSION } from '../version.js';
import { collectWarnings } from './collect-warnings.js';
import { createFigureRenderer } from './figure-renderer.js';
import { escapeHtml, section } from './html.js';
import { modelsSection } from './models-section.js';
import type { ReportInput } from './report-input.js';
import { REPORT_CSS } from './report-style.js';
import { scoreEvaluationSection } from './score-evaluation-section.js';
import { cacSection, segmentsSection } from './segments-section.js';
import { summarySection } from './summary-section.js';
import { topCustomersSection } from './top-customers-section.js';
import { validationSection } from './validation-section.js';
import { valueSection } from './value-section.js';

const GLOSSARY: readonly [string, string][] = [
  ['Repeat purchases (frequency, x)', 'Purchase days after the first one, in the calibration period.'],
  ['Recency (t_x)', 'Time from the first to the last purchase; age (T): time from the first purchase to the end of the calibration period.'],
  ['P(alive)', 'Probability that the customer has not silently left (BG/NBD model). Customers never announce that they leave; the model infers it from long silences.'],
  ['Expected purchases', 'Purchases the model expects from the customer over the horizon, given their history.'],
  ['Predicted CLV', 'Expected margin from future purchases over the horizon, discounted to today: purchases × spend per purchase × margin.'],
  ['CAC ceiling', 'Highest acquisition cost that still meets the target LTV : CAC ratio and the payback period.'],
  ['Calibration / holdout', 'The model is fitted on the calibration period and checked against the later holdout period it has not seen.'],
  ['AIC / BIC', 'Fit penalised for the number of parameters; lower is better, only comparable on the same data.'],
];

/**
 * Renders a self-contained HTML report: one file with inline CSS and inline
 * SVG plots, no scripts, fonts or network requests, readable by marketers
 * (headline numbers, plain-language captions, glossary) and data scientists
 * (parameters with intervals, LL/AIC/BIC, convergence, holdout diagnostics).
 *
 * Sections appear only when their input is given: summary (`run`,
 * `customers`, `cac`), warnings (collected from the models and evaluation
 * too), models, holdout validation (`evaluation`), customer value
 * (`customers.clv`; P(alive)/purchases matrices with a BG/NBD model and
 * `customers.T`), segments, CAC ceilings, score evaluations, top customers,
 * extra figures, notes. Output is deterministic for a given input (no clock
 * is read; pass `generatedAt` to show one).
 *
 * Async because Vega renders SVG asynchronously.
 *
 * Example: `writeFileSync('report.html', await renderReport({ run, models: [bgnbd, gg], evaluation, customers }))`.
 */
export async function renderReport(input: ReportInput): Promise<string> {
  const plotWarnings: string[] = [];
  const figure = createFigureRenderer(plotWarnings);
  const parts: { id: string; title: string; html: string }[] = [];
  const add = (id: string, title: string, html: string) => {
    if (html) parts.push({ id, title, html });
  };
  add('summary', 'Summary', summarySection(input));
  add('models', 'Models', modelsSection(input.models));
  add('validation', 'Validation', await validationSection(input.evaluation, figure, input.currency));
  add('value', 'Value', await valueSection(input, figure));
  add('segments', 'Segments', segmentsSection(input));
  add('cac', 'CAC', cacSection(input));
  add('scores', 'Scores', await scoreEvaluationSection(input.scoreEvaluations, figure));
  add('top-customers', 'Top customers', topCustomersSection(input));
  if (input.extraFigures?.length) {
    const extra: string[] = [];
    for (const f of input.extraFigures) extra.push(await figure(f.spec, f.caption));
    add('more', 'More', section('more', 'More plots', `<div class="figures">${extra.join('')}</div>`));
  }
  const notes = [...(input.notes ?? [])];
  const glossary = `<dl class="glossary">${GLOSSARY.map(([term, meaning]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(meaning)}</dd>`).join('')}</dl>`;
  const notesHtml = notes.length ? `<ul>${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '';
  add('notes', 'Notes', section('notes', 'Notes and glossary', notesHtml + glossary));

  const warnings = [...collectWarnings(input), ...plotWarnings];
  const warningsHtml = warnings.length
    ? `<div class="warnings" role="alert"><h2 id="warnings">Warnings</h2><ul>${warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></div>`
    : '';
  const title = input.title ?? 'Customer lifetime value report';
  const subtitleBits = [input.subtitle, input.run?.dataSource, input.generatedAt ? `generated ${input.generatedAt}` : undefined].filter(Boolean);
  const toc = `<nav class="toc" aria-label="Contents">${parts.map((p) => `<a href="#${p.id}">${escapeHtml(p.title)}</a>`).join('')}</nav>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="clvkit ${escapeHtml(CLVKIT_VERSION)}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header class="report-header"><h1>${escapeHtml(title)}</h1>${subtitleBits.length ? `<p class="subtitle">${subtitleBits.map(escapeHtml).join(' · ')}</p>` : ''}${toc}</header>
${warningsHtml}
${parts.map((p) => p.html).join('\n')}
<footer>Made with clvkit ${escapeHtml(CLVKIT_VERSION)}: BG/NBD (Fader, Hardie &amp; Lee 2005) and Gamma-Gamma (Fader, Hardie &amp; Lee 2005; Fader &amp; Hardie 2013) models. This file is self-contained: it loads nothing from the network.</footer>
</main>
</body>
</html>
`;
}
