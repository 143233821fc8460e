/**
 * What every command shares: turning parsed flags into library options,
 * writing tables and JSON to files or stdout, progress, and rejects files.
 * Commands stay thin: parse → call the library → print.
 */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ColumnTable } from 'arquero';
import type { ReadTransactionsOptions } from '../data/read-options.js';
import type { Reject } from '../data/read-result.js';
import type { Excluded, SummariseOptions } from '../data/summarise-log.js';
import type { TimeUnit } from '../data/time-unit.js';
import type { TransactionSource } from '../data/open-byte-source.js';
import { readSummary } from '../data/read-summary.js';
import { text } from 'node:stream/consumers';
import { writeCsv } from '../io/csv.js';
import { writeRejects } from '../io/rejects.js';
import { createProgress, type Progress } from './progress.js';

export interface CliContext {
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  readonly stdin: Readable;
}

/** Flags produced by TRANSACTION_OPTIONS and PERIOD_OPTIONS. */
export interface TransactionFlags {
  customerCol: string;
  dateCol: string;
  amountCol?: string;
  channelCol?: string;
  dateFormat: 'auto' | 'iso' | 'yyyyMMdd';
  delimiter: string;
  header?: boolean;
  columns?: string[];
  format: 'auto' | 'csv' | 'jsonl';
  grain: 'day' | 'none';
  onInvalid: 'error' | 'reject';
  rejects?: string;
  unit: TimeUnit;
  calibrationEnd?: string;
  observationEnd?: string;
}

export interface OutputFlags {
  output?: string;
  json?: boolean;
  quiet?: boolean;
}

/** Library reading + summarising options from the CLI flags. */
export function readOptionsFromFlags(flags: TransactionFlags): ReadTransactionsOptions & SummariseOptions {
  return {
    customerCol: flags.customerCol,
    dateCol: flags.dateCol,
    amountCol: flags.amountCol,
    attributeCols: flags.channelCol ? [flags.channelCol] : [],
    dateFormat: flags.dateFormat,
    delimiter: flags.delimiter,
    header: flags.header ?? 'auto',
    columns: flags.columns,
    format: flags.format,
    grain: flags.grain,
    onInvalid: flags.onInvalid,
    unit: flags.unit,
    calibrationEnd: flags.calibrationEnd,
    observationEnd: flags.observationEnd,
  };
}

/** A transaction source from a CLI argument: '-' is stdin. */
export function sourceFromArgument(argument: string, context: CliContext): TransactionSource {
  return argument === '-' ? context.stdin : argument;
}

/** Reads a summary CSV from a path, or from stdin when the argument is '-'. */
export async function readSummaryArgument(argument: string, context: CliContext): Promise<ColumnTable> {
  if (argument !== '-') return readSummary(argument);
  const input = await text(context.stdin);
  return readSummary(input.includes('\n') ? input : `${input}\n`);
}

export function progressFor(flags: OutputFlags, context: CliContext): Progress {
  return createProgress({ quiet: Boolean(flags.quiet), stream: context.stderr });
}

/** Writes a table as CSV to `path`, or to stdout when path is absent or '-'. */
export async function writeTable(table: ColumnTable, path: string | undefined, context: CliContext): Promise<void> {
  if (!path || path === '-') {
    await writeCsv(table, context.stdout);
    return;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeCsv(table, path);
}

/** Prints a value as JSON on stdout. */
export function printJson(value: unknown, context: CliContext): void {
  context.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Puts rejected rows and excluded customers where the user can find them:
 * the --rejects file, else `<output>.rejects.csv` beside the output, else
 * stderr. Returns the path written (or undefined). Nothing is ever dropped.
 */
export async function reportRejects(
  rejects: readonly Reject[],
  excluded: readonly Excluded[],
  flags: { rejects?: string; output?: string },
  context: CliContext,
  progress: Progress,
): Promise<string | undefined> {
  if (rejects.length === 0 && excluded.length === 0) return undefined;
  // Customer-level exclusions share the file; row 0 marks "the whole customer".
  const all = [...rejects, ...excluded.map((e) => ({ row: 0, customerId: e.customerId, column: '', value: '', reason: e.reason }))];
  const path = flags.rejects ?? (flags.output && flags.output !== '-' ? besideOutput(flags.output) : undefined);
  if (path) {
    await mkdir(dirname(path), { recursive: true });
    await writeRejects(all, path);
    progress.warn(`${rejects.length} rejected row(s) and ${excluded.length} excluded customer(s) written to ${path}`);
    return path;
  }
  await writeRejects(all, context.stderr);
  return undefined;
}

function besideOutput(output: string): string {
  return join(dirname(output), `${basename(output, extname(output))}.rejects.csv`);
}
