/**
 * One call from a transaction file (or stream) to a customer summary.
 */
import type { ColumnTable } from 'arquero';
import type { TransactionSource } from './open-byte-source.js';
import type { ReadTransactionsOptions } from './read-options.js';
import type { ReadStats, Reject } from './read-result.js';
import { readTransactionLog } from './read-transaction-log.js';
import { summariseLog, type Excluded, type SummariseOptions, type SummaryStats } from './summarise-log.js';

/** Reading options plus the summary window; `observationEnd` serves both. */
export type SummariseTransactionsOptions = ReadTransactionsOptions & SummariseOptions;

/** The summary, every rejected row, every excluded customer, and counts over both steps. */
export interface TransactionSummary {
  readonly summary: ColumnTable;
  readonly rejects: readonly Reject[];
  readonly excluded: readonly Excluded[];
  /** Reading counts (rows, validRows, …) and summary counts (summarisedCustomers, observationEnd, …). */
  readonly stats: ReadStats & SummaryStats;
}

/**
 * Reads `source` with {@link readTransactionLog} and summarises it with
 * {@link summariseLog}. When `observationEnd` is given, transactions after it
 * are invalid rows (an InputError, or rejects with onInvalid 'reject');
 * otherwise it defaults to the last transaction date.
 *
 * Every input customer is accounted for: stats.customers (in the log) =
 * stats.summarisedCustomers + excluded.length, and customers whose every row
 * was rejected appear in `rejects` (stats.customersOnlyRejected).
 *
 * @example
 * const { summary } = await summariseTransactions('datasets/CDNOW_sample.txt', {
 *   header: false, columns: ['master_id', 'id', 'date', 'cds', 'amount'],
 *   customerCol: 'id', dateCol: 'date', amountCol: 'amount',
 *   calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week',
 * });
 * // sum of frequency 2457, sum of frequency_holdout 1882 (BTYD's cdnowSummary)
 */
export async function summariseTransactions(
  source: TransactionSource,
  options: SummariseTransactionsOptions = {},
): Promise<TransactionSummary> {
  const { log, rejects, stats } = await readTransactionLog(source, options);
  const result = summariseLog(log, options);
  return { summary: result.summary, rejects, excluded: result.excluded, stats: { ...stats, ...result.stats } };
}
