/**
 * Reads a customer summary CSV (ours, lifetimes', BTYD's or CLVTools')
 * into a checked table with clvkit's column names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { table, type ColumnTable } from 'arquero';
import { InputError, type InputIssue } from '../errors.js';
import { parseCsv } from '../io/csv.js';

/**
 * Accepted names for each summary column, in order of preference. Exact
 * matches win; otherwise a case-insensitive match. '' is pandas' unnamed index.
 */
const ALIASES = {
  customer_id: ['customer_id', 'id', 'ID', 'Id', 'cust', 'customer', 'CustomerID', ''],
  frequency: ['frequency', 'x'],
  recency: ['recency', 't_x', 't.x'],
  T: ['T', 'T.cal', 'T_cal'],
  monetary_value: ['monetary_value', 'zbar', 'm.x', 'm_x'],
  frequency_holdout: ['frequency_holdout', 'x.star', 'x_star'],
  monetary_value_holdout: ['monetary_value_holdout'],
  duration_holdout: ['duration_holdout', 'T.star', 'T_star'],
} as const;

type SummaryColumn = keyof typeof ALIASES;
const REQUIRED: readonly SummaryColumn[] = ['customer_id', 'frequency', 'recency', 'T'];
const MAX_LISTED = 20;

/**
 * Reads a summary from a path or from CSV text (a string with a line break
 * is taken as the text itself). Columns are renamed to customer_id,
 * frequency, recency, T[, monetary_value, frequency_holdout,
 * monetary_value_holdout, duration_holdout] (lifetimes: `frequency, recency,
 * T, monetary_value`; BTYD: `cust, x, t.x, T.cal, m.x, x.star`; Fader-Hardie
 * files: `ID, x, t_x, T, zbar`); other columns are kept as text.
 *
 * Every row is checked and all problems are reported in one InputError
 * naming file, row (1-based, header excluded), column and value: missing
 * required columns, empty or non-numeric values, negative or infinite
 * numbers, a non-integer frequency, recency > T, recency ≠ 0 with frequency 0,
 * duplicate customer ids. Times stay in the file's unit (the CSV does not
 * record it; see summaryToRfmArrays).
 *
 * @example
 * const summary = readSummary('datasets/cdnow_customers_summary.csv');
 * summary.columnNames() // ['customer_id', 'frequency', 'recency', 'T']
 */
export function readSummary(pathOrText: string): ColumnTable {
  const isText = /[\r\n]/.test(pathOrText);
  const file = isText ? '<text>' : pathOrText;
  if (!isText && !existsSync(pathOrText)) {
    throw new InputError(`cannot read ${pathOrText}: no such file`, [{ file, reason: 'no such file' }]);
  }
  const records = parseCsv(isText ? pathOrText : readFileSync(pathOrText));
  if (records.length === 0) throw new InputError(`${file}: the summary is empty`, [{ file, reason: 'empty input' }]);
  const [header, ...rows] = records;
  const names = header.map((name) => name.trim());
  const positions = locateColumns(names, file);
  if (rows.length === 0) throw new InputError(`${file}: the summary has a header but no rows`, [{ file, reason: 'no rows' }]);

  const issues: InputIssue[] = [];
  const report = (row: number, column: string, value: string, reason: string): void => {
    issues.push({ file, row, column, value, reason });
  };
  const columns: Record<string, ArrayLike<unknown>> = {};
  const numeric = new Map<SummaryColumn, Float64Array>();
  for (const [column, at] of positions) {
    if (column === 'customer_id') continue;
    const values = new Float64Array(rows.length);
    rows.forEach((fields, r) => {
      const text = (fields[at] ?? '').trim();
      const value = text === '' ? NaN : Number(text);
      if (fields.length !== names.length) return; // reported once per row below
      if (!Number.isFinite(value)) report(r + 1, names[at], text, text === '' ? 'missing value' : 'not a finite number');
      else if (value < 0) report(r + 1, names[at], text, 'negative value');
      values[r] = value;
    });
    numeric.set(column, values);
  }
  const idAt = positions.get('customer_id')!;
  const ids = rows.map((fields) => (fields[idAt] ?? '').trim());
  const seen = new Map<string, number>();
  rows.forEach((fields, r) => {
    if (fields.length !== names.length) {
      report(r + 1, '', `${fields.length} fields`, `expected ${names.length} columns, found ${fields.length}`);
      return;
    }
    const id = ids[r];
    if (id === '') report(r + 1, names[idAt] || 'customer_id', id, 'missing customer id');
    else if (seen.has(id)) report(r + 1, names[idAt] || 'customer_id', id, `duplicate customer id (also row ${seen.get(id)})`);
    else seen.set(id, r + 1);
  });
  checkConsistency(numeric, positions, names, report);
  if (issues.length > 0) {
    const listed = issues.sort((a, b) => a.row! - b.row!).slice(0, MAX_LISTED);
    throw new InputError(`${file}: ${issues.length} problems in the summary (first ${listed.length} listed)`, listed);
  }

  columns.customer_id = ids;
  for (const column of Object.keys(ALIASES) as SummaryColumn[]) {
    const values = numeric.get(column);
    if (values) columns[column] = values;
  }
  names.forEach((name, at) => {
    if (![...positions.values()].includes(at) && name !== '' && !(name in columns)) {
      columns[name] = rows.map((fields) => fields[at]);
    }
  });
  return table(columns);
}

