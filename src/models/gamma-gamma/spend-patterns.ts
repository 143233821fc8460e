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
 * Numerical strategy: frequencies are counted with a Map (few distinct
 * values), spends are scattered into one Float64Array by frequency group
 * and each group is sorted natively, so identical z̄ become runs that are
 * collapsed in one pass — O(n log n) with no per-row objects, which matters
 * at a million customers.
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

  // Pass 1: validate, and count customers per distinct frequency.
  const countByFrequency = new Map<number, number>();
  let excludedNoRepeat = 0;
  let excludedNonPositiveSpend = 0;
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
    countByFrequency.set(x, (countByFrequency.get(x) ?? 0) + 1);
  }
  if (badRows > 0) {
    const listed = badRows > issues.length ? ` (the first ${issues.length} are listed)` : '';
    throw new InputError(`Gamma-Gamma: ${badRows} row(s) cannot be used${listed}`, issues);
  }
  const customersUsed = n - excludedNoRepeat - excludedNonPositiveSpend;
  if (customersUsed === 0) {
    throw new FitError(
      `Gamma-Gamma: no customer has repeat purchases with a positive mean spend ` +
        `(${excludedNoRepeat} without repeats, ${excludedNonPositiveSpend} with spend ≤ 0); nothing to fit`,
    );
  }

  // Pass 2: scatter spends into contiguous frequency groups (CSR layout).
  const groupFrequency = Float64Array.from(countByFrequency.keys()).sort();
  const groups = groupFrequency.length;
  const slot = new Map<number, number>();
  const rawStart = new Uint32Array(groups + 1);
  for (let g = 0; g < groups; g++) {
    slot.set(groupFrequency[g], g);
    rawStart[g + 1] = rawStart[g] + countByFrequency.get(groupFrequency[g])!;
  }
  const cursor = rawStart.slice(0, groups);
  const sorted = new Float64Array(customersUsed);
  // Welford-style running co-moments: no cancellation for large spends.
  let seen = 0;
  let meanX = 0;
  let meanZ = 0;
  let comomentXX = 0;
  let comomentZZ = 0;
  let comomentXZ = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const z = monetaryValue[i];
    if (!(x > 0) || !(z > 0)) continue;
    sorted[cursor[slot.get(x)!]++] = z;
    seen++;
    const dx = x - meanX;
    const dz = z - meanZ;
    meanX += dx / seen;
    meanZ += dz / seen;
    comomentXX += dx * (x - meanX);
    comomentZZ += dz * (z - meanZ);
    comomentXZ += dx * (z - meanZ);
  }

  // Pass 3: sort each group and run-length collapse equal spends.
  const spend = new Float64Array(customersUsed);
  const weight = new Float64Array(customersUsed);
  const groupStart = new Uint32Array(groups + 1);
  let k = 0;
  for (let g = 0; g < groups; g++) {
    groupStart[g] = k;
    const values = sorted.subarray(rawStart[g], rawStart[g + 1]).sort();
    for (let j = 0; j < values.length; j++) {
      if (k > groupStart[g] && spend[k - 1] === values[j]) {
        weight[k - 1]++;
      } else {
        spend[k] = values[j];
        weight[k] = 1;
        k++;
      }
    }
  }
  groupStart[groups] = k;

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
