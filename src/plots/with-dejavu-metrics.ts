import { dejaVuTextWidth } from './text-width.js';

/** The part of vega-scenegraph's (untyped) `textMetrics` object used here. */
interface VegaTextMetrics {
  width: (item: VegaTextItem, text: unknown) => number;
}

interface VegaTextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

let active = 0;
let saved: VegaTextMetrics['width'] | undefined;

function dejaVuWidth(item: VegaTextItem, text: unknown): number {
  const line = text == null ? '' : String(text).trim();
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || Number(weight) >= 600;
  const width = dejaVuTextWidth(line, item.fontSize ?? 11, bold);
  // Vega truncates text longer than `limit` to fit; the drawn width is then at most the limit.
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/**
 * Runs `render` with Vega measuring text in DejaVu Sans (see text-width.ts),
 * then restores Vega's own measure. Vega keeps the measure in a module-level
 * object (the hook vl-convert uses too); a counter keeps overlapping renders
 * from restoring it while another is still laying out.
 */
export async function withDejaVuMetrics<T>(render: () => Promise<T>): Promise<T> {
  const vega = await import('vega'); // loaded on first use, as in renderSvg
  const metrics = (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics;
  if (active === 0) {
    saved = metrics.width;
    metrics.width = dejaVuWidth;
  }
  active++;
  try {
    return await render();
  } finally {
    active--;
    if (active === 0 && saved) {
      metrics.width = saved;
      saved = undefined;
    }
  }
}
