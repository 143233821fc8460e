/**
 * Turns raw transaction rows (customer index, time, amount in file order) into
 * the CSR layout of a {@link TransactionLog}: rows grouped by customer, sorted
 * by time, and purchases of the same grain period merged.
 *
 * Used per partition (see groupPartitions), so all arrays stay cache-sized.
 * Numerical strategy, O(rows + customers) apart from out-of-order customers:
 * 1. counting sort by customer index (stable, so file order survives ties);
 * 2. per customer, a check that times are already ascending (the usual case
 *    for logs written in time order); only unsorted runs are sorted
 *    (insertion sort when short, an index sort otherwise);
 * 3. one pass merges equal periods (grain 'day': same floor(time)) in place,
 *    summing amounts and counting the transactions merged.
 */
import type { Grain } from './transaction-log.js';

/** The grouped arrays, ready to become a TransactionLog. */
export interface GroupedTransactions {
  readonly offsets: Int32Array;
  readonly time: Float64Array;
  readonly amount: Float64Array;
  readonly count: Int32Array;
}

/**
 * Groups `rows` raw rows by customer: row k belongs to customer
 * `customerOfRow[k]` (dense indices < customers) and has `time[k]`,
 * `amount[k]`. Inputs are not modified; outputs are new exact-size arrays.
 *
 * @example
 * // rows (c, day, amount): (0, 3, 5), (1, 1, 2), (0, 3, 1), (0, 1, 4)
 * // → offsets [0, 2, 3], time [1, 3, 1], amount [4, 6, 2], count [1, 2, 1]
 */
export function groupByCustomer(
  customers: number,
  customerOfRow: Int32Array,
  time: Float64Array,
  amount: Float64Array,
  rows: number,
  grain: Grain,
): GroupedTransactions {
  const total = rows;
  const offsets = new Int32Array(customers + 1);
  for (let k = 0; k < rows; k++) offsets[customerOfRow[k] + 1]++;
  for (let c = 0; c < customers; c++) offsets[c + 1] += offsets[c];

  const sortedTime = new Float64Array(total);
  const sortedAmount = new Float64Array(total);
  const cursor = offsets.slice(0, customers);
  for (let k = 0; k < rows; k++) {
    const at = cursor[customerOfRow[k]]++;
    sortedTime[at] = time[k];
    sortedAmount[at] = amount[k];
  }

  const count = new Int32Array(total);
  const periodOffsets = new Int32Array(customers + 1);
  let write = 0;
  for (let c = 0; c < customers; c++) {
    const from = offsets[c];
    const to = offsets[c + 1];
    sortRange(sortedTime, sortedAmount, from, to);
    periodOffsets[c] = write;
    for (let i = from; i < to; i++) {
      const t = grain === 'day' ? Math.floor(sortedTime[i]) : sortedTime[i];
      if (i > from && grain === 'day' && t === sortedTime[write - 1]) {
        sortedAmount[write - 1] += sortedAmount[i];
        count[write - 1]++;
      } else {
        sortedTime[write] = t;
        sortedAmount[write] = sortedAmount[i];
        count[write] = 1;
        write++;
      }
    }
  }
  periodOffsets[customers] = write;
  return {
    offsets: periodOffsets,
    time: sortedTime.slice(0, write),
    amount: sortedAmount.slice(0, write),
    count: count.slice(0, write),
  };
}

/** Sorts time[from, to) ascending, carrying amount along; stable. */
function sortRange(time: Float64Array, amount: Float64Array, from: number, to: number): void {
  let sorted = true;
  for (let i = from + 1; i < to; i++) {
    if (time[i] < time[i - 1]) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  const n = to - from;
  if (n <= 32) {
    for (let i = from + 1; i < to; i++) {
      const t = time[i];
      const a = amount[i];
      let j = i - 1;
      while (j >= from && time[j] > t) {
        time[j + 1] = time[j];
        amount[j + 1] = amount[j];
        j--;
      }
      time[j + 1] = t;
      amount[j + 1] = a;
    }
    return;
  }
  const times = time.slice(from, to);
  const amounts = amount.slice(from, to);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => times[x] - times[y] || x - y);
  for (let i = 0; i < n; i++) {
    time[from + i] = times[order[i]];
    amount[from + i] = amounts[order[i]];
  }
}
