/**
 * Puts per-customer values computed in one order (e.g. a transaction log's)
 * into another order (e.g. a summary's), by customer id. Customers without a
 * value get NaN, and are counted so callers can report them.
 */
export function alignByCustomerId(
  targetIds: readonly string[],
  sourceIds: readonly string[],
  values: ArrayLike<number>,
): { readonly values: Float64Array; readonly missing: number } {
  const position = new Map<string, number>();
  sourceIds.forEach((id, i) => position.set(id, i));
  const aligned = new Float64Array(targetIds.length);
  let missing = 0;
  targetIds.forEach((id, i) => {
    const at = position.get(id);
    if (at === undefined) {
      aligned[i] = Number.NaN;
      missing++;
    } else {
      aligned[i] = values[at];
    }
  });
  return { values: aligned, missing };
}
