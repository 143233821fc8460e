/**
 * Writes rejected transaction rows to a CSV file the user can open next to
 * the input: one line per problem (a row with two bad fields gives two lines).
 */
import type { Writable } from 'node:stream';
import type { Reject } from '../data/read-result.js';
import { writeCsv } from './csv.js';

/** Header of a rejects file, in order. */
export const REJECT_COLUMNS = ['row', 'customer_id', 'column', 'value', 'reason'] as const;

/**
 * Writes `rejects` as CSV with columns row, customer_id, column, value,
 * reason (row is the 1-based data row of the input, header excluded). An empty
 * list still writes the header, so "no rejects" is a file, not a missing one.
 *
 * @example await writeRejects(result.rejects, 'out/rejects.csv');
 */
export async function writeRejects(rejects: readonly Reject[], destination: string | Writable): Promise<void> {
  await writeCsv(
    {
      row: rejects.map((r) => r.row),
      customer_id: rejects.map((r) => r.customerId),
      column: rejects.map((r) => r.column),
      value: rejects.map((r) => r.value),
      reason: rejects.map((r) => r.reason),
    },
    destination,
  );
}
