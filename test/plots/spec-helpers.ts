import { expect } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from '../../src/plots/render-svg.js';

type Row = Record<string, unknown>;

/** Inline data of a single-view spec, or of layer `layer`. */
export function inlineData(spec: TopLevelSpec, layer?: number): Row[] {
  const s = spec as { data?: { values?: Row[] }; layer?: { data?: { values?: Row[] } }[] };
  const data = layer === undefined ? s.data : s.layer?.[layer]?.data;
  expect(data?.values, 'inline data').toBeDefined();
  return data?.values ?? [];
}

/** Renders the spec and fails on any Vega/Vega-Lite warning; returns the SVG. */
export async function renderWithoutWarnings(spec: TopLevelSpec): Promise<string> {
  const warnings: string[] = [];
  const svg = await renderSvg(spec, { onWarning: (m) => warnings.push(m) });
  expect(warnings).toEqual([]);
  return svg;
}

/** Number of mark items of a given ARIA role description ("bar", "rect", "line", "point" …). */
export function countMarks(svg: string, role: string): number {
  return svg.match(new RegExp(`aria-roledescription="${role}"`, 'g'))?.length ?? 0;
}
