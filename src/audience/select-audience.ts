/**
 * Which customers go into an audience: top share, top N, segments, minimum
 * LTV and minimum P(alive), combined with AND.
 */
import { InputError, UsageError, type InputIssue } from '../errors.js';
import { checkColumn, checkLabels } from '../value/check-column.js';
import { descendingTieRanks, topPercentCapacity } from '../value/tie-ranks.js';

/** Per-customer columns an audience is chosen from (output of prediction + segmentation). */
export interface AudienceCustomers {
  /** Unique customer ids. */
  readonly customerId: readonly string[];
  /** Predicted LTV per customer (the sort key). */
  readonly predictedLtv: ArrayLike<number>;
  readonly pAlive?: ArrayLike<number>;
  /** Segment label columns by name, e.g. { value_tier: [...], lifecycle: [...], rfm_segment: [...] }. */
  readonly segments?: Readonly<Record<string, readonly string[]>>;
}

/** Selection criteria; every given criterion must hold (AND). */
export interface AudienceSelection {
  /** Top p % of the whole base by predicted LTV, p ∈ (0, 100]; same rule as value tiers (ties never overfill). */
  readonly topPercent?: number;
  /** The N highest predicted LTVs of the whole base, ties broken by customer id; N a positive integer. */
  readonly topN?: number;
  /**
   * Segment labels; a customer matches if it is in any of them (OR within the
   * list). "name" looks the label up in every segment column and must be
   * unambiguous; "column:name" names the column.
   */
  readonly segments?: readonly string[];
  /** Predicted LTV ≥ this. */
  readonly minLtv?: number;
  /** P(alive) ≥ this, in [0, 1]; needs a pAlive column. */
  readonly minPAlive?: number;
}

/**
 * Indices of the selected customers in output order: predicted LTV
 * descending, then customer id ascending (UTF-16 code units), so the same
 * inputs always give the same file.
 *
 * `topPercent` and `topN` rank the whole base, not what the other criteria
 * leave: "--top 10% --segment at-risk" is the at-risk customers among the
 * top 10 %, never "the top 10 % of the at-risk customers".
 *
 * Throws UsageError for out-of-range criteria, minPAlive without a pAlive
 * column, an unknown or ambiguous segment name (the message lists what
 * exists); InputError for duplicate customer ids or non-finite values.
 *
 * @example
 * selectAudience({ customerId: ['a', 'b', 'c'], predictedLtv: [5, 9, 5] }, { minLtv: 5 })
 * // → Int32Array [1, 0, 2]   (b first; a and c tie on LTV, ordered by id)
 */
export function selectAudience(customers: AudienceCustomers, selection: AudienceSelection = {}): Int32Array {
  const caller = 'selectAudience';
  const { customerId, predictedLtv, pAlive } = customers;
  const n = customerId?.length;
  checkLabels(caller, 'customerId', customerId, n);
  checkColumn(caller, 'predictedLtv', predictedLtv, n);
  if (pAlive !== undefined) checkColumn(caller, 'pAlive', pAlive, n, { min: 0, max: 1 });
  checkUniqueIds(caller, customerId);

  const keep = new Uint8Array(n).fill(1);
  const { topPercent, topN, minLtv, minPAlive } = selection;
  if (topPercent !== undefined) {
    if (typeof topPercent !== 'number' || !(topPercent > 0 && topPercent <= 100)) {
      throw new UsageError(`${caller}: top percentage must be in (0, 100], got ${topPercent}`);
    }
    const capacity = topPercentCapacity(n, topPercent);
    const ranks = descendingTieRanks(predictedLtv);
    for (let i = 0; i < n; i++) if (ranks[i] > capacity) keep[i] = 0;
  }
  const order = outputOrder(customerId, predictedLtv);
  if (topN !== undefined) {
    if (!Number.isInteger(topN) || topN < 1) {
      throw new UsageError(`${caller}: top N must be a positive integer, got ${topN}`);
    }
    for (let p = topN; p < n; p++) keep[order[p]] = 0;
  }
  if (minLtv !== undefined) {
    if (!Number.isFinite(minLtv)) throw new UsageError(`${caller}: minimum LTV must be a finite number, got ${minLtv}`);
    for (let i = 0; i < n; i++) if (!(predictedLtv[i] >= minLtv)) keep[i] = 0;
  }
  if (minPAlive !== undefined) {
    if (!(minPAlive >= 0 && minPAlive <= 1)) throw new UsageError(`${caller}: minimum P(alive) must be in [0, 1], got ${minPAlive}`);
    if (pAlive === undefined) throw new UsageError(`${caller}: a minimum P(alive) needs a pAlive column`);
    for (let i = 0; i < n; i++) if (!(pAlive[i] >= minPAlive)) keep[i] = 0;
  }
  if (selection.segments !== undefined && selection.segments.length > 0) {
    const inSegment = segmentMask(caller, customers.segments ?? {}, selection.segments, n);
    for (let i = 0; i < n; i++) if (inSegment[i] === 0) keep[i] = 0;
  }
  return order.filter((i) => keep[i] === 1);
}

