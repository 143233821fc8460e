import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from '../plots/render-svg.js';
import { escapeHtml, namespaceSvgIds } from './html.js';

/** Renders a spec into a `<figure>` with an inline SVG whose ids are unique in the page. */
export type FigureRenderer = (spec: TopLevelSpec, caption?: string) => Promise<string>;

/**
 * A renderer that numbers its figures (f1-, f2-, … id prefixes) and collects
 * Vega warnings instead of printing them. Internal to src/report.
 */
export function createFigureRenderer(warnings: string[]): FigureRenderer {
  let count = 0;
  return async (spec, caption) => {
    count++;
    const svg = await renderSvg(spec, { onWarning: (message) => warnings.push(`figure ${count}: ${message}`) });
    const body = namespaceSvgIds(svg, `f${count}-`).replace('<svg ', `<svg role="img" aria-label="${escapeHtml(titleText(spec))}" `);
    return `<figure>${body}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
  };
}

function titleText(spec: TopLevelSpec): string {
  const title = (spec as { title?: string | { text?: string | string[] } }).title;
  if (typeof title === 'string') return title;
  const text = title?.text;
  return Array.isArray(text) ? text.join(' ') : (text ?? 'plot');
}
