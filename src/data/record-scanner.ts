/**
 * Splits a byte stream into records and fields without building strings:
 * the single tokenizer behind every text reader in clvkit (transaction logs,
 * summary CSVs, `parseCsvLine`).
 *
 * Two splitting rules:
 * - delimited (RFC 4180 style): any single-byte delimiter; a field that starts
 *   with `"` is quoted, may contain delimiters, line breaks and `""` (an
 *   escaped quote); LF or CRLF ends a record.
 * - whitespace: fields are runs of non-blank bytes separated by spaces/tabs
 *   (fixed-width, space-padded files such as CDNOW_sample.txt); no quoting.
 *
 * Streaming: {@link RecordScanner.push} takes chunks of any size. A record cut
 * by a chunk boundary is carried over (in a reused CarryBuffer) and re-scanned
 * once the next chunk arrives, so memory stays at one chunk plus one partial
 * record and reading allocates nothing per chunk.
 */

import { CarryBuffer } from './carry-buffer.js';

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;

/** How fields are separated: a delimiter byte, or runs of blanks. */
export type FieldSplitting = { readonly delimiter: number } | 'whitespace';

/** Longest record the scanner will carry between chunks (guards against an unclosed quote). */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** Thrown by the scanner when one record exceeds {@link MAX_RECORD_BYTES}; readers add the location. */
export class RecordTooLongError extends Error {}

/**
 * One scanned record, reused between callbacks (copy what you keep).
 * Field i spans bytes `[starts[i], ends[i])` of `bytes`, quotes removed.
 */
export class ScannedRecord {
  bytes: Buffer = Buffer.alloc(0);
  count = 0;
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  /** 1 when field i was quoted and contains `""` escapes (its text needs unescaping). */
  escaped = new Uint8Array(16);
  /** Why the record is malformed (unclosed quote, text after a closing quote), else null. */
  malformed: string | null = null;
  /** Byte range of the whole record, line break excluded. */
  rawStart = 0;
  rawEnd = 0;

  /** Whether the record is an empty line (no fields, or one empty unquoted field). */
  isBlank(): boolean {
    return this.count === 0 || (this.count === 1 && this.starts[0] === this.ends[0] && this.malformed === null);
  }

  /** Field i as a string (UTF-8, quote escapes resolved). */
  text(i: number): string {
    const raw = this.bytes.toString('utf8', this.starts[i], this.ends[i]);
    return this.escaped[i] === 1 ? raw.replaceAll('""', '"') : raw;
  }

  /** The record as written (up to `limit` characters), for messages about malformed rows. */
  rawText(limit = 200): string {
    const text = this.bytes.toString('utf8', this.rawStart, Math.min(this.rawEnd, this.rawStart + limit * 4));
    return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
  }

  /** Field i with surrounding blanks removed. */
  trimmed(i: number): string {
    return this.text(i).trim();
  }

  /** @internal */
  push(start: number, end: number, escaped: number): void {
    if (this.count === this.starts.length) {
      const size = this.starts.length * 2;
      this.starts = grow(this.starts, new Int32Array(size));
      this.ends = grow(this.ends, new Int32Array(size));
      this.escaped = grow(this.escaped, new Uint8Array(size));
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.escaped[this.count] = escaped;
    this.count++;
  }
}

function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Incremental record splitter. Call `push(chunk)` for each chunk and `end()`
 * once; `onRecord` is called for every record, blank lines included (so the
 * caller can count rows as a user would).
 *
 * @example
 * const rows: string[][] = [];
 * const scanner = new RecordScanner({ delimiter: 44 }, (r) => rows.push([r.text(0), r.text(1)]));
 * scanner.push(Buffer.from('a,"b,c"\n1,2')); scanner.end(); // rows = [['a', 'b,c'], ['1', '2']]
 */
export class RecordScanner {
  private readonly delimiter: number;
  private readonly record = new ScannedRecord();
  private readonly pending = new CarryBuffer();
  private started = false;

  constructor(
    splitting: FieldSplitting,
    private readonly onRecord: (record: ScannedRecord) => void,
  ) {
    this.delimiter = splitting === 'whitespace' ? -1 : splitting.delimiter;
  }

  /**
   * Scans a chunk (copied, so the caller may reuse it at once); a trailing
   * partial record is kept for the next call.
   */
  push(chunk: Uint8Array): void {
    this.pending.append(chunk);
    if (!this.started) {
      if (this.pending.length < 3) return; // cannot tell a byte order mark yet
      this.skipByteOrderMark();
    }
    const consumed = this.scan(this.pending.bytes, this.pending.length, false);
    if (consumed === 0 && this.pending.length > MAX_RECORD_BYTES) {
      throw new RecordTooLongError(`a record is longer than ${MAX_RECORD_BYTES} bytes (is a quote left open?)`);
    }
    this.pending.discard(consumed);
  }

