/**
 * Named RFM segments (champions, loyal, …, lost) from R/F/M scores.
 */
import { UsageError } from '../errors.js';
import { DEFAULT_SEGMENT_CONFIG, type RfmConfig, type ScoreRange } from './segment-config.js';
import type { RfmScores } from './rfm-scores.js';

/**
 * Segment name of every customer: the first rule of `config.segments`
 * whose R, F (and M, when the rule has one) ranges contain the customer's
 * scores. The default table (see segment-config.ts) is the common 5×5 R×F
 * grid; configs validated by parseSegmentConfig cover every cell, so every
 * customer gets a name. A hand-built config that leaves a cell uncovered
 * throws UsageError naming the cell rather than inventing a label.
 *
 * @example
 * assignRfmSegments({ r: Uint8Array.of(5, 1), f: Uint8Array.of(5, 1), m: Uint8Array.of(3, 3) })
 * // → ['champions', 'lost']
 */
export function assignRfmSegments(scores: RfmScores, config: RfmConfig = DEFAULT_SEGMENT_CONFIG.rfm): string[] {
  const { r, f, m } = scores;
  const n = r.length;
  if (f.length !== n || m.length !== n) {
    throw new UsageError(`assignRfmSegments: r, f and m must have the same length, got ${n}, ${f.length}, ${m.length}`);
  }
  // 125-cell lookup table: one rule scan per cell instead of per customer.
  const table = new Array<string | undefined>(125);
  const inside = (v: number, range: ScoreRange | undefined) => range === undefined || (v >= range[0] && v <= range[1]);
  for (let ri = 1; ri <= 5; ri++) {
    for (let fi = 1; fi <= 5; fi++) {
      for (let mi = 1; mi <= 5; mi++) {
        const rule = config.segments.find((s) => inside(ri, s.r) && inside(fi, s.f) && inside(mi, s.m));
        table[cell(ri, fi, mi)] = rule?.name;
      }
    }
  }
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const name = table[cell(r[i], f[i], m[i])];
    if (name === undefined) {
      throw new UsageError(`assignRfmSegments: no rule matches R=${r[i]} F=${f[i]} M=${m[i]} (customer index ${i}); add a catch-all rule`);
    }
    out[i] = name;
  }
  return out;
}

function cell(r: number, f: number, m: number): number {
  return (r - 1) * 25 + (f - 1) * 5 + (m - 1);
}
