/**
 * Builds a {@link TransactionLog} from an arquero table already in memory,
 * with the same rules and validation as reading a file.
 */
import type { ColumnTable } from 'arquero';
import { resolveReadOptions, type ReadTransactionsOptions } from './read-options.js';
import type { ReadTransactionsResult } from './read-result.js';
import { resolveColumns } from './resolve-columns.js';
import { TransactionLogBuilder } from './transaction-log-builder.js';

/** Reading options that apply to a table (layout options such as delimiter do not). */
export type TableReadOptions = Pick<
  ReadTransactionsOptions,
  'customerCol' | 'dateCol' | 'amountCol' | 'attributeCols' | 'dateFormat' | 'grain' | 'observationEnd' | 'onInvalid' | 'maxIssues' | 'sourceName'
>;

/**
 * Groups the rows of `table` (in its current filter/order) by customer.
 * Cells may be strings or numbers (ids), strings / `Date`s / yyyyMMdd numbers
 * (dates), numbers or numeric strings (amounts). Row numbers in rejects are
 * 1-based positions in the table. The table is not modified.
 *
 * @example
 * const t = aq.table({ id: ['a', 'a', 'b'], date: ['2020-01-01', '2020-01-05', '2020-01-02'] });
 * const { log } = transactionLogFromTable(t, { customerCol: 'id' });
 * // log.customerId = ['a', 'b'], log.offsets = [0, 2, 3]
 */
export function transactionLogFromTable(table: ColumnTable, options: TableReadOptions = {}): ReadTransactionsResult {
  const resolved = resolveReadOptions(options);
  const source = options.sourceName ?? '<table>';
  const indices = resolveColumns(table.columnNames(), resolved, source);
  const names = table.columnNames();
  const column = (index: number): ArrayLike<unknown> => table.array(names[index]) as ArrayLike<unknown>;
  const ids = column(indices.customer);
  const dates = column(indices.date);
  const amounts = indices.amount >= 0 ? column(indices.amount) : null;
  const attributes = indices.attributes.map(column);
  const builder = new TransactionLogBuilder({ ...resolved, source });
  const rowAttributes: unknown[] = new Array(attributes.length);
  for (let i = 0; i < ids.length; i++) {
    for (let k = 0; k < attributes.length; k++) rowAttributes[k] = attributes[k][i];
    builder.acceptValues(i + 1, ids[i], dates[i], amounts === null ? undefined : amounts[i], rowAttributes);
  }
  return builder.finish();
}
