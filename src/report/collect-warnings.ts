import type { ReportInput } from './report-input.js';

/**
 * Everything a reader must not miss, gathered from the input itself: fits
 * that did not converge or have no standard errors, a Gamma-Gamma model
 * whose mean spend does not exist, the frequency–spend correlation warning,
 * rejected rows — plus the caller's own warnings. Internal to src/report.
 */
export function collectWarnings(input: ReportInput): string[] {
  const warnings = [...(input.warnings ?? [])];
  for (const model of input.models ?? []) {
    const name = modelTitle(model.kind);
    if (!model.converged) warnings.push(`${name}: the fit did not converge (${model.diagnostics.message}). Its predictions may be unreliable.`);
    if (!model.standardErrors) warnings.push(`${name}: the Hessian was not positive definite, so there are no standard errors or confidence intervals.`);
    if (model.provenance.data?.meanSpendFinite === 'no (q ≤ 1)') {
      warnings.push(`${name}: q ≤ 1, so the population mean spend is infinite; spend predictions for customers without repeat purchases are not meaningful.`);
    }
  }
  const correlationWarning = input.evaluation?.spend?.correlation.warning;
  if (correlationWarning) warnings.push(correlationWarning);
  const rejected = input.run?.rejectedRows ?? 0;
  if (rejected > 0) warnings.push(`${rejected.toLocaleString('en-US')} input rows were rejected as invalid (see the rejects file of the run).`);
  return warnings;
}

/** Human name of a model kind. */
export function modelTitle(kind: string): string {
  switch (kind) {
    case 'bgnbd':
      return 'BG/NBD purchase model';
    case 'gamma-gamma':
      return 'Gamma-Gamma spend model';
    case 'pareto-nbd':
      return 'Pareto/NBD purchase model';
    default:
      return `${kind} model`;
  }
}
