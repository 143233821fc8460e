/** Builds a small TransactionLog by hand for churn tests (one period per listed day, grain 'day'). */
import type { TransactionLog } from '../../../src/data/transaction-log.js';

export interface HandCustomer {
  readonly id: string;
  /** Purchase days (days since 1970-01-01), ascending. */
  readonly days: readonly number[];
  /** Amount per day; default 10 each. */
  readonly amounts?: readonly number[];
  readonly attributes?: Readonly<Record<string, string>>;
}

export function makeLog(customers: readonly HandCustomer[], attributeColumns: readonly string[] = []): TransactionLog {
  const offsets = new Int32Array(customers.length + 1);
  const time: number[] = [];
  const amount: number[] = [];
  customers.forEach((c, i) => {
    c.days.forEach((d, j) => {
      time.push(d);
      amount.push(c.amounts?.[j] ?? 10);
    });
    offsets[i + 1] = time.length;
  });
  return {
    customerId: customers.map((c) => c.id),
    offsets,
    time: Float64Array.from(time),
    amount: Float64Array.from(amount),
    count: new Int32Array(time.length).fill(1),
    grain: 'day',
    hasAmount: true,
    attributes: Object.fromEntries(attributeColumns.map((col) => [col, customers.map((c) => c.attributes?.[col] ?? '')])),
  };
}
