/**
 * Reads scored customers back from `clv predict` (predictions.csv) or
 * `clv run` (customers.csv) for audience selection.
 */
import { readFileSync } from 'node:fs';
import type { AudienceCustomers } from '../audience/select-audience.js';
import { InputError, type InputIssue } from '../errors.js';
import { parseCsv } from './csv.js';

/** Segment columns carried into the audience when present. */
const SEGMENT_COLUMNS = ['value_tier', 'lifecycle', 'rfm_segment'] as const;

/**
 * Parses a predictions file: customer_id, predicted_ltv (or clv), optional
 * p_alive and segment columns. Rows with status "rejected" are not part of
 * the base (they have no prediction). Bad numbers are an InputError naming
 * file, row and column.
 */
export function readScoredCustomers(path: string): AudienceCustomers & { readonly skippedRejected: number } {
  let text: Buffer;
  try {
    text = readFileSync(path);
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as Error).message}`, [{ file: path, reason: 'cannot read file' }]);
  }
  const [header = [], ...rows] = parseCsv(text);
  const at = (name: string) => header.indexOf(name);
  const idColumn = at('customer_id');
  const ltvName = at('predicted_ltv') >= 0 ? 'predicted_ltv' : 'clv';
  const ltvColumn = at(ltvName);
  if (idColumn < 0 || ltvColumn < 0) {
    throw new InputError(`${path}: a predictions file needs customer_id and predicted_ltv (or clv) columns`, [
      { file: path, row: 0, reason: `columns found: ${header.join(', ')}` },
    ]);
  }
  const statusColumn = at('status');
  const pAliveColumn = at('p_alive');
  const segmentColumns = SEGMENT_COLUMNS.filter((name) => at(name) >= 0);
  const issues: InputIssue[] = [];
  const customerId: string[] = [];
  const predictedLtv: number[] = [];
  const pAlive: number[] = [];
  const segments: Record<string, string[]> = Object.fromEntries(segmentColumns.map((name) => [name, [] as string[]]));
  let skippedRejected = 0;
  const numberAt = (row: string[], column: number, name: string, index: number): number => {
    const value = Number(row[column]);
    if (row[column] === '' || !Number.isFinite(value)) {
      issues.push({ file: path, row: index + 1, column: name, value: row[column], reason: 'not a number' });
    }
    return value;
  };
  rows.forEach((row, index) => {
    if (statusColumn >= 0 && row[statusColumn] === 'rejected') {
      skippedRejected++;
      return;
    }
    customerId.push(row[idColumn]);
    predictedLtv.push(numberAt(row, ltvColumn, ltvName, index));
    if (pAliveColumn >= 0) pAlive.push(numberAt(row, pAliveColumn, 'p_alive', index));
    for (const name of segmentColumns) segments[name].push(row[at(name)] ?? '');
  });
  if (issues.length > 0) throw new InputError(`${path}: ${issues.length} invalid value(s)`, issues);
  return {
    customerId,
    predictedLtv: Float64Array.from(predictedLtv),
    pAlive: pAliveColumn >= 0 ? Float64Array.from(pAlive) : undefined,
    segments,
    skippedRejected,
  };
}
