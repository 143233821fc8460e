/**
 * Feeds JSON lines (one object per line, e.g. `{"id":"a","date":"2020-01-01","amount":3}`)
 * into a TransactionLogBuilder. Lines are split on LF in the raw bytes; a line
 * cut by a chunk boundary is carried over in a CarryBuffer as in the delimited reader.
 */
import { InputError } from '../errors.js';
import type { ChunkSink } from './delimited-row-sink.js';
import type { ResolvedReadOptions } from './read-options.js';
import { CarryBuffer } from './carry-buffer.js';
import { MAX_RECORD_BYTES } from './record-scanner.js';
import { resolveColumns } from './resolve-columns.js';
import type { TransactionLogBuilder } from './transaction-log-builder.js';

/**
 * A sink that parses each line with JSON.parse. The first object's keys are
 * checked against the requested columns (a typo fails at once, listing the
 * keys); later lines missing a key are rejected row by row.
 */
export function jsonLinesRowSink(builder: TransactionLogBuilder, options: ResolvedReadOptions, source: string): ChunkSink {
  let row = 0;
  let checked = false;
  const { customerCol, dateCol, amountCol, attributeCols } = options;

  const onLine = (bytes: Buffer, start: number, end: number): void => {
    row++;
    const text = bytes.toString('utf8', start, end).trim();
    if (text === '') {
      builder.blankRow();
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      builder.rejectRow(row, '', abbreviate(text), `not valid JSON (${(error as Error).message})`);
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      builder.rejectRow(row, '', abbreviate(text), 'not a JSON object');
      return;
    }
    const object = value as Record<string, unknown>;
    if (!checked) {
      resolveColumns(Object.keys(object), options, source, `(keys of the first object, row ${row})`);
      checked = true;
    }
    builder.acceptValues(
      row,
      object[customerCol],
      object[dateCol],
      amountCol === null ? undefined : object[amountCol],
      attributeCols.map((name) => object[name]),
    );
  };

  const pending = new CarryBuffer();
  /** Hands every complete line in the pending bytes to onLine; returns the bytes consumed. */
  const scan = (final: boolean): number => {
    const bytes = pending.bytes;
    const length = pending.length;
    let start = 0;
    for (;;) {
      const lf = bytes.indexOf(10, start);
      if (lf < 0 || lf >= length) break;
      onLine(bytes, start, lf);
      start = lf + 1;
    }
    if (final && start < length) {
      onLine(bytes, start, length);
      return length;
    }
    if (length - start > MAX_RECORD_BYTES) {
      throw new InputError(`${source}: row ${row + 1} is longer than ${MAX_RECORD_BYTES} bytes`, [
        { file: source, row: row + 1, reason: 'line too long' },
      ]);
    }
    return start;
  };

  return {
    push(chunk) {
      pending.append(chunk);
      pending.discard(scan(false));
    },
    end() {
      pending.discard(scan(true));
    },
  };
}

function abbreviate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
