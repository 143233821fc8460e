/** The self-contained HTML report. */
export { renderReport } from './render-report.js';
export type { ReportCustomers, ReportInput, ReportModel, ReportRun, ReportScoreEvaluation } from './report-input.js';
