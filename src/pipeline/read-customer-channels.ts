/**
 * Acquisition channel per customer from a customer attributes file (CSV with
 * a customer id column and a channel column), for when the transactions do
 * not carry the channel themselves.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { parseCsv } from '../io/csv.js';

/**
 * Reads `file` and returns the channel of each of `customerIds` ("" when the
 * file has no row for a customer; reported as "(missing)" in CAC tables).
 * A missing column, or a customer listed twice with different channels, is
 * an InputError naming the file, row and column.
 *
 * @example readCustomerChannels('datasets/apparel_static_cov.csv', 'Id', 'Channel', ['1', '2'])
 */
export function readCustomerChannels(file: string, idColumn: string, channelColumn: string, customerIds: readonly string[]): string[] {
  let text: Buffer;
  try {
    text = readFileSync(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as Error).message}`, [{ file, reason: 'cannot read file' }]);
  }
  const [header = [], ...rows] = parseCsv(text);
  const idAt = header.indexOf(idColumn);
  const channelAt = header.indexOf(channelColumn);
  for (const [name, at] of [[idColumn, idAt], [channelColumn, channelAt]] as const) {
    if (at < 0) throw new InputError(`${file}: no column "${name}"`, [{ file, column: name, reason: `columns found: ${header.join(', ')}` }]);
  }
  const channels = new Map<string, string>();
  rows.forEach((row, index) => {
    const id = row[idAt] ?? '';
    const channel = row[channelAt] ?? '';
    const known = channels.get(id);
    if (known !== undefined && known !== channel) {
      throw new InputError(`${file}: customer ${id} has two channels`, [
        { file, row: index + 1, column: channelColumn, value: channel, reason: `customer ${id} was already given channel "${known}"` },
      ]);
    }
    channels.set(id, channel);
  });
  return customerIds.map((id) => channels.get(id) ?? '');
}
