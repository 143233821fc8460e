/**
 * Turns raw transaction rows (customer index, time, amount in file order) into
 * the CSR layout of a {@link TransactionLog}: rows grouped by customer, sorted
 * by time, and purchases of the same grain period merged.
 *
 * Numerical strategy, O(rows + customers) apart from out-of-order customers:
 * 1. counting sort by customer index (stable, so file order survives ties);
 * 2. per customer, a check that times are already ascending (the usual case
 *    for logs written in time order); only unsorted runs are sorted
 *    (insertion sort when short, an index sort otherwise);
 * 3. one pass merges equal periods (grain 'day': same floor(time)) in place,
 *    summing amounts and counting the transactions merged.
 */
import type { RowBlocks } from './column-blocks.js';
import type { Grain } from './transaction-log.js';

/** The grouped arrays, ready to become a TransactionLog. */
export interface GroupedTransactions {
  readonly offsets: Int32Array;
  readonly time: Float64Array;
  readonly amount: Float64Array;
  readonly count: Int32Array;
}

/**
 * Groups raw rows by customer. The row blocks are released one by one while
 * being copied (unusable afterwards). Rows without amounts carry amount 0.
 *
 * @example
 * // rows (c, day, amount): (0, 3, 5), (1, 1, 2), (0, 3, 1), (0, 1, 4)
 * // → offsets [0, 2, 3], time [1, 3, 1], amount [4, 6, 2], count [1, 2, 1]
 */
export function groupByCustomer(customers: number, rows: RowBlocks, grain: Grain): GroupedTransactions {
  const total = rows.length;
  const offsets = new Int32Array(customers + 1);
  for (let b = 0; b < rows.blockCount; b++) {
    const { customer } = rows.block(b);
    const fill = rows.blockFill(b);
    for (let i = 0; i < fill; i++) offsets[customer[i] + 1]++;
  }
  for (let c = 0; c < customers; c++) offsets[c + 1] += offsets[c];

  const sortedTime = new Float64Array(total);
  const sortedAmount = new Float64Array(total);
  const cursor = offsets.slice(0, customers);
  for (let b = 0; b < rows.blockCount; b++) {
    const { customer, time, amount } = rows.block(b);
    const fill = rows.blockFill(b);
    for (let i = 0; i < fill; i++) {
      const at = cursor[customer[i]]++;
      sortedTime[at] = time[i];
      sortedAmount[at] = amount[i];
    }
    rows.release(b);
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
  // Keep the big arrays when merging saved little; copy out when it saved a lot.
  const shrink = write < total * 0.75;
  const cut = <T extends Float64Array | Int32Array>(a: T): T =>
    (shrink ? a.slice(0, write) : a.subarray(0, write)) as T;
  return {
    offsets: periodOffsets,
    time: cut(sortedTime),
    amount: cut(sortedAmount),
    count: cut(count),
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
