/** The plots `clv plot` can draw (kept apart from the spec builders so listing them loads no Vega). */
export const RUN_PLOT_KINDS = [
  'frequency-recency',
  'p-alive',
  'period-transactions',
  'calibration-holdout',
  'tracking-cumulative',
  'tracking-incremental',
  'ltv-distribution',
  'value-concentration',
  'churn-roc',
  'churn-calibration',
] as const;
export type RunPlotKind = (typeof RUN_PLOT_KINDS)[number];
