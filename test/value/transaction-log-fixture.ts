import type { TransactionLog } from '../../src/data/transaction-log.js';

/**
 * Builds a TransactionLog by hand from per-customer [day, amount] lists
 * (days since 1970-01-01, already sorted), so value tests do not depend on
 * the transaction reader.
 */
export function logOf(
  customers: Record<string, readonly (readonly [number, number])[]>,
  options: { hasAmount?: boolean; attributes?: Record<string, string[]> } = {},
): TransactionLog {
  const ids = Object.keys(customers);
  const offsets = new Int32Array(ids.length + 1);
  const periods = ids.flatMap((id) => customers[id]);
  ids.forEach((id, i) => (offsets[i + 1] = offsets[i] + customers[id].length));
  return {
    customerId: ids,
    offsets,
    time: Float64Array.from(periods, ([day]) => day),
    amount: Float64Array.from(periods, ([, amount]) => amount),
    count: Int32Array.from(periods, () => 1),
    grain: 'day',
    hasAmount: options.hasAmount ?? true,
    attributes: options.attributes ?? {},
  };
}
