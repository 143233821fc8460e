/**
 * Options for reading a transaction log, their defaults, and their checking
 * (a bad option is a UsageError before any byte is read).
 */
import { UsageError } from '../errors.js';
import { observationCutoff, type DateInput } from './observation-cutoff.js';
import { parseDateFormat, type DateFormat } from './parse-date.js';
import type { InvalidPolicy } from './transaction-log-builder.js';
import type { Grain } from './transaction-log.js';

/** How to read a transaction log. Every field is optional. */
export interface ReadTransactionsOptions {
  /** Customer id column (default 'customer_id'). Without a header, a 1-based position such as '2' also works. */
  readonly customerCol?: string;
  /** Transaction date column (default 'date'). */
  readonly dateCol?: string;
  /** Amount column; omit when the log has no amounts (monetary values are then 0). */
  readonly amountCol?: string;
  /** Per-customer columns to carry into the summary (taken from the earliest transaction), e.g. ['channel']. */
  readonly attributeCols?: readonly string[];
  /** 'auto' (default): JSON lines when the name ends .jsonl/.ndjson or the text starts with '{', else delimited. */
  readonly format?: 'auto' | 'csv' | 'jsonl';
  /**
   * Field separator: any single character (',', '\t', ';', '|' …), 'tab', 'whitespace'
   * (runs of spaces/tabs, e.g. CDNOW_sample.txt) or 'auto' (default: the most frequent of
   * , tab ; | on the first line, else whitespace).
   */
  readonly delimiter?: string;
  /**
   * Whether the first line names the columns. 'auto' (default): it does unless one of its
   * fields reads as a number or a date.
   */
  readonly header?: boolean | 'auto';
  /** Column names for a file without a header (or to rename a header's columns). */
  readonly columns?: readonly string[];
  /** Date layout (default 'auto'; see DateFormat). */
  readonly dateFormat?: DateFormat;
  /** 'day' (default): purchases on the same calendar day form one period; 'none': no merging. */
  readonly grain?: Grain;
  /** Transactions after this date are invalid (see onInvalid). Default: no limit. */
  readonly observationEnd?: DateInput;
  /**
   * 'error' (default): throw an InputError listing the invalid rows (file, row, column, value);
   * 'reject': leave them out, return them in `rejects`, and go on.
   */
  readonly onInvalid?: InvalidPolicy;
  /** With onInvalid 'error', how many problems the error lists (default 20). */
  readonly maxIssues?: number;
  /** Bytes per read for file sources (default 1 MiB; tiny values are for tests). */
  readonly chunkSize?: number;
  /** Name used in messages for stream sources (default '<stdin>' or '<stream>'). */
  readonly sourceName?: string;
  /** Called after each chunk with the bytes read so far and the file size (unknown for streams). */
  readonly onProgress?: (bytesRead: number, totalBytes: number | undefined) => void;
}

/** Options with defaults filled in and values checked. */
export interface ResolvedReadOptions {
  readonly customerCol: string;
  readonly dateCol: string;
  readonly amountCol: string | null;
  readonly attributeCols: readonly string[];
  readonly format: 'auto' | 'csv' | 'jsonl';
  /** A delimiter byte, 'whitespace', or 'auto'. */
  readonly delimiter: number | 'whitespace' | 'auto';
  readonly header: boolean | 'auto';
  readonly columns: readonly string[] | null;
  readonly dateFormat: DateFormat;
  readonly grain: Grain;
  readonly cutoff: number;
  readonly onInvalid: InvalidPolicy;
  readonly maxIssues: number;
  readonly chunkSize: number;
}

/** Fills defaults and checks every option; throws UsageError naming the bad one. */
export function resolveReadOptions(options: ReadTransactionsOptions = {}): ResolvedReadOptions {
  const grain = options.grain ?? 'day';
  if (grain !== 'day' && grain !== 'none') throw new UsageError(`grain must be 'day' or 'none', got ${JSON.stringify(grain)}`);
  const onInvalid = options.onInvalid ?? 'error';
  if (onInvalid !== 'error' && onInvalid !== 'reject') {
    throw new UsageError(`onInvalid must be 'error' or 'reject', got ${JSON.stringify(onInvalid)}`);
  }
  const format = options.format ?? 'auto';
  if (format !== 'auto' && format !== 'csv' && format !== 'jsonl') {
    throw new UsageError(`format must be 'auto', 'csv' or 'jsonl', got ${JSON.stringify(format)}`);
  }
  const dateFormat = parseDateFormat(options.dateFormat ?? 'auto');
  const maxIssues = options.maxIssues ?? 20;
  const chunkSize = options.chunkSize ?? 1 << 20;
  if (!Number.isInteger(maxIssues) || maxIssues < 1) throw new UsageError(`maxIssues must be a positive integer, got ${maxIssues}`);
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new UsageError(`chunkSize must be a positive integer, got ${chunkSize}`);
  const customerCol = options.customerCol ?? 'customer_id';
  const dateCol = options.dateCol ?? 'date';
  const amountCol = options.amountCol ?? null;
  for (const [name, value] of [['customerCol', customerCol], ['dateCol', dateCol], ['amountCol', amountCol ?? 'x']] as const) {
    if (typeof value !== 'string' || value === '') throw new UsageError(`${name} must be a non-empty column name`);
  }
  return {
    customerCol,
    dateCol,
    amountCol,
    attributeCols: [...(options.attributeCols ?? [])],
    format,
    delimiter: resolveDelimiter(options.delimiter ?? 'auto'),
    header: options.header ?? 'auto',
    columns: options.columns ? [...options.columns] : null,
    dateFormat,
    grain,
    cutoff: options.observationEnd === undefined ? Infinity : observationCutoff(options.observationEnd, grain, 'observationEnd'),
    onInvalid,
    maxIssues,
    chunkSize,
  };
}

function resolveDelimiter(value: string): number | 'whitespace' | 'auto' {
  if (value === 'auto' || value === 'whitespace') return value;
  if (value === 'tab' || value === '\\t') return 9;
  if (value.length === 1 && value.charCodeAt(0) < 128 && value !== '"' && value !== '\n' && value !== '\r') {
    return value.charCodeAt(0);
  }
  throw new UsageError(
    `delimiter must be one ASCII character (not a quote or line break), 'tab', 'whitespace' or 'auto'; got ${JSON.stringify(value)}`,
  );
}
