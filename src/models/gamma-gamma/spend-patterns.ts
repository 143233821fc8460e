/**
 * The data a Gamma-Gamma fit runs on: customers with x ≥ 1 repeat purchases
 * and a positive mean repeat spend z̄, grouped by x and collapsed to distinct
 * (x, z̄) pairs with weights.
 */
import { FitError, InputError, type InputIssue } from '../../errors.js';

/** What to do with customers who have repeat purchases but a mean spend z̄ ≤ 0. */
export type NonPositiveSpendPolicy = 'exclude' | 'error';

/**
 * Collapsed fitting data, grouped by frequency. Group g has frequency
 * `groupFrequency[g]` and owns patterns `groupStart[g] … groupStart[g+1] − 1`;
 * pattern k has mean spend `spend[k]` shared by `weight[k]` customers.
 */
export interface SpendPatterns {
  readonly groupFrequency: Float64Array;
  readonly groupStart: Uint32Array;
  readonly spend: Float64Array;
  readonly weight: Float64Array;
  /** Customers in the input. */
  readonly customersInput: number;
  /** Customers used: x > 0 and z̄ > 0 (= Σ weight). */
  readonly customersUsed: number;
  /** Customers with x = 0: no repeat spend observed, nothing to fit. */
  readonly excludedNoRepeat: number;
  /** Customers with x > 0 but z̄ ≤ 0 (refunds, free orders): outside the model's support. */
  readonly excludedNonPositiveSpend: number;
  /** Pearson correlation of x and z̄ over the customers used (the model assumes independence); NaN if undefined. */
  readonly frequencySpendCorrelation: number;
}

/** How many offending rows an InputError lists in full. */
const MAX_ISSUES = 100;

/**
 * Validates (frequency, monetary value) columns and collapses them to
 * {@link SpendPatterns}.
 *
 * Policy (documented, never silent): x = 0 customers are skipped (their
 * monetary value is not read, so 0 or NaN are both fine); x > 0 customers with
 * z̄ ≤ 0 lie outside the Gamma support (log-likelihood −∞) and are excluded
 * and counted, or rejected with an InputError when `nonPositiveSpend` is
 * 'error'. Negative, NaN or infinite frequencies and non-finite z̄ for x > 0
 * always raise an InputError naming every bad row (1-based).
 *
 * Numerical strategy: O(n) with no per-row objects, which matters at a
 * million customers (a Map lookup per row or a sort would each cost more
 * than the whole fit). Small integer frequencies index a dense table (other
 * values fall back to a Map); rows are scattered into contiguous frequency
 * groups; identical z̄ within a group are merged through an open-addressing
 * hash table on the 64 bits of z̄. Groups are ordered by frequency, patterns
 * within a group by first appearance.
 *
 * @example
 * collapseSpendPatterns([2, 1, 0, 2], [10, 5, 0, 10])
 * // → groups x = 1 (z̄ 5 ×1) and x = 2 (z̄ 10 ×2); excludedNoRepeat 1
 */
