/**
 * A transaction history grouped by customer, in columnar (CSR) form: the
 * representation between raw rows and per-customer summaries. Purchases in
 * the same grain period (default: same calendar day) are already merged.
 *
 * Customer i's periods are the index range [offsets[i], offsets[i + 1]) of
 * `time` / `amount` / `count`, sorted by time ascending.
 */

/** How purchases are merged before counting: same calendar day (BTYD default), or not at all. */
export type Grain = 'day' | 'none';

export interface TransactionLog {
  /** Customer ids in first-seen order. */
  readonly customerId: readonly string[];
  /** Length customers + 1. */
  readonly offsets: Int32Array;
  /** Period time in days since 1970-01-01 UTC (whole numbers for grain 'day'). */
  readonly time: Float64Array;
  /** Summed amount of the period's transactions (0 when the log has no amount column). */
  readonly amount: Float64Array;
  /** Number of raw transactions merged into each period. */
  readonly count: Int32Array;
  readonly grain: Grain;
  readonly hasAmount: boolean;
  /**
   * Extra per-customer columns requested by the caller (e.g. acquisition
   * channel), taken from the customer's earliest transaction; "" when missing.
   */
  readonly attributes: Readonly<Record<string, readonly string[]>>;
}
