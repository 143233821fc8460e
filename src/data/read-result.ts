/**
 * What reading a transaction log returns: the grouped log, every rejected
 * row, and counts that let a caller account for every input row and customer.
 */
import type { TransactionLog } from './transaction-log.js';

/** One problem with one input row (a row with two bad fields gives two rejects). */
export interface Reject {
  /** 1-based data row (header excluded; blank lines count as rows). */
  readonly row: number;
  /** The row's customer id as written, "" when missing. */
  readonly customerId: string;
  /** Column name of the bad field ("" when the whole row is at fault). */
  readonly column: string;
  /** The offending text (the field, or a description such as "7 fields"). */
  readonly value: string;
  readonly reason: string;
}

/** Counts over the whole input. */
export interface ReadStats {
  /** Where the data came from (path, "<stdin>", "<stream>", "<table>"). */
  readonly source: string;
  /** Data rows seen, blank lines excluded. */
  readonly rows: number;
  /** Rows that became part of the log. */
  readonly validRows: number;
  /** Rows with at least one reject. */
  readonly rejectedRows: number;
  /** Blank lines skipped. */
  readonly blankRows: number;
  /** Customers in the log (with at least one valid row). */
  readonly customers: number;
  /**
   * Customers whose every row was rejected: they are not in the log, only in
   * the rejects (listed there by customerId).
   */
  readonly customersOnlyRejected: number;
  /** Purchase periods after grain merging. */
  readonly periods: number;
  /** First and last valid transaction dates (YYYY-MM-DD, or a UTC datetime). */
  readonly firstDate: string;
  readonly lastDate: string;
}

/** Result of {@link readTransactionLog} and {@link transactionLogFromTable}. */
export interface ReadTransactionsResult {
  readonly log: TransactionLog;
  readonly rejects: readonly Reject[];
  readonly stats: ReadStats;
}
