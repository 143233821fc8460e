/**
 * Plots as Vega-Lite specs (pure builders with inline data) and offline
 * rendering to SVG (Vega, no DOM) and PNG (resvg).
 */
export { calibrationSpec } from './calibration-spec.js';
export { conditionalExpectationsSpec } from './conditional-expectations-spec.js';
export { frequencyRecencyGrid, type FrequencyRecencyGrid, type FrequencyRecencyGridOptions } from './frequency-recency-grid.js';
export { frequencyRecencyMatrixSpec, type FrequencyRecencyMatrixOptions } from './frequency-recency-matrix-spec.js';
export { histogramBins, type HistogramBins, type HistogramBinsOptions } from './histogram-bins.js';
export { ltvDistributionSpec, type LtvDistributionOptions } from './ltv-distribution-spec.js';
export { periodTransactionsSpec } from './period-transactions-spec.js';
export type { PlotTitle } from './plot-style.js';
export { renderPng, svgToPng, type RenderPngOptions } from './render-png.js';
export { renderSvg, type RenderSvgOptions } from './render-svg.js';
export { rocSpec } from './roc-spec.js';
export { trackingSpec, type TrackingSpecOptions } from './tracking-spec.js';
export { valueConcentrationSpec } from './value-concentration-spec.js';
