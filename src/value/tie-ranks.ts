/**
 * The ranking rule behind value tiers and "top p %" audiences: rank from the
 * top, ties share the *lowest* (worst) rank of their block, so a tie never
 * pushes a group over its nominal share.
 */

/**
 * Descending "max" rank of every value: r_i = #{ j : v_j ≥ v_i }.
 * The largest value has rank 1 if it is unique; k customers tied at the top
 * all get rank k. O(n log n) via one index sort.
 *
 * @example descendingTieRanks([5, 9, 5, 1]) // → Int32Array [3, 1, 3, 4]
 */
export function descendingTieRanks(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[b] - values[a]);
  const ranks = new Int32Array(n);
  let blockStart = 0;
  while (blockStart < n) {
    let blockEnd = blockStart + 1;
    while (blockEnd < n && values[order[blockEnd]] === values[order[blockStart]]) blockEnd++;
    for (let p = blockStart; p < blockEnd; p++) ranks[order[p]] = blockEnd;
    blockStart = blockEnd;
  }
  return ranks;
}

/**
 * How many of n customers fit in the top `percent` %: ⌊p·n/100⌋, with a
 * 1e-9 allowance so decimal percentages that are not exact in binary
 * (0.1 % of 10 000 = 10) are not floored one short.
 *
 * @example topPercentCapacity(1000, 0.1) // → 1
 */
export function topPercentCapacity(n: number, percent: number): number {
  return Math.floor((percent * n) / 100 + 1e-9);
}