/** Maps each known summary column to its position; throws when a required one is missing. */
function locateColumns(names: readonly string[], file: string): Map<SummaryColumn, number> {
  const positions = new Map<SummaryColumn, number>();
  const taken = new Set<number>();
  for (const column of Object.keys(ALIASES) as SummaryColumn[]) {
    const aliases: readonly string[] = ALIASES[column];
    let at = -1;
    for (const alias of aliases) {
      at = names.findIndex((name, i) => !taken.has(i) && name === alias);
      if (at >= 0) break;
    }
    if (at < 0) {
      const lower = aliases.map((a) => a.toLowerCase());
      const loose = names.flatMap((name, i) => (!taken.has(i) && name !== '' && lower.includes(name.toLowerCase()) ? [i] : []));
      if (loose.length === 1) at = loose[0];
    }
    if (at >= 0) {
      positions.set(column, at);
      taken.add(at);
    }
  }
  const missing = REQUIRED.filter((column) => !positions.has(column));
  if (missing.length > 0) {
    const wanted = missing.map((column) => `${column} (or ${(ALIASES[column] as readonly string[]).filter((a) => a !== column && a !== '').join(', ')})`).join('; ');
    throw new InputError(
      `${file}: missing summary column(s): ${wanted}; the header has ${names.map((n) => JSON.stringify(n)).join(', ')}`,
      missing.map((column) => ({ file, column, reason: `required column missing; available: ${names.join(', ')}` })),
    );
  }
  return positions;
}

/** Cross-column rules of a BTYD summary (x integer, t_x ≤ T, t_x = 0 when x = 0, holdout counts integer). */
function checkConsistency(
  numeric: ReadonlyMap<SummaryColumn, Float64Array>,
  positions: ReadonlyMap<SummaryColumn, number>,
  names: readonly string[],
  report: (row: number, column: string, value: string, reason: string) => void,
): void {
  const x = numeric.get('frequency')!;
  const tx = numeric.get('recency')!;
  const T = numeric.get('T')!;
  const xStar = numeric.get('frequency_holdout');
  const name = (column: SummaryColumn) => names[positions.get(column)!];
  for (let r = 0; r < x.length; r++) {
    if (!(x[r] >= 0 && tx[r] >= 0 && T[r] >= 0)) continue; // already reported
    if (!Number.isInteger(x[r])) report(r + 1, name('frequency'), String(x[r]), 'frequency must be a whole number of repeat purchases');
    if (tx[r] > T[r] * (1 + 1e-12)) report(r + 1, name('recency'), String(tx[r]), `recency is greater than T (${T[r]})`);
    if (x[r] === 0 && tx[r] !== 0) report(r + 1, name('recency'), String(tx[r]), 'recency must be 0 when frequency is 0');
    if (xStar && xStar[r] >= 0 && !Number.isInteger(xStar[r])) {
      report(r + 1, name('frequency_holdout'), String(xStar[r]), 'frequency_holdout must be a whole number');
    }
  }
}
