/**
 * Minimal HTML building for the report: every text value goes through
 * {@link escapeHtml}; markup is assembled from trusted template strings only.
 * Internal to src/report.
 */

/** Escapes &, <, >, " and ' so any string is safe as HTML text or attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A table cell: text (escaped) with an optional CSS class, or raw trusted HTML. */
export type Cell = string | number | { readonly text: string; readonly className?: string } | { readonly html: string; readonly className?: string };

/** An HTML table with a header row; numeric columns (indices in `numeric`) are right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly Cell[])[], options: { numeric?: readonly number[]; caption?: string; className?: string } = {}): string {
  const numeric = new Set(options.numeric ?? []);
  const cls = (i: number, extra?: string) => {
    const names = [numeric.has(i) ? 'num' : '', extra ?? ''].filter(Boolean).join(' ');
    return names ? ` class="${names}"` : '';
  };
  const head = headers.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => cellHtml(cell, (extra) => cls(i, extra))).join('')}</tr>`)
    .join('\n');
  const caption = options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : '';
  return `<div class="table-wrap"><table${options.className ? ` class="${options.className}"` : ''}>${caption}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function cellHtml(cell: Cell, cls: (extra?: string) => string): string {
  if (typeof cell === 'string' || typeof cell === 'number') return `<td${cls()}>${escapeHtml(cell)}</td>`;
  if ('html' in cell) return `<td${cls(cell.className)}>${cell.html}</td>`;
  return `<td${cls(cell.className)}>${escapeHtml(cell.text)}</td>`;
}

/** A definition-list style grid of label/value facts. */
export function facts(items: readonly { readonly label: string; readonly value: string }[]): string {
  if (items.length === 0) return '';
  return `<dl class="facts">${items.map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd></div>`).join('')}</dl>`;
}

/** A section with an id for the table of contents. */
export function section(id: string, title: string, body: string, intro?: string): string {
  const lead = intro ? `<p class="intro">${escapeHtml(intro)}</p>` : '';
  return `<section id="${escapeHtml(id)}"><h2>${escapeHtml(title)}</h2>${lead}${body}</section>`;
}

/**
 * Makes the ids inside one inline SVG unique in the page and independent of
 * render order: Vega numbers clip paths and gradients with process-wide
 * counters, so ids differ between runs and could collide between plots (a
 * second `id="clip1"` makes the browser clip by the first plot's shape). Each
 * id becomes `${prefix}${k}`, k counting ids in order of appearance, and every
 * `url(#…)` / `href="#…"` reference follows.
 */
export function namespaceSvgIds(svg: string, prefix: string): string {
  const renamed = new Map<string, string>();
  for (const match of svg.matchAll(/\bid="([^"]+)"/g)) {
    if (!renamed.has(match[1])) renamed.set(match[1], `${prefix}${renamed.size + 1}`);
  }
  const rename = (id: string) => renamed.get(id) ?? id;
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${rename(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${rename(id)}"`);
}
