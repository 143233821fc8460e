import { collapsePatterns } from '../../data/collapse-patterns.js';

/** Weighted patterns to fit on: either collapsed duplicates or the customers themselves (weight 1). */
export interface FitPatterns {
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
  readonly weight: Float64Array;
}

const SAMPLE = 20_000;

/**
 * Collapses identical (x, t_x, T) customers when that pays off, and skips the
 * hashing pass when nearly every customer is unique (continuous times).
 *
 * The decision uses the birthday estimator on a fixed-stride sample of m
 * customers: with D equally likely patterns, m draws contain about
 * m²/(2D) coinciding pairs, so D̂ = m²/(2·pairs). Collapsing is skipped only
 * when D̂ > 0.7·n; skewed pattern frequencies (many x = 0 customers sharing
 * a T) only raise the pair count and so err towards collapsing, which is
 * always correct — this is purely a speed decision.
 *
 * Example: one million customers with continuous times → returned as is;
 * with whole-day times (≈ 265k patterns) → collapsed.
 */
export function patternsForFit(frequency: Float64Array, recency: Float64Array, T: Float64Array): FitPatterns {
  const n = frequency.length;
  if (n > 10 * SAMPLE) {
    const stride = Math.floor(n / SAMPLE);
    const seen = new Map<string, number>();
    let pairs = 0;
    for (let i = 0; i < n; i += stride) {
      const key = `${frequency[i]},${recency[i]},${T[i]}`;
      const count = seen.get(key) ?? 0;
      pairs += count; // the new draw pairs with each earlier copy
      seen.set(key, count + 1);
    }
    const m = Math.ceil(n / stride);
    const distinct = pairs === 0 ? Number.POSITIVE_INFINITY : (m * m) / (2 * pairs);
    if (distinct > 0.7 * n) return { frequency, recency, T, weight: new Float64Array(n).fill(1) };
  }
  const collapsed = collapsePatterns(frequency, recency, T);
  return { frequency: collapsed.frequency, recency: collapsed.recency, T: collapsed.T, weight: collapsed.weight };
}
