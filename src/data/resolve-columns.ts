/**
 * Finds the requested columns among an input's column names, or fails with
 * an InputError that names the missing column and lists the available ones.
 */
import { InputError } from '../errors.js';

/** Indices of the requested columns (amount −1 when not requested). */
export interface ColumnIndices {
  readonly customer: number;
  readonly date: number;
  readonly amount: number;
  readonly attributes: readonly number[];
}

/** The column roles a reader asks for. */
export interface RequestedColumns {
  readonly customerCol: string;
  readonly dateCol: string;
  readonly amountCol: string | null;
  readonly attributeCols: readonly string[];
}

/**
 * Looks each requested column up: an exact match first, else a unique
 * case-insensitive match (so `Date` finds `date`, but `ID`/`id` twins stay
 * ambiguous and fail). `hint` is appended to the error (e.g. how to name the
 * columns of a file without a header).
 *
 * @example resolveColumns(['Id', 'Date'], { customerCol: 'id', dateCol: 'date', amountCol: null, attributeCols: [] }, 'x.csv')
 * // → { customer: 0, date: 1, amount: -1, attributes: [] }
 */
export function resolveColumns(names: readonly string[], requested: RequestedColumns, source: string, hint = ''): ColumnIndices {
  const find = (wanted: string, role: string): number => {
    const exact = names.indexOf(wanted);
    if (exact >= 0) return exact;
    const lower = wanted.toLowerCase();
    const loose = names.flatMap((name, i) => (name.toLowerCase() === lower ? [i] : []));
    if (loose.length === 1) return loose[0];
    const available = names.map((name) => JSON.stringify(name)).join(', ');
    throw new InputError(
      `${source}: the ${role} column ${JSON.stringify(wanted)} is not in the input; available columns: ${available}${hint ? `. ${hint}` : ''}`,
      [{ file: source, column: wanted, reason: `${role} column not found; available: ${names.join(', ')}` }],
    );
  };
  return {
    customer: find(requested.customerCol, 'customer id'),
    date: find(requested.dateCol, 'date'),
    amount: requested.amountCol === null ? -1 : find(requested.amountCol, 'amount'),
    attributes: requested.attributeCols.map((name) => find(name, 'attribute')),
  };
}
