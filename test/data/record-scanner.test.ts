import { describe, expect, it } from 'vitest';
import { RecordScanner, type FieldSplitting } from '../../src/data/record-scanner.js';

/** Scans `text` delivered in chunks of `size` bytes; returns records as string arrays and malformed flags. */
function scan(text: string, splitting: FieldSplitting, size = Infinity): { fields: string[][]; malformed: (string | null)[] } {
  const fields: string[][] = [];
  const malformed: (string | null)[] = [];
  const scanner = new RecordScanner(splitting, (record) => {
    fields.push(Array.from({ length: record.count }, (_, i) => record.text(i)));
    malformed.push(record.malformed);
  });
  const bytes = Buffer.from(text);
  const step = Math.min(size, bytes.length || 1);
  for (let at = 0; at < bytes.length; at += step) scanner.push(bytes.subarray(at, at + step));
  scanner.end();
  return { fields, malformed };
}

const COMMA: FieldSplitting = { delimiter: 44 };

describe('RecordScanner (delimited)', () => {
  it('RecordScanner splits fields on the delimiter and records on LF or CRLF', () => {
    expect(scan('a,b,c\r\n1,2,3\n4,5,6', COMMA).fields).toEqual([['a', 'b', 'c'], ['1', '2', '3'], ['4', '5', '6']]);
  });

  it('RecordScanner keeps delimiters, line breaks and escaped quotes inside quoted fields (RFC 4180 §2.6–2.7)', () => {
    const { fields } = scan('"x,1","line\nbreak","say ""hi"""\r\n"",plain,"end"\n', COMMA);
    expect(fields).toEqual([['x,1', 'line\nbreak', 'say "hi"'], ['', 'plain', 'end']]);
  });

  it('RecordScanner reports blank lines as records with one empty field, and empty trailing fields', () => {
    expect(scan('a,b\n\n1,\n', COMMA).fields).toEqual([['a', 'b'], [''], ['1', '']]);
  });

  it('RecordScanner marks an unclosed quote and text after a closing quote as malformed', () => {
    expect(scan('a,"b\n', COMMA).malformed).toEqual(['quoted field is not closed']);
    const { fields, malformed } = scan('"a"x,b\n1,2\n', COMMA);
    expect(malformed).toEqual(['text after the closing quote of a quoted field', null]);
    expect(fields[1]).toEqual(['1', '2']);
  });

  it('RecordScanner skips a UTF-8 byte order mark and decodes UTF-8 ids', () => {
    expect(scan('\ufeffid,名前\nÅsa,ü\n', COMMA).fields).toEqual([['id', '名前'], ['Åsa', 'ü']]);
  });

  it('RecordScanner gives the same records for every chunk size from 1 byte up (records cut across chunks)', () => {
    const text = 'id,date,amount\r\n"a,1",2020-01-01,"1.5"\r\nb,"2020-01-02",""\n"c""q",2020-01-03,3\n\nd,2020-01-04,4';
    const whole = scan(text, COMMA);
    for (let size = 1; size <= text.length; size++) expect(scan(text, COMMA, size), `chunk ${size}`).toEqual(whole);
  });

  it('RecordScanner accepts any one-byte delimiter (tab, semicolon)', () => {
    expect(scan('a\tb\n1\t2', { delimiter: 9 }).fields).toEqual([['a', 'b'], ['1', '2']]);
    expect(scan('a;b,c\n', { delimiter: 59 }).fields).toEqual([['a', 'b,c']]);
  });
});

describe('RecordScanner (whitespace)', () => {
  it('RecordScanner splits space-padded CRLF lines like CDNOW_sample.txt into fields', () => {
    const text = ' 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n';
    expect(scan(text, 'whitespace').fields).toEqual([
      ['00004', '0001', '19970101', '2', '29.33'],
      ['00004', '0001', '19970118', '2', '29.73'],
    ]);
  });

  it('RecordScanner (whitespace) gives the same records for every chunk size, with or without a final line break', () => {
    const text = ' a  1\t2 \r\n\r\n b 3 4\r\n c 5 6';
    const whole = scan(text, 'whitespace');
    expect(whole.fields).toEqual([['a', '1', '2'], [], ['b', '3', '4'], ['c', '5', '6']]);
    for (let size = 1; size <= text.length; size++) expect(scan(text, 'whitespace', size)).toEqual(whole);
  });
});