/** Indices sorted by LTV descending, then id ascending. */
function outputOrder(customerId: readonly string[], ltv: ArrayLike<number>): Int32Array {
  const order = new Int32Array(customerId.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => ltv[b] - ltv[a] || (customerId[a] < customerId[b] ? -1 : customerId[a] > customerId[b] ? 1 : 0));
}

/** 1 for customers in any of the requested segments. */
function segmentMask(
  caller: string,
  columns: Readonly<Record<string, readonly string[]>>,
  requested: readonly string[],
  n: number,
): Uint8Array {
  for (const [name, labels] of Object.entries(columns)) checkLabels(caller, `segment column ${name}`, labels, n);
  const mask = new Uint8Array(n);
  for (const raw of requested) {
    const spec = raw.trim();
    const colon = spec.indexOf(':');
    const wantedColumn = colon >= 0 ? spec.slice(0, colon).trim() : undefined;
    const label = colon >= 0 ? spec.slice(colon + 1).trim() : spec;
    if (wantedColumn !== undefined && !(wantedColumn in columns)) {
      throw new UsageError(`${caller}: no segment column "${wantedColumn}" (have: ${Object.keys(columns).join(', ') || 'none'})`);
    }
    const candidates = wantedColumn !== undefined ? [wantedColumn] : Object.keys(columns);
    const matching = candidates.filter((column) => columns[column].includes(label));
    if (matching.length === 0) {
      throw new UsageError(`${caller}: no customer is in segment "${spec}"; labels present: ${describeLabels(columns, candidates)}`);
    }
    if (matching.length > 1) {
      throw new UsageError(
        `${caller}: segment "${label}" exists in several columns; write ${matching.map((c) => `${c}:${label}`).join(' or ')}`,
      );
    }
    const labels = columns[matching[0]];
    for (let i = 0; i < n; i++) if (labels[i] === label) mask[i] = 1;
  }
  return mask;
}

function describeLabels(columns: Readonly<Record<string, readonly string[]>>, names: readonly string[]): string {
  if (names.length === 0) return 'none (no segment columns)';
  return names.map((column) => `${column}: ${[...new Set(columns[column])].sort().join(', ')}`).join('; ');
}

function checkUniqueIds(caller: string, customerId: readonly string[]): void {
  const firstRow = new Map<string, number>();
  const issues: InputIssue[] = [];
  customerId.forEach((id, i) => {
    const seen = firstRow.get(id);
    if (seen === undefined) firstRow.set(id, i + 1);
    else issues.push({ row: i + 1, column: 'customer_id', value: id, reason: `duplicate customer id (first at row ${seen})` });
  });
  if (issues.length > 0) throw new InputError(`${caller}: customer ids must be unique`, issues);
}
