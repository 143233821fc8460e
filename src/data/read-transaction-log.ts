/**
 * Reads a transaction log from a file, stdin or a stream into a
 * {@link TransactionLog}: customers grouped, purchases of one grain period
 * merged, every invalid row located.
 */
import { detectLayout } from './detect-layout.js';
import { delimitedRowSink } from './delimited-row-sink.js';
import { jsonLinesRowSink } from './json-lines-row-sink.js';
import { openByteSource, peekFirstLine, type TransactionSource } from './open-byte-source.js';
import { resolveReadOptions, type ReadTransactionsOptions } from './read-options.js';
import type { ReadTransactionsResult } from './read-result.js';
import { TransactionLogBuilder } from './transaction-log-builder.js';

/**
 * Streams `source` (a path, '-' for stdin, a Readable or an async iterable of
 * bytes) chunk by chunk: each Buffer is split into records in place, dates and
 * amounts are parsed from the bytes, customer ids are interned, and rows are
 * appended to typed block columns; at the end a counting sort groups rows by
 * customer (see groupByCustomer). Memory is ~20 bytes per row plus the
 * distinct ids, whatever the file size.
 *
 * Formats: delimited text with any one-character delimiter and RFC 4180
 * quotes, whitespace-separated text (CRLF or LF), JSON lines. Dates: see
 * DateFormat (timezone handling in parse-date.ts).
 *
 * Invalid rows (missing id, unparseable or negative amount, unparseable date,
 * wrong column count, a date after `observationEnd`) throw one InputError
 * listing them with file, row, column and value, or with `onInvalid:
 * 'reject'` are returned in `rejects` (a customer whose every row is rejected
 * appears only there, counted in stats.customersOnlyRejected). If the first
 * 1,000 rows are all invalid, reading stops with an InputError either way: an
 * option (columns, delimiter, dateFormat) is almost surely wrong.
 *
 * @example
 * const { log, stats } = await readTransactionLog('datasets/CDNOW_sample.txt', {
 *   header: false, columns: ['master_id', 'id', 'date', 'cds', 'amount'],
 *   customerCol: 'id', dateCol: 'date', amountCol: 'amount',
 * });
 * // stats.rows === 6919, stats.customers === 2357, stats.periods === 6696
 */
export async function readTransactionLog(
  source: TransactionSource,
  options: ReadTransactionsOptions = {},
): Promise<ReadTransactionsResult> {
  const resolved = resolveReadOptions(options);
  const opened = await openByteSource(source, { chunkSize: resolved.chunkSize, sourceName: options.sourceName });
  const { prefix, rest } = await peekFirstLine(opened.chunks);
  const layout = detectLayout(prefix, opened.name, resolved);
  const builder = new TransactionLogBuilder({ ...resolved, source: opened.name });
  const sink =
    layout.format === 'jsonl'
      ? jsonLinesRowSink(builder, resolved, opened.name)
      : delimitedRowSink(builder, resolved, layout.splitting, opened.name);
  try {
    let bytesRead = prefix.length;
    if (prefix.length > 0) sink.push(prefix);
    for (;;) {
      const next = await rest.next();
      if (next.done) break;
      sink.push(next.value);
      bytesRead += next.value.length;
      options.onProgress?.(bytesRead, opened.totalBytes);
    }
  } catch (error) {
    await rest.return?.();
    throw error;
  }
  sink.end();
  return builder.finish();
}
