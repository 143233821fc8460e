/**
 * Groups customers by a label column, in a deterministic group order.
 * Internal helper of summariseSegments and groupCacCeilings.
 */

/** Label reported for customers whose label is the empty string. */
export const MISSING_LABEL = '(missing)';

export interface LabelGroups {
  /** Group labels in report order. */
  readonly labels: readonly string[];
  /** Customer indices of each group, ascending. */
  readonly members: readonly Int32Array[];
}

/**
 * Groups indices 0..n−1 by `labels[i]` ("" becomes MISSING_LABEL). Order:
 * the labels of `order` that occur, in that order, then every other label
 * sorted by UTF-16 code units — stable across runs and locales.
 */
export function groupByLabel(labels: readonly string[], order: readonly string[] = []): LabelGroups {
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] === '' ? MISSING_LABEL : labels[i];
    let bucket = buckets.get(label);
    if (bucket === undefined) {
      bucket = [];
      buckets.set(label, bucket);
    }
    bucket.push(i);
  }
  const ordered: string[] = [];
  const seen = new Set<string>();
  for (const label of order) {
    if (buckets.has(label) && !seen.has(label)) {
      ordered.push(label);
      seen.add(label);
    }
  }
  const rest = [...buckets.keys()].filter((label) => !seen.has(label)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const all = [...ordered, ...rest];
  return { labels: all, members: all.map((label) => Int32Array.from(buckets.get(label) ?? [])) };
}