export function collapseSpendPatterns(
  frequency: ArrayLike<number>,
  monetaryValue: ArrayLike<number>,
  nonPositiveSpend: NonPositiveSpendPolicy = 'exclude',
): SpendPatterns {
  const n = frequency.length;
  if (monetaryValue.length !== n) {
    throw new InputError(
      `Gamma-Gamma: frequency has ${n} entries but monetaryValue has ${monetaryValue.length}; they must describe the same customers`,
    );
  }
  const issues: InputIssue[] = [];
  const report = (row: number, column: string, value: number, reason: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ row: row + 1, column, value: String(value), reason });
  };
  let badRows = 0;

  // Pass 1: validate, give each usable row a provisional group id, sum x and z̄.
  const rowGroup = new Int32Array(n).fill(-1);
  const groups = new FrequencyGroups();
  let excludedNoRepeat = 0;
  let excludedNonPositiveSpend = 0;
  let seen = 0;
  let sumX = 0;
  let sumZ = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    if (!(x >= 0) || !Number.isFinite(x)) {
      report(i, 'frequency', x, 'frequency must be a finite number ≥ 0');
      badRows++;
      continue;
    }
    if (x === 0) {
      excludedNoRepeat++;
      continue;
    }
    const z = monetaryValue[i];
    if (!Number.isFinite(z)) {
      report(i, 'monetaryValue', z, 'mean repeat spend must be finite for a customer with repeat purchases');
      badRows++;
      continue;
    }
    if (z <= 0) {
      if (nonPositiveSpend === 'error') {
        report(i, 'monetaryValue', z, 'mean repeat spend must be > 0 for a customer with repeat purchases (Gamma support)');
        badRows++;
      }
      excludedNonPositiveSpend++;
      continue;
    }
    rowGroup[i] = groups.idOf(x);
    seen++;
    sumX += x;
    sumZ += z;
  }
  if (badRows > 0) {
    const listed = badRows > issues.length ? ` (the first ${issues.length} are listed)` : '';
    throw new InputError(`Gamma-Gamma: ${badRows} row(s) cannot be used${listed}`, issues);
  }
  const customersUsed = seen;
  if (customersUsed === 0) {
    throw new FitError(
      `Gamma-Gamma: no customer has repeat purchases with a positive mean spend ` +
        `(${excludedNoRepeat} without repeats, ${excludedNonPositiveSpend} with spend ≤ 0); nothing to fit`,
    );
  }

  // Pass 2: order groups by frequency and scatter spends into contiguous groups (CSR),
  // accumulating centred co-moments of (x, z̄) (two-pass: no cancellation for large spends).
  const groupCount = groups.values.length;
  const order = Array.from({ length: groupCount }, (_, g) => g).sort((a, b) => groups.values[a] - groups.values[b]);
  const rank = new Int32Array(groupCount);
  order.forEach((g, r) => (rank[g] = r));
  const groupFrequency = Float64Array.from(order, (g) => groups.values[g]);
  const rawStart = new Uint32Array(groupCount + 1);
  for (let r = 0; r < groupCount; r++) rawStart[r + 1] = rawStart[r] + groups.counts[order[r]];
  const cursor = rawStart.slice(0, groupCount);
  const grouped = new Float64Array(customersUsed);
  const meanX = sumX / customersUsed;
  const meanZ = sumZ / customersUsed;
  let comomentXX = 0;
  let comomentZZ = 0;
  let comomentXZ = 0;
  for (let i = 0; i < n; i++) {
    const g = rowGroup[i];
    if (g < 0) continue;
    const z = monetaryValue[i];
    grouped[cursor[rank[g]]++] = z;
    const dx = frequency[i] - meanX;
    const dz = z - meanZ;
    comomentXX += dx * dx;
    comomentZZ += dz * dz;
    comomentXZ += dx * dz;
  }

  // Pass 3: merge identical spends within each group.
  const spend = new Float64Array(customersUsed);
  const weight = new Float64Array(customersUsed);
  const groupStart = new Uint32Array(groupCount + 1);
  const merger = new SpendMerger(Math.max(...groups.counts));
  let k = 0;
  for (let r = 0; r < groupCount; r++) {
    groupStart[r] = k;
    k = merger.merge(grouped.subarray(rawStart[r], rawStart[r + 1]), spend, weight, k);
  }
  groupStart[groupCount] = k;

  const correlation =
    comomentXX > 0 && comomentZZ > 0 ? comomentXZ / Math.sqrt(comomentXX * comomentZZ) : Number.NaN;

  return {
    groupFrequency,
    groupStart,
    spend: spend.slice(0, k),
    weight: weight.slice(0, k),
    customersInput: n,
    customersUsed,
    excludedNoRepeat,
    excludedNonPositiveSpend,
    frequencySpendCorrelation: correlation,
  };
}

/** Frequencies below this index a dense table; others go through a Map. */
const DENSE_FREQUENCIES = 4096;

/** Distinct frequencies seen so far, with provisional ids and counts. */
class FrequencyGroups {
  readonly values: number[] = [];
  readonly counts: number[] = [];
  private readonly dense = new Int32Array(DENSE_FREQUENCIES).fill(-1);
  private readonly sparse = new Map<number, number>();

  idOf(x: number): number {
    const isDense = x < DENSE_FREQUENCIES && Number.isInteger(x);
    let id = isDense ? this.dense[x] : (this.sparse.get(x) ?? -1);
    if (id < 0) {
      id = this.values.length;
      this.values.push(x);
      this.counts.push(0);
      if (isDense) this.dense[x] = id;
      else this.sparse.set(x, id);
    }
    this.counts[id]++;
    return id;
  }
}

/** Open-addressing hash set over the bit patterns of doubles, reused across groups. */
class SpendMerger {
  private readonly table: Int32Array;
  private readonly bits = new Float64Array(1);
  private readonly words = new Uint32Array(this.bits.buffer);

  constructor(largestGroup: number) {
    let size = 16;
    while (size < 2 * largestGroup) size *= 2;
    this.table = new Int32Array(size);
  }

  /** Appends the distinct values of `values` to spend/weight from index `k`; returns the new end. */
  merge(values: Float64Array, spend: Float64Array, weight: Float64Array, k: number): number {
    let size = 16;
    while (size < 2 * values.length) size *= 2;
    const mask = size - 1;
    const table = this.table.subarray(0, size).fill(-1);
    for (let j = 0; j < values.length; j++) {
      const z = values[j];
      this.bits[0] = z;
      let h = Math.imul(this.words[0] ^ Math.imul(this.words[1], 0x9e3779b1), 0x85ebca6b);
      h ^= h >>> 15;
      let slot = h & mask;
      for (;;) {
        const at = table[slot];
        if (at < 0) {
          table[slot] = k;
          spend[k] = z;
          weight[k] = 1;
          k++;
          break;
        }
        if (spend[at] === z) {
          weight[at]++;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return k;
  }
}
