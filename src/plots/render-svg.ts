import type { Loader } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { ClvError } from '../errors.js';
import { withDejaVuMetrics } from './with-dejavu-metrics.js';

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /** Receives Vega / Vega-Lite warnings (the library never prints); default: ignore them. */
  readonly onWarning?: (message: string) => void;
}

/**
 * Renders a Vega-Lite spec to a standalone SVG string, server-side: Vega-Lite
 * compiles the spec to Vega, a headless Vega view (renderer 'none', no DOM,
 * no canvas) draws the scenegraph as SVG.
 *
 * No network: every clvkit spec carries its data inline, and the view gets a
 * loader that refuses to fetch anything, so a spec pointing at a URL fails
 * loudly instead of reaching out. There is no canvas to measure text, so
 * text is laid out with DejaVu Sans advance widths (the font of the PNGs and
 * the first choice of the plots' font stack).
 *
 * Example: `await renderSvg(periodTransactionsSpec(rows))` → `'<svg …>…</svg>'`.
 *
 * @throws ClvError when Vega-Lite or Vega reports an error (invalid spec, data URL).
 */
export async function renderSvg(spec: TopLevelSpec, options: RenderSvgOptions = {}): Promise<string> {
  // Vega and Vega-Lite load on first use, so importing clvkit stays cheap (and require()-able:
  // vega-canvas has a top-level await).
  const [{ View, Warn, parse }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const errors: string[] = [];
  const logger = collectingLogger(options.onWarning ?? (() => undefined), errors, Warn);
  let vegaSpec;
  try {
    vegaSpec = compile(spec, { logger }).spec;
  } catch (error) {
    throw new ClvError(`plot spec is invalid: ${(error as Error).message}`, { cause: error });
  }
  const view = new View(parse(vegaSpec), { renderer: 'none', loader: offlineLoader(), logger, logLevel: Warn });
  try {
    const svg = await withDejaVuMetrics(() => view.toSVG());
    if (errors.length > 0) throw new ClvError(`plot rendering failed: ${errors.join('; ')}`);
    return svg;
  } catch (error) {
    if (error instanceof ClvError) throw error;
    throw new ClvError(`plot rendering failed: ${(error as Error).message}`, { cause: error });
  } finally {
    view.finalize();
  }
}

function offlineLoader(): Loader {
  const refuse = (uri: string) =>
    Promise.reject(new ClvError(`plots render offline and carry their data inline; refusing to load "${uri}"`));
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse } as Loader;
}

/** The logger shape Vega and Vega-Lite accept (vega-util LoggerInterface). */
interface Logger {
  level(level?: number): number | Logger;
  error(...args: unknown[]): Logger;
  warn(...args: unknown[]): Logger;
  info(...args: unknown[]): Logger;
  debug(...args: unknown[]): Logger;
}

function collectingLogger(onWarning: (message: string) => void, errors: string[], warnLevel: number): Logger {
  let level = warnLevel;
  const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const logger: Logger = {
    level(next?: number) {
      if (next === undefined) return level;
      level = next;
      return logger;
    },
    error(...args) {
      errors.push(text(args));
      return logger;
    },
    warn(...args) {
      // Vega reports a failed data load as a warning and draws an empty plot; for us it is an error.
      if (String(args[0]).startsWith('Loading failed')) errors.push(text(args));
      else onWarning(text(args));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
