/**
 * Shared argument checks for the per-customer columns the value functions
 * take. Internal: every public function in src/value names itself in the
 * messages so the user knows which call rejected the data.
 */
import { InputError, UsageError, type InputIssue } from '../errors.js';

/** Bounds a column's values must respect (inclusive). */
export interface ColumnBounds {
  readonly min?: number;
  readonly max?: number;
}

/**
 * Throws UsageError when `values` does not have `n` entries, and InputError
 * (one located issue per bad row, 1-based) when an entry is not finite or
 * outside `bounds`. Returns nothing: the caller keeps using its own array.
 */
export function checkColumn(
  caller: string,
  column: string,
  values: ArrayLike<number>,
  n: number,
  bounds: ColumnBounds = {},
): void {
  if (values === null || typeof values !== 'object' || values.length !== n) {
    const got = values === null || typeof values !== 'object' ? String(values) : `${values.length} entries`;
    throw new UsageError(`${caller}: ${column} must have one entry per customer (${n}), got ${got}`);
  }
  const { min = -Infinity, max = Infinity } = bounds;
  const issues: InputIssue[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || v < min || v > max) {
      issues.push({ row: i + 1, column, value: String(v), reason: describeBounds(min, max) });
    }
  }
  if (issues.length > 0) {
    throw new InputError(`${caller}: ${issues.length} customer(s) have an invalid ${column}`, issues);
  }
}

/** Throws UsageError when a label column does not have `n` entries. */
export function checkLabels(caller: string, column: string, labels: readonly string[], n: number): void {
  if (!Array.isArray(labels) || labels.length !== n) {
    const got = Array.isArray(labels) ? `${labels.length} entries` : String(labels);
    throw new UsageError(`${caller}: ${column} must have one entry per customer (${n}), got ${got}`);
  }
}

function describeBounds(min: number, max: number): string {
  if (min === -Infinity && max === Infinity) return 'must be a finite number';
  if (max === Infinity) return `must be a finite number ≥ ${min}`;
  if (min === -Infinity) return `must be a finite number ≤ ${max}`;
  return `must be a finite number in [${min}, ${max}]`;
}
