/**
 * Small RFC 4180 CSV reading and writing for the audience side files
 * (attributes, suppression lists) and exports. These files are small and
 * user-edited, so the reader favours exact error locations over streaming.
 */
import { InputError } from '../errors.js';

/** One parsed record with the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/**
 * Splits CSV text into records: "," separates fields; a field starting with
 * '"' is quoted and may hold commas, line breaks and '""' (one quote); LF or
 * CRLF ends a record; a UTF-8 byte-order mark is ignored; blank lines are
 * skipped. Throws InputError (file and line named) for an unclosed quote or
 * text after a closing quote.
 *
 * @example parseCsvRecords('id,email\n1,"a@b.com"\n') // → [{ line: 1, fields: ['id', 'email'] }, { line: 2, fields: ['1', 'a@b.com'] }]
 */
export function parseCsvRecords(text: string, file?: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  let pos = 0;
  while (pos < src.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (src[pos] === '"') {
        pos++;
        for (;;) {
          if (pos >= src.length) throw new InputError('unclosed quote in CSV', [{ file, row: start, reason: 'a quoted field is never closed' }]);
          const ch = src[pos];
          if (ch === '"') {
            if (src[pos + 1] === '"') {
              value += '"';
              pos += 2;
              continue;
            }
            pos++;
            break;
          }
          if (ch === '\n') line++;
          value += ch;
          pos++;
        }
        if (pos < src.length && src[pos] !== ',' && src[pos] !== '\n' && src[pos] !== '\r') {
          throw new InputError('malformed CSV', [{ file, row: line, reason: 'text after a closing quote' }]);
        }
      } else {
        const end = nextDelimiter(src, pos);
        value = src.slice(pos, end);
        pos = end;
      }
      fields.push(value);
      if (src[pos] === ',') {
        pos++;
        continue;
      }
      if (src[pos] === '\r') pos++;
      if (src[pos] === '\n') pos++;
      line++;
      break;
    }
    if (!(fields.length === 1 && fields[0].trim() === '')) records.push({ line: start, fields });
  }
  return records;
}

function nextDelimiter(src: string, from: number): number {
  let pos = from;
  while (pos < src.length && src[pos] !== ',' && src[pos] !== '\n' && src[pos] !== '\r') pos++;
  return pos;
}

/** One CSV line (no line break): fields quoted only when they hold ',', '"', CR or LF. */
export function csvLine(fields: readonly string[]): string {
  return fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',');
}
