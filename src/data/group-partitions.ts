/**
 * Turns partitioned raw rows into the arrays of a TransactionLog: customers in
 * first-seen order, their periods grouped, sorted and merged.
 *
 * Strategy (see partitioned-rows.ts for why): each partition is interned with
 * its own IdInterner and grouped with groupByCustomer while its tables are
 * cache-sized, then released. Customers are then put in global first-seen
 * order by the sequence number of their first row (a bucket pass over the
 * sequence numbers, no comparison sort), and each customer's run of periods
 * is copied to its final place.
 */
import { groupByCustomer, type GroupedTransactions } from './group-by-customer.js';
import { IdInterner } from './id-interner.js';
import { PartitionedRows, readPrefixed, type Partition } from './partitioned-rows.js';
import type { Grain } from './transaction-log.js';

/** The grouped log arrays plus what the builder reports about them. */
export interface GroupedLog extends GroupedTransactions {
  readonly customerId: readonly string[];
  /** Attribute values per customer (one array per attribute, in request order). */
  readonly attributes: readonly (readonly string[])[];
  /** How many of `rejectedIds` never appear in a valid row. */
  readonly onlyRejected: number;
}

interface PartitionResult {
  readonly ids: readonly string[];
  readonly firstSequence: Int32Array;
  readonly grouped: GroupedTransactions;
  readonly attributes: readonly string[][];
}

/**
 * Groups all partitions. `rejectedIds` are the customer ids of rejected rows
 * ("" excluded); those without any valid row are counted in `onlyRejected`.
 * The partitions are released as they are processed.
 *
 * @example
 * // rows in file order: (b, day 5), (a, day 1), (b, day 2)
 * // → customerId ['b', 'a'], offsets [0, 2, 3], time [2, 5, 1]
 */
export function groupPartitions(
  rows: PartitionedRows,
  grain: Grain,
  attributeCount: number,
  rejectedIds: readonly string[],
): GroupedLog {
  const rejectedByPartition = new Map<number, string[]>();
  for (const id of new Set(rejectedIds)) {
    const p = PartitionedRows.partitionOfText(id);
    const list = rejectedByPartition.get(p) ?? [];
    list.push(id);
    rejectedByPartition.set(p, list);
  }
  let onlyRejected = 0;
  const results: PartitionResult[] = [];
  let expected = 1024;
  rows.partitions.forEach((partition, p) => {
    const result = groupPartition(partition, grain, attributeCount, expected);
    // Partitions are statistically alike: size the next table for this one's count.
    expected = Math.ceil(result.interner.size * 1.1);
    const interner = result.interner;
    for (const id of rejectedByPartition.get(p) ?? []) if (!interner.has(id)) onlyRejected++;
    partition.release();
    results.push(result.result);
  });
  return { ...assemble(results, rows.length, attributeCount), onlyRejected };
}

function groupPartition(
  partition: Partition,
  grain: Grain,
  attributeCount: number,
  expected: number,
): { result: PartitionResult; interner: IdInterner } {
  const n = partition.length;
  const interner = new IdInterner(Math.min(expected, n));
  const customerOfRow = new Int32Array(n);
  let firstSequence = new Int32Array(Math.max(16, n >>> 2));
  const end = new Int32Array(1);
  const ids = partition.idBytes;
  let pos = 0;
  for (let k = 0; k < n; k++) {
    const start = readPrefixed(ids, pos, end);
    pos = end[0];
    const before = interner.size;
    const c = interner.internBytes(ids, start, pos);
    customerOfRow[k] = c;
    if (c === before) {
      if (c === firstSequence.length) {
        const grown = new Int32Array(c * 2);
        grown.set(firstSequence);
        firstSequence = grown;
      }
      firstSequence[c] = partition.sequence[k];
    }
  }
  const customers = interner.size;
  const grouped = groupByCustomer(customers, customerOfRow, partition.time, partition.amount, n, grain);
  const attributes = attributeCount > 0 ? earliestAttributes(partition, customerOfRow, customers, attributeCount) : [];
  return {
    result: { ids: interner.ids, firstSequence: firstSequence.subarray(0, customers), grouped, attributes },
    interner,
  };
}

/** Attribute values of each customer's earliest transaction (first in file order on ties). */
function earliestAttributes(partition: Partition, customerOfRow: Int32Array, customers: number, count: number): string[][] {
  const best = new Int32Array(customers).fill(-1);
  const time = partition.time;
  for (let k = 0; k < partition.length; k++) {
    const c = customerOfRow[k];
    if (best[c] < 0 || time[k] < time[best[c]]) best[c] = k;
  }
  const values: string[][] = Array.from({ length: count }, () => new Array<string>(customers));
  const bytes = Buffer.from(partition.attributeBytes!.buffer, partition.attributeBytes!.byteOffset, partition.attributeBytes!.length);
  const end = new Int32Array(1);
  for (let c = 0; c < customers; c++) {
    let pos = partition.attributeStart![best[c]];
    for (let a = 0; a < count; a++) {
      const start = readPrefixed(bytes, pos, end);
      pos = end[0];
      values[a][c] = bytes.toString('utf8', start, pos);
    }
  }
  return values;
}

/** Orders customers by first-seen row and concatenates their periods. */
function assemble(results: readonly PartitionResult[], rows: number, attributeCount: number): Omit<GroupedLog, 'onlyRejected'> {
  let customers = 0;
  let periods = 0;
  for (const result of results) {
    customers += result.ids.length;
    periods += result.grouped.time.length;
  }
  // bySequence[s] = global provisional index (partition base + local) of the customer first seen at row s
  const bySequence = new Int32Array(rows).fill(-1);
  const partitionOf = new Int32Array(customers);
  const base = new Int32Array(results.length + 1);
  results.forEach((result, p) => {
    base[p + 1] = base[p] + result.ids.length;
    for (let c = 0; c < result.ids.length; c++) {
      bySequence[result.firstSequence[c]] = base[p] + c;
      partitionOf[base[p] + c] = p;
    }
  });
  const customerId = new Array<string>(customers);
  const attributes: string[][] = Array.from({ length: attributeCount }, () => new Array<string>(customers));
  const offsets = new Int32Array(customers + 1);
  const time = new Float64Array(periods);
  const amount = new Float64Array(periods);
  const count = new Int32Array(periods);
  let next = 0;
  let write = 0;
  for (let s = 0; s < rows; s++) {
    const global = bySequence[s];
    if (global < 0) continue;
    const p = partitionOf[global];
    const local = global - base[p];
    const result = results[p];
    customerId[next] = result.ids[local];
    for (let a = 0; a < attributeCount; a++) attributes[a][next] = result.attributes[a][local];
    const from = result.grouped.offsets[local];
    const to = result.grouped.offsets[local + 1];
    offsets[next] = write;
    for (let i = from; i < to; i++, write++) {
      time[write] = result.grouped.time[i];
      amount[write] = result.grouped.amount[i];
      count[write] = result.grouped.count[i];
    }
    next++;
  }
  offsets[customers] = write;
  return { customerId, attributes, offsets, time, amount, count };
}
