import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';
import { ClvError } from '../errors.js';
import { renderSvg, type RenderSvgOptions } from './render-svg.js';

/** Where Debian's fonts-dejavu-core (and most Linux distributions) keep DejaVu Sans. */
const DEFAULT_FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf',
];

/** Folders whose presence means the system has fonts resvg can scan. */
const SYSTEM_FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', '/System/Library/Fonts', '/Library/Fonts', 'C:\\Windows\\Fonts'];

/** Options of {@link renderPng} and {@link svgToPng}. */
export interface RenderPngOptions extends RenderSvgOptions {
  /** Pixel density: 1 = one pixel per SVG unit; default 2 (sharp on high-DPI screens and slides). */
  readonly scale?: number;
  /** Font files (TTF/OTF) to draw text with; default: DejaVu Sans from the usual system paths, plus system fonts. */
  readonly fontFiles?: readonly string[];
}

/**
 * Renders a Vega-Lite spec to PNG bytes: {@link renderSvg}, then rasterised by
 * resvg (@resvg/resvg-js, a prebuilt Rust binary — no browser, no canvas).
 *
 * Example: `writeFileSync('tracking.png', await renderPng(spec, { scale: 2 }))`.
 *
 * @throws ClvError when rendering fails or the plot has text but no font can be found.
 */
export async function renderPng(spec: TopLevelSpec, options: RenderPngOptions = {}): Promise<Uint8Array> {
  return svgToPng(await renderSvg(spec, options), options);
}

/**
 * Rasterises an SVG string with resvg. resvg draws no text without a font
 * file and says nothing about it, so when the SVG has text and none of the
 * candidate fonts (nor a system font folder) exists this throws instead of producing a plot without
 * labels (install Debian's fonts-dejavu-core, or pass `fontFiles`).
 *
 * Example: `svgToPng('<svg …/>', { scale: 1 })`.
 */
export function svgToPng(svg: string, options: Pick<RenderPngOptions, 'scale' | 'fontFiles'> = {}): Uint8Array {
  const scale = options.scale ?? 2;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new ClvError(`svgToPng: scale must be > 0, got ${scale}`);
  const fontFiles = (options.fontFiles ?? DEFAULT_FONT_FILES).filter((file) => existsSync(file));
  const systemFonts = options.fontFiles === undefined && SYSTEM_FONT_DIRS.some((dir) => existsSync(dir));
  if (fontFiles.length === 0 && !systemFonts && /<text[\s>]/.test(svg)) {
    throw new ClvError(
      'no font file found to draw plot text with: install fonts-dejavu-core (Debian/Ubuntu) or pass fontFiles',
    );
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles,
      loadSystemFonts: systemFonts,
      ...(fontFiles.length > 0 && options.fontFiles === undefined
        ? { defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
        : {}),
    },
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}
