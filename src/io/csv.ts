/**
 * CSV in and out. Reading goes through the same byte-level RecordScanner as
 * the transaction reader (one parser, no duplicate quoting rules); writing is
 * batched string building, fast enough for millions of rows.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ColumnTable } from 'arquero';
import { RecordScanner } from '../data/record-scanner.js';

/** Columns by name, all of the same length (arrays or typed arrays). */
export type CsvColumns = Readonly<Record<string, ArrayLike<unknown>>>;

/** Options for writing. */
export interface WriteCsvOptions {
  /** One character (default ','). */
  readonly delimiter?: string;
  /** Columns to write, in order (default: all). */
  readonly columns?: readonly string[];
}

/**
 * Formats one value as a CSV field:
 * - numbers in shortest round-trip form (`String(x)`: full precision, so
 *   reading the file back gives the identical double); NaN → `NaN`, ±∞ → `Inf` / `-Inf`
 *   (both read by R and pandas); null/undefined → empty;
 * - Dates as ISO 8601 (UTC);
 * - text quoted (RFC 4180, `"` doubled) when it holds the delimiter, a quote,
 *   a line break, or leading/trailing blanks — so ids like `" 007"` survive.
 *
 * @example formatCsvField('a,b') === '"a,b"'; formatCsvField(0.1 + 0.2) === '0.30000000000000004'
 */
export function formatCsvField(value: unknown, delimiter = ','): string {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return String(value);
    return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Inf' : '-Inf';
  }
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  if (needsQuotes(text, delimiter)) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

function needsQuotes(text: string, delimiter: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first === 32 || first === 9 || last === 32 || last === 9) return true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 10 || c === 13) return true;
  }
  return text.includes(delimiter);
}

/**
 * Writes a table (or plain columns) as CSV with a header line and LF line
 * ends, to a path (created or replaced) or to a stream (left open, e.g.
 * stdout). Values are formatted as by {@link formatCsvField}.
 *
 * Speed: rows are formatted straight into ~1 MiB byte buffers that are
 * written with back-pressure (memory stays flat for any row count). Numbers
 * avoid `String(x)` where they can, because V8's shortest round-trip
 * conversion costs about a microsecond: integers and decimals of at most 15
 * significant digits are written by a digit loop (the decimal m·10⁻ᵈ with the
 * fewest digits d such that m / 10ᵈ === x, which is exactly what `String(x)`
 * prints), and other values are converted once and cached (summary times are
 * whole days divided by the unit, so they repeat).
 *
 * @example await writeCsv(summary, 'out/summary.csv');
 */
export async function writeCsv(data: ColumnTable | CsvColumns, destination: string | Writable, options: WriteCsvOptions = {}): Promise<void> {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || '"\r\n'.includes(delimiter)) {
    throw new RangeError(`writeCsv: the delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`);
  }
  const columns = toColumns(data, options.columns);
  const names = Object.keys(columns);
  const arrays = names.map((name) => columns[name]);
  const rows = arrays.length === 0 ? 0 : arrays[0].length;
  const stream = typeof destination === 'string' ? createWriteStream(destination) : destination;
  let onError: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    onError = reject;
    stream.once('error', onError);
  });
  failed.catch(() => undefined);
  const write = async (bytes: Buffer): Promise<void> => {
    if (!stream.write(bytes)) await Promise.race([new Promise<void>((resolve) => stream.once('drain', () => resolve())), failed]);
  };
  try {
    const out = new CsvBytes(delimiter);
    names.forEach((name, c) => {
      if (c > 0) out.text(delimiter);
      out.text(formatCsvField(name, delimiter));
    });
    out.byte(10);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < arrays.length; c++) {
        if (c > 0) out.text(delimiter);
        const value = arrays[c][r];
        if (typeof value === 'number') out.number(value);
        else if (typeof value !== 'string' || !out.plainText(value)) out.text(formatCsvField(value, delimiter));
      }
      out.byte(10);
      if (out.size >= FLUSH_BYTES) await write(out.take());
    }
    if (out.size > 0) await write(out.take());
    if (typeof destination === 'string') {
      stream.end();
      await Promise.race([finished(stream), failed]);
    }
  } finally {
    // A caller's stream (stdout) outlives this call: leave no listener behind.
    stream.off('error', onError);
  }
}

const FLUSH_BYTES = 1 << 20;
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const CACHE_LIMIT = 1 << 16;

/** A growable byte buffer that CSV rows are formatted into. */
class CsvBytes {
  private buffer = Buffer.allocUnsafe(FLUSH_BYTES + 4096);
  private pos = 0;
  private readonly digits = new Uint8Array(24);
  private readonly cache = new Map<number, string>();
  private caching = true;
  private cacheHits = 0;
  private cacheMisses = 0;

  private readonly delimiterCode: number;

  constructor(private readonly delimiter: string) {
    this.delimiterCode = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  }

  get size(): number {
    return this.pos;
  }

  /** Hands over the bytes written so far and starts a fresh buffer. */
  take(): Buffer {
    const full = this.buffer.subarray(0, this.pos);
    this.buffer = Buffer.allocUnsafe(FLUSH_BYTES + 4096);
    this.pos = 0;
    return full;
  }