  /** Flushes the last record (a file need not end with a line break). */
  end(): void {
    if (!this.started) this.skipByteOrderMark();
    if (this.pending.length > 0) this.scan(this.pending.bytes, this.pending.length, true);
    this.pending.discard(this.pending.length);
  }

  private skipByteOrderMark(): void {
    this.started = true;
    const bytes = this.pending.bytes;
    if (this.pending.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.pending.discard(3);
  }

  /** Scans whole records in bytes [0, length); returns where the first incomplete one starts. */
  private scan(bytes: Buffer, length: number, final: boolean): number {
    const record = this.record;
    record.bytes = bytes;
    let pos = 0;
    while (pos < length) {
      record.count = 0;
      record.malformed = null;
      const next =
        this.delimiter < 0
          ? scanBlankSeparated(bytes, pos, length, final, record)
          : scanDelimited(bytes, pos, length, final, this.delimiter, record);
      if (next < 0) return pos;
      record.rawStart = pos;
      let rawEnd = next;
      while (rawEnd > pos && (bytes[rawEnd - 1] === LF || bytes[rawEnd - 1] === CR)) rawEnd--;
      record.rawEnd = rawEnd;
      this.onRecord(record);
      pos = next;
    }
    return pos;
  }
}

/** Scans one delimited record from `pos`; returns the next record's start, or -1 if incomplete. */
function scanDelimited(bytes: Buffer, pos: number, length: number, final: boolean, delimiter: number, record: ScannedRecord): number {
  let i = pos;
  let fieldStart = i;
  for (;;) {
    if (i >= length) {
      if (!final) return -1;
      record.push(fieldStart, stripCr(bytes, fieldStart, i), 0);
      return length;
    }
    const c = bytes[i];
    if (c > 34 && c !== delimiter) {
      i++; // the common case: an ordinary byte (digits, letters, '-', '.', ':')
    } else if (c === delimiter) {
      record.push(fieldStart, i, 0);
      fieldStart = ++i;
    } else if (c === LF) {
      record.push(fieldStart, stripCr(bytes, fieldStart, i), 0);
      return i + 1;
    } else if (c === QUOTE && i === fieldStart) {
      let j = i + 1;
      let escaped = 0;
      for (;;) {
        if (j >= length) {
          if (!final) return -1;
          record.malformed = 'quoted field is not closed';
          record.push(i + 1, length, escaped);
          return length;
        }
        if (bytes[j] === QUOTE) {
          if (j + 1 >= length && !final) return -1; // cannot tell `"` from `""` yet
          if (bytes[j + 1] !== QUOTE) break;
          escaped = 1;
          j += 2;
        } else {
          j++;
        }
      }
      record.push(i + 1, j, escaped);
      i = j + 1;
      if (i < length && bytes[i] === CR && (i + 1 >= length || bytes[i + 1] === LF)) i++;
      if (i >= length) {
        if (!final) return -1;
        return length;
      }
      const after = bytes[i];
      if (after === LF) return i + 1;
      if (after === delimiter) {
        fieldStart = ++i;
        continue;
      }
      record.malformed = 'text after the closing quote of a quoted field';
      while (i < length && bytes[i] !== LF && bytes[i] !== delimiter) i++;
      if (i >= length && !final) return -1;
      if (i < length && bytes[i] === delimiter) fieldStart = ++i;
      else return i >= length ? length : i + 1;
    } else {
      i++;
    }
  }
}

/** Scans one blank-separated record from `pos`; returns the next record's start, or -1 if incomplete. */
function scanBlankSeparated(bytes: Buffer, pos: number, length: number, final: boolean, record: ScannedRecord): number {
  let i = pos;
  for (;;) {
    let c = 0;
    while (i < length && ((c = bytes[i]) === SPACE || c === TAB || c === CR)) i++;
    if (i >= length) return final ? length : -1;
    if (c === LF) return i + 1;
    const start = i;
    while (i < length && (c = bytes[i]) !== SPACE && c !== TAB && c !== CR && c !== LF) i++;
    if (i >= length && !final) return -1;
    record.push(start, i, 0);
  }
}

function stripCr(bytes: Buffer, start: number, end: number): number {
  return end > start && bytes[end - 1] === CR ? end - 1 : end;
}
