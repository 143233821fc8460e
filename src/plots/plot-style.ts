/**
 * The look shared by every clvkit plot: one place for sizes, colours and
 * fonts so the report reads as one document. Internal (not re-exported).
 */
import type { TopLevelSpec } from 'vega-lite';

export const PLOT_WIDTH = 560;
export const PLOT_HEIGHT = 300;

/** Actual data in near-black, the model in blue, highlights in orange (readable in greyscale too). */
export const COLOR_ACTUAL = '#2b2b2b';
export const COLOR_MODEL = '#1f6fb4';
export const COLOR_ACCENT = '#d9480f';
export const COLOR_MUTED = '#9aa5b1';

/** DejaVu Sans first: it is what @resvg/resvg-js finds on Debian (fonts-dejavu-core) for PNG output. */
/** Colour by the 'series' field: actual (dark) vs model (blue), the same in every actual-vs-model plot. */
export const SERIES_COLOR = {
  field: 'series',
  type: 'nominal',
  title: null,
  scale: { domain: ['Actual', 'Model'], range: [COLOR_ACTUAL, COLOR_MODEL] },
} as const;

/** Solid actual, dashed model lines (readable in greyscale too). */
export const SERIES_DASH = {
  field: 'series',
  type: 'nominal',
  title: null,
  scale: { domain: ['Actual', 'Model'], range: [[1, 0], [6, 4]] },
} as const;

export const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Vega-Lite config applied to every spec. */
export const PLOT_CONFIG: NonNullable<TopLevelSpec['config']> = {
  font: FONT,
  background: 'white',
  padding: 8,
  view: { stroke: null },
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    titleColor: '#333333',
    labelColor: '#333333',
    gridColor: '#e6e6e6',
    domainColor: '#888888',
    // Centre the end labels on their ticks (Vega's default pushes them inwards, so "0%" seems misplaced).
    labelFlush: false,
    tickColor: '#888888',
  },
  legend: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', orient: 'top-left' },
  title: { fontSize: 14, fontWeight: 'bold', anchor: 'start', subtitleFontSize: 11, subtitleColor: '#555555', offset: 10 },
};

/** Titles of a plot: a headline and an optional explanatory subtitle. */
export interface PlotTitle {
  readonly title?: string;
  readonly subtitle?: string;
}

/** Vega-Lite title object (subtitle only when given). */
export function titleOf(title: string, subtitle?: string): { text: string; subtitle?: string } {
  return subtitle ? { text: title, subtitle } : { text: title };
}

/** JSON-safe number for inline data: NaN and ±∞ become null (Vega treats null as missing). */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
