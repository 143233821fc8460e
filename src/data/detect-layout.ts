/**
 * Decides how to split an input from its name and first line, when the
 * caller left format or delimiter on 'auto'.
 */
import type { ResolvedReadOptions } from './read-options.js';
import type { FieldSplitting } from './record-scanner.js';

/** The layout of an input: JSON lines, or delimited text split a given way. */
export type Layout = { readonly format: 'jsonl' } | { readonly format: 'csv'; readonly splitting: FieldSplitting };

const CANDIDATES = [44 /* , */, 9 /* tab */, 59 /* ; */, 124 /* | */];

/**
 * Rules: format 'auto' means JSON lines when the name ends in .jsonl/.ndjson
 * or the first non-blank byte is `{`. Delimiter 'auto' picks whichever of
 * comma, tab, semicolon and bar occurs most often outside quotes on the first
 * line (ties in that order); if none occurs, fields are whitespace-separated.
 *
 * @example detectLayout(Buffer.from('id;date\n'), 'x.csv', options) // { format: 'csv', splitting: { delimiter: 59 } }
 */
export function detectLayout(prefix: Buffer, name: string, options: Pick<ResolvedReadOptions, 'format' | 'delimiter'>): Layout {
  let format = options.format;
  if (format === 'auto') {
    let i = prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf ? 3 : 0;
    while (i < prefix.length && (prefix[i] === 32 || prefix[i] === 9 || prefix[i] === 10 || prefix[i] === 13)) i++;
    format = /\.(jsonl|ndjson)$/i.test(name) || prefix[i] === 123 /* { */ ? 'jsonl' : 'csv';
  }
  if (format === 'jsonl') return { format };
  if (options.delimiter === 'whitespace') return { format, splitting: 'whitespace' };
  if (options.delimiter !== 'auto') return { format, splitting: { delimiter: options.delimiter } };
  const counts = new Map<number, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = 0; i < prefix.length && (quoted || prefix[i] !== 10); i++) {
    const c = prefix[i];
    if (c === 34) quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = -1;
  let bestCount = 0;
  for (const [c, n] of counts) {
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return { format, splitting: best < 0 ? 'whitespace' : { delimiter: best } };
}
