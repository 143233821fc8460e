import { informationCriteria } from '../evaluate/information-criteria.js';
import { parameterIntervals } from '../evaluate/parameter-intervals.js';
import { modelTitle } from './collect-warnings.js';
import { formatInteger, formatNumber, formatPercent } from './format.js';
import { escapeHtml, facts, section, table } from './html.js';
import type { ReportModel } from './report-input.js';

/** What each parameter means, for readers who do not know the papers. */
const PARAMETER_MEANING: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  bgnbd: {
    r: 'shape of purchase-rate differences between customers',
    alpha: 'scale of purchase rates (in the time unit)',
    a: 'dropout: Beta shape a',
    b: 'dropout: Beta shape b',
  },
  'gamma-gamma': {
    p: 'shape of spend per transaction',
    q: 'shape of spend differences between customers',
    v: 'scale of spend differences (γ)',
  },
};

/**
 * One panel per fitted model: parameters with standard errors and 95%
 * log-scale intervals, fit statistics (LL, AIC, BIC), convergence
 * diagnostics, and plain-language implications (mean purchase rate, dropout
 * probability, mean spend). Internal to src/report.
 */
export function modelsSection(models: readonly ReportModel[] | undefined): string {
  if (!models || models.length === 0) return '';
  const panels = models.map((model) => {
    const intervals = parameterIntervals(model, 0.95);
    const meaning = PARAMETER_MEANING[model.kind] ?? {};
    const rows = intervals.map((p) => [
      p.name,
      { text: formatNumber(p.estimate, 4), className: '' },
      { text: formatNumber(p.standardError, 3) },
      { text: p.lower === null ? '–' : `${formatNumber(p.lower, 4)} – ${formatNumber(p.upper, 4)}` },
      meaning[p.name] ?? '',
    ]);
    const n = Math.max(1, model.provenance.customers);
    const ic = Number.isFinite(model.logLikelihood) ? informationCriteria(model.logLikelihood, model.paramNames.length, n) : null;
    const d = model.diagnostics;
    const diagnostics = [
      { label: 'Log-likelihood', value: formatNumber(model.logLikelihood, 7) },
      { label: 'AIC', value: ic ? formatNumber(ic.aic, 7) : '–' },
      { label: 'BIC', value: ic ? formatNumber(ic.bic, 7) : '–' },
      { label: 'Customers (n)', value: formatInteger(model.provenance.customers) },
      ...(model.provenance.patterns !== undefined ? [{ label: 'Distinct patterns', value: formatInteger(model.provenance.patterns) }] : []),
      { label: 'Converged', value: model.converged ? 'yes' : 'NO' },
      { label: 'Iterations', value: formatInteger(d.iterations) },
      { label: 'Max |gradient|', value: d.gradientNorm.toExponential(2) },
      { label: 'Hessian positive definite', value: d.hessianPositiveDefinite ? 'yes' : 'no' },
      { label: 'Penalty', value: formatNumber(d.penalizerCoef) },
      { label: 'Fit time', value: `${formatNumber(d.elapsedMs, 3)} ms` },
    ];
    const status = model.converged
      ? `<p><span class="ok">Converged.</span> ${escapeHtml(d.message)}</p>`
      : `<p><span class="bad">Did not converge.</span> ${escapeHtml(d.message)}</p>`;
    return `<div class="model"><h3>${escapeHtml(modelTitle(model.kind))}</h3>${status}${implications(model)}${table(
      ['Parameter', 'Estimate', 'Std. error', '95% interval', 'Meaning'],
      rows,
      { numeric: [1, 2, 3] },
    )}${facts(diagnostics)}</div>`;
  });
  return section(
    'models',
    'Models and fit',
    panels.join(''),
    'Parameter estimates by maximum likelihood. Intervals are 95% on the log scale, exp(ln θ ± 1.96·SE/θ), so they stay positive. Lower AIC/BIC is better when comparing models fitted to the same customers.',
  );
}

function implications(model: ReportModel): string {
  const p = model.params;
  const unit = model.timeUnit ?? 'unit';
  const lines: string[] = [];
  if (model.kind === 'bgnbd') {
    lines.push(`While active, the average customer buys ${formatNumber(p.r / p.alpha, 3)} times per ${unit}.`);
    lines.push(`After each purchase, the average customer stops buying with probability ${formatPercent(p.a / (p.a + p.b))}.`);
  }
  if (model.kind === 'gamma-gamma' && p.q > 1) {
    lines.push(`The average spend per transaction across customers is ${formatNumber((p.p * p.v) / (p.q - 1), 4)}.`);
  }
  return lines.length ? `<p>${lines.map(escapeHtml).join(' ')}</p>` : '';
}
