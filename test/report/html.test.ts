import { describe, expect, it } from 'vitest';
import { escapeHtml, namespaceSvgIds, table } from '../../src/report/html.js';

describe('escapeHtml', () => {
  it('escapeHtml(s) neutralises the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('namespaceSvgIds', () => {
  it('namespaceSvgIds(svg, prefix) renumbers ids in order of appearance and rewrites their references', () => {
    const svg = '<svg><clipPath id="clip7"/><linearGradient id="gradient_42"/><path clip-path="url(#clip7)" fill="url(#gradient_42)"/><use href="#clip7"/></svg>';
    expect(namespaceSvgIds(svg, 'f3-')).toBe(
      '<svg><clipPath id="f3-1"/><linearGradient id="f3-2"/><path clip-path="url(#f3-1)" fill="url(#f3-2)"/><use href="#f3-1"/></svg>',
    );
  });
});

describe('table', () => {
  it('table(headers, rows, { numeric }) right-aligns numeric columns and escapes text cells', () => {
    const html = table(['Name', 'Count'], [['<x>', 3]], { numeric: [1] });
    expect(html).toContain('<th scope="col" class="num">Count</th>');
    expect(html).toContain('<td>&lt;x&gt;</td><td class="num">3</td>');
  });
});
