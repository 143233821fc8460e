/**
 * Feeds delimited text (CSV, TSV, whitespace-separated) into a
 * TransactionLogBuilder: header handling, column lookup, per-row column
 * count checks and row numbering.
 */
import { InputError } from '../errors.js';
import { parseAmountBytes } from './parse-amount.js';
import { parseDateBytes } from './parse-date.js';
import type { ResolvedReadOptions } from './read-options.js';
import { RecordScanner, RecordTooLongError, type FieldSplitting, type ScannedRecord } from './record-scanner.js';
import { resolveColumns, type ColumnIndices } from './resolve-columns.js';
import type { TransactionLogBuilder } from './transaction-log-builder.js';

/** Something that takes chunks of bytes. */
export interface ChunkSink {
  push(chunk: Buffer): void;
  end(): void;
}

/**
 * A sink that scans delimited records and hands each data row to `builder`.
 * Rows are numbered from 1 after the header; blank lines count as rows (so a
 * row number plus one is the line number in a file with a header).
 */
export function delimitedRowSink(
  builder: TransactionLogBuilder,
  options: ResolvedReadOptions,
  splitting: FieldSplitting,
  source: string,
): ChunkSink {
  let row = 0;
  let names: readonly string[] | null = null;
  let indices: ColumnIndices | null = null;
  let attributeIdx: readonly number[] = [];

  const onRecord = (record: ScannedRecord): void => {
    if (indices === null) {
      if (record.isBlank()) return;
      const isHeader = options.header === 'auto' ? !looksLikeData(record) : options.header;
      const found = isHeader ? Array.from({ length: record.count }, (_, i) => record.trimmed(i)) : null;
      names = options.columns ?? found ?? Array.from({ length: record.count }, (_, i) => String(i + 1));
      const hint = found === null && options.columns === null
        ? 'The input has no header line: name its columns with the columns option (e.g. columns: ["id", "date", "amount"]) or refer to them by 1-based position ("1", "2", …)'
        : '';
      indices = resolveColumns(names, options, source, hint);
      attributeIdx = indices.attributes;
      if (isHeader) return;
    }
    row++;
    if (record.isBlank()) {
      builder.blankRow();
      return;
    }
    const ci = indices.customer;
    const expected = names!.length;
    if (record.malformed !== null || record.count !== expected) {
      const id = ci < record.count ? record.trimmed(ci) : '';
      if (record.malformed !== null) builder.rejectRow(row, id, record.rawText(), record.malformed);
      else builder.rejectRow(row, id, `${record.count} fields`, `expected ${expected} columns, found ${record.count}`);
      return;
    }
    builder.acceptFields(row, record, ci, indices.date, indices.amount, attributeIdx);
  };

  const scanner = new RecordScanner(splitting, onRecord);
  const guard = (step: () => void): void => {
    try {
      step();
    } catch (error) {
      if (!(error instanceof RecordTooLongError)) throw error;
      throw new InputError(`${source}: row ${row + 1}: ${error.message}`, [{ file: source, row: row + 1, reason: error.message }]);
    }
  };
  return {
    push: (chunk) => guard(() => scanner.push(chunk)),
    end: () => guard(() => scanner.end()),
  };
}

/** A first line is data, not a header, when one of its fields reads as a number or a date. */
function looksLikeData(record: ScannedRecord): boolean {
  for (let i = 0; i < record.count; i++) {
    const start = record.starts[i];
    const end = record.ends[i];
    if (end === start) continue;
    if (!Number.isNaN(parseAmountBytes(record.bytes, start, end))) return true;
    if (!Number.isNaN(parseDateBytes(record.bytes, start, end, 'auto'))) return true;
  }
  return false;
}
