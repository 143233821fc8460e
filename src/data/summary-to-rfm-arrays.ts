/**
 * From a summary table to the typed arrays the models consume.
 */
import type { ColumnTable } from 'arquero';
import { InputError } from '../errors.js';
import type { RfmArrays } from './rfm-arrays.js';
import { parseTimeUnit, type TimeUnit } from './time-unit.js';

/**
 * Copies customer_id, frequency, recency, T and monetary_value (zeros when the
 * table has none) into an {@link RfmArrays} in `unit` — the unit the table's
 * times are already in (this function does not convert). The table is not
 * modified. Throws InputError if a required column is missing or a value is
 * not a finite number ≥ 0 (tables from readSummary/summariseLog always pass).
 *
 * @example
 * const rfm = summaryToRfmArrays(readSummary('datasets/cdnow_customers_summary.csv'), 'week');
 * rfm.frequency.length // 2357
 */
export function summaryToRfmArrays(summary: ColumnTable, unit: TimeUnit): RfmArrays {
  const checkedUnit = parseTimeUnit(unit);
  const names = summary.columnNames();
  const missing = ['customer_id', 'frequency', 'recency', 'T'].filter((name) => !names.includes(name));
  if (missing.length > 0) {
    throw new InputError(`summary table lacks column(s) ${missing.join(', ')}; it has ${names.join(', ')}`,
      missing.map((column) => ({ column, reason: 'required column missing' })));
  }
  const numbers = (name: string): Float64Array => {
    const values = Float64Array.from(summary.array(name) as ArrayLike<number>, Number);
    const bad = values.findIndex((v) => !(v >= 0) || v === Infinity);
    if (bad >= 0) {
      throw new InputError(`summary table: ${name} must be finite and ≥ 0`, [
        { row: bad + 1, column: name, value: String(summary.array(name)[bad]), reason: 'not a finite number ≥ 0' },
      ]);
    }
    return values;
  };
  return {
    customerId: Array.from(summary.array('customer_id') as ArrayLike<unknown>, String),
    frequency: numbers('frequency'),
    recency: numbers('recency'),
    T: numbers('T'),
    monetaryValue: names.includes('monetary_value') ? numbers('monetary_value') : new Float64Array(summary.numRows()),
    unit: checkedUnit,
  };
}
