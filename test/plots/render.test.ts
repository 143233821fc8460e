import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { ClvError } from '../../src/errors.js';
import { renderPng, svgToPng } from '../../src/plots/render-png.js';
import { renderSvg } from '../../src/plots/render-svg.js';

const bars: TopLevelSpec = {
  data: { values: [{ a: 'x', b: 3 }, { a: 'y', b: 5 }] },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
};

/** PNG signature (ISO/IEC 15948, §5.2) and big-endian IHDR width/height at bytes 16–23. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect(Array.from(png.slice(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderSvg', () => {
  it('renderSvg(spec) draws one rect per bar into a standalone SVG', async () => {
    const svg = await renderSvg(bars);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.match(/role-mark[^"]*"/g)?.some((m) => m.includes('marks'))).toBe(true);
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(2);
  });

  it('renderSvg(spec) refuses to fetch data from a URL', async () => {
    const remote = { ...bars, data: { url: 'https://example.com/data.json' } } as TopLevelSpec;
    await expect(renderSvg(remote)).rejects.toThrow(ClvError);
  });

  it('renderSvg(spec) reports warnings to onWarning instead of printing them', async () => {
    const warnings: string[] = [];
    const bad = { ...bars, encoding: { ...bars.encoding, color: { field: 'a', type: 'quantitative', scale: { type: 'band' } } } } as TopLevelSpec;
    await renderSvg(bad, { onWarning: (m) => warnings.push(m) });
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('renderSvg(spec) lays out text with DejaVu Sans widths, not the 0.8 em guess', async () => {
    const title = 'Mmmmmmmmmmmmmmmmmmmm iiiiiiiiiiiiiiiiiiii'; // 41 characters
    const svg = await renderSvg({ ...bars, width: 50, title: { text: title, fontSize: 20 } } as TopLevelSpec);
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    // DejaVu Sans: 20·(863 + 19·974 + 318 + 20·278)/1000 ≈ 506 px; Vega's fallback would say 0.8·41·20 = 656 px.
    expect(width).toBeGreaterThan(500);
    expect(width).toBeLessThan(600);
  });

  it('renderSvg(spec) leaves Vega\'s own text measure in place afterwards, also after overlapping renders', async () => {
    const metrics = (vega as unknown as { textMetrics: { width: unknown } }).textMetrics;
    const before = metrics.width;
    await Promise.all([renderSvg(bars), renderSvg(bars), renderSvg({ ...bars, title: 'x' } as TopLevelSpec)]);
    expect(metrics.width).toBe(before);
  });
});

describe('renderPng', () => {
  it('renderPng(spec, { scale }) returns a PNG scale times the SVG size', async () => {
    const svg = await renderSvg(bars);
    const w = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const h = Number(/height="(\d+)"/.exec(svg)?.[1]);
    const size = pngSize(await renderPng(bars, { scale: 2 }));
    expect(size).toEqual({ width: 2 * w, height: 2 * h });
  });

  it('svgToPng(svg) throws instead of dropping text when no font file exists', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="1" y="9">a</text></svg>';
    expect(() => svgToPng(svg, { fontFiles: ['/nonexistent/font.ttf'] })).toThrow(/font/);
    // Without text no font is needed.
    expect(pngSize(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', { fontFiles: [], scale: 1 }))).toEqual({ width: 10, height: 10 });
  });
});
