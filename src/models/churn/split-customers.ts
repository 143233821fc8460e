import { UsageError } from '../../errors.js';
import type { TransactionLog } from '../../data/transaction-log.js';
import { createRandom } from '../../math/random-source.js';
import { seededPermutation } from './seeded-permutation.js';

/** Two disjoint customer subsets of one log. */
export interface CustomerSplit {
  readonly train: TransactionLog;
  readonly test: TransactionLog;
}

/**
 * Splits a log by customer into a training part and a held-out test part of
 * ⌊testFraction · customers⌋ customers drawn by a seeded shuffle, so that a
 * churn model can be evaluated on customers it never saw. Every customer's
 * whole history goes to one side; customer order inside each part is the
 * original order. The input log is not modified (new arrays are built).
 *
 * @example
 * const { train, test } = splitCustomers(log, { testFraction: 0.3, seed: 1 });
 */
export function splitCustomers(log: TransactionLog, options: { readonly testFraction: number; readonly seed: number }): CustomerSplit {
  const { testFraction, seed } = options;
  if (!(testFraction > 0 && testFraction < 1)) throw new UsageError(`testFraction must be in (0, 1), got ${testFraction}`);
  const customers = log.customerId.length;
  const order = seededPermutation(customers, createRandom(seed));
  const inTest = new Uint8Array(customers);
  for (let k = 0; k < Math.floor(testFraction * customers); k += 1) inTest[order[k]] = 1;
  const pick = (side: number) => {
    const rows: number[] = [];
    for (let c = 0; c < customers; c += 1) if (inTest[c] === side) rows.push(c);
    return selectCustomers(log, rows);
  };
  return { train: pick(0), test: pick(1) };
}

/** The sub-log of the given customer indices (in that order). */
export function selectCustomers(log: TransactionLog, customers: readonly number[]): TransactionLog {
  const offsets = new Int32Array(customers.length + 1);
  for (let k = 0; k < customers.length; k += 1) {
    const c = customers[k];
    offsets[k + 1] = offsets[k] + log.offsets[c + 1] - log.offsets[c];
  }
  const periods = offsets[customers.length];
  const time = new Float64Array(periods);
  const amount = new Float64Array(periods);
  const count = new Int32Array(periods);
  for (let k = 0; k < customers.length; k += 1) {
    const start = log.offsets[customers[k]];
    const stop = log.offsets[customers[k] + 1];
    time.set(log.time.subarray(start, stop), offsets[k]);
    amount.set(log.amount.subarray(start, stop), offsets[k]);
    count.set(log.count.subarray(start, stop), offsets[k]);
  }
  const attributes = Object.fromEntries(
    Object.entries(log.attributes).map(([column, values]) => [column, customers.map((c) => values[c])]),
  );
  return {
    customerId: customers.map((c) => log.customerId[c]),
    offsets,
    time,
    amount,
    count,
    grain: log.grain,
    hasAmount: log.hasAmount,
    attributes,
  };
}
