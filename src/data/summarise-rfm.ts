/**
 * Customer summary from an arquero table of transactions.
 */
import type { ColumnTable } from 'arquero';
import type { TransactionSummary } from './summarise-transactions.js';
import { summariseLog, type SummariseOptions } from './summarise-log.js';
import { transactionLogFromTable, type TableReadOptions } from './transaction-log-from-table.js';

/**
 * The table counterpart of summariseTransactions: groups `transactions` with
 * {@link transactionLogFromTable} (same validation; rows numbered from 1 in
 * table order) and summarises with {@link summariseLog}. The input table is
 * not modified; the result's `summary` is a new table with columns
 * customer_id, frequency, recency, T[, monetary_value][, holdout columns].
 *
 * @example
 * const t = aq.table({ customer_id: ['a', 'a', 'b'], date: ['2020-01-01', '2020-01-15', '2020-01-08'] });
 * summariseRfm(t, { unit: 'week' }).summary.objects()
 * // [{ customer_id: 'a', frequency: 1, recency: 2, T: 2 }, { customer_id: 'b', frequency: 0, recency: 0, T: 1 }]
 */
export function summariseRfm(transactions: ColumnTable, options: TableReadOptions & SummariseOptions = {}): TransactionSummary {
  const { log, rejects, stats } = transactionLogFromTable(transactions, options);
  const result = summariseLog(log, options);
  return { summary: result.summary, rejects, excluded: result.excluded, stats: { ...stats, ...result.stats } };
}