  byte(code: number): void {
    this.reserve(1);
    this.buffer[this.pos++] = code;
  }

  text(text: string): void {
    this.reserve(text.length * 3);
    const buffer = this.buffer;
    let pos = this.pos;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) {
        this.pos += buffer.write(text, this.pos, 'utf8');
        return;
      }
      buffer[pos++] = code;
    }
    this.pos = pos;
  }

  /**
   * Writes ASCII text that needs no quoting in one pass and returns true;
   * returns false (writing nothing) when the text must go through formatCsvField.
   */
  plainText(text: string): boolean {
    const length = text.length;
    if (length === 0) return true;
    this.reserve(length);
    const buffer = this.buffer;
    const delimiter = this.delimiterCode;
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(length - 1);
    if (first === 32 || first === 9 || last === 32 || last === 9) return false;
    let pos = this.pos;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128 || code === 34 || code === 10 || code === 13 || code === delimiter) return false;
      buffer[pos++] = code;
    }
    this.pos = pos;
    return true;
  }

  /** Writes exactly the text `String(x)` would (NaN/±∞ as formatCsvField does). */
  number(x: number): void {
    if (!Number.isFinite(x)) {
      this.text(formatCsvField(x, this.delimiter));
      return;
    }
    const ax = x < 0 ? -x : x;
    if (Number.isInteger(ax) && ax <= Number.MAX_SAFE_INTEGER) {
      if (x < 0) this.byte(45);
      this.decimal(ax, 0);
      return;
    }
    if (this.caching) {
      const cached = this.cache.get(x);
      if (cached !== undefined) {
        this.cacheHits++;
        this.text(cached);
        return;
      }
    }
    if (ax >= 1e-6 && ax < 1e15) {
      for (let d = 1; d < POW10.length; d++) {
        const p = POW10[d];
        const m = Math.round(ax * p);
        if (m >= 9e14) break; // beyond 15 significant digits a decimal may not be unique
        if (m / p === ax) {
          if (x < 0) this.byte(45);
          this.decimal(m, d);
          return;
        }
      }
    }
    const text = String(x);
    if (this.caching) {
      // Stop caching when values rarely repeat (e.g. means of many amounts): lookups would only cost.
      if (++this.cacheMisses >= CACHE_LIMIT && this.cacheHits < this.cacheMisses) this.caching = false;
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(x, text);
    }
    this.text(text);
  }

  /** Writes the integer m with a decimal point `point` digits from the right (0 = none). */
  private decimal(m: number, point: number): void {
    const digits = this.digits;
    let n = 0;
    do {
      const q = Math.floor(m / 10);
      digits[n++] = 48 + (m - q * 10);
      m = q;
    } while (m > 0 || n <= point);
    this.reserve(n + 1);
    const buffer = this.buffer;
    let pos = this.pos;
    for (let i = n - 1; i >= 0; i--) {
      buffer[pos++] = digits[i];
      if (i === point && point > 0) buffer[pos++] = 46;
    }
    this.pos = pos;
  }

  private reserve(bytes: number): void {
    if (this.pos + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.pos + bytes));
    this.buffer.copy(grown, 0, 0, this.pos);
    this.buffer = grown;
  }
}

function toColumns(data: ColumnTable | CsvColumns, only?: readonly string[]): CsvColumns {
  const isTable = typeof (data as ColumnTable).columnNames === 'function';
  const names = only ?? (isTable ? (data as ColumnTable).columnNames() : Object.keys(data));
  const columns: Record<string, ArrayLike<unknown>> = {};
  let length = -1;
  for (const name of names) {
    const values = isTable ? ((data as ColumnTable).array(name) as ArrayLike<unknown>) : (data as CsvColumns)[name];
    if (values === undefined) throw new RangeError(`writeCsv: no column named ${JSON.stringify(name)}`);
    if (length >= 0 && values.length !== length) throw new RangeError(`writeCsv: column ${JSON.stringify(name)} has ${values.length} values, expected ${length}`);
    length = values.length;
    columns[name] = values;
  }
  return columns;
}

/**
 * Splits CSV text into records of field strings (quotes resolved, CRLF or LF,
 * blank lines skipped), with the same scanner the transaction reader uses.
 *
 * @example parseCsv('id,name\n1,"Smith, J."\n') // [['id', 'name'], ['1', 'Smith, J.']]
 */
export function parseCsv(text: string | Uint8Array, delimiter = ','): string[][] {
  if (delimiter.length !== 1 || delimiter === '"') throw new RangeError(`parseCsv: the delimiter must be one character, got ${JSON.stringify(delimiter)}`);
  const records: string[][] = [];
  const scanner = new RecordScanner({ delimiter: delimiter.charCodeAt(0) }, (record) => {
    if (record.isBlank()) return;
    const fields = new Array<string>(record.count);
    for (let i = 0; i < record.count; i++) fields[i] = record.text(i);
    records.push(fields);
  });
  scanner.push(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
  scanner.end();
  return records;
}

/**
 * Splits one CSV line into fields (a trailing line break is ignored).
 *
 * @example parseCsvLine('a,"b ""c""",') // ['a', 'b "c"', '']
 */
export function parseCsvLine(line: string, delimiter = ','): string[] {
  return parseCsv(line, delimiter)[0] ?? [];
}
