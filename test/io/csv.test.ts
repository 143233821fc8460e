import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { formatCsvField, parseCsv, parseCsvLine, writeCsv } from '../../src/io/csv.js';

const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'clvkit-csv-')), name);

async function written(data: Parameters<typeof writeCsv>[0], options?: Parameters<typeof writeCsv>[2]): Promise<string> {
  const stream = new PassThrough();
  const parts: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => parts.push(chunk));
  await writeCsv(data, stream, options);
  return Buffer.concat(parts).toString('utf8');
}

describe('formatCsvField', () => {
  it('formatCsvField writes numbers in shortest round-trip form, so parsing gives the same double', () => {
    for (const x of [0.1 + 0.2, 1 / 3, 5e-324, 1.7976931348623157e308, -0.5, 38.857142857142854, 12]) {
      expect(Number(formatCsvField(x))).toBe(x);
    }
    expect(formatCsvField(Number.NaN)).toBe('NaN');
    expect(formatCsvField(-Infinity)).toBe('-Inf');
    expect(formatCsvField(null)).toBe('');
  });

  it('formatCsvField quotes text with delimiters, quotes, line breaks or edge blanks (RFC 4180)', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField(' 007')).toBe('" 007"');
    expect(formatCsvField('a;b', ';')).toBe('"a;b"');
    expect(formatCsvField(new Date(Date.UTC(2020, 0, 2)))).toBe('2020-01-02T00:00:00.000Z');
  });
});

describe('writeCsv', () => {
  it('writeCsv writes a header and one line per row, and parseCsv reads it back unchanged', async () => {
    const columns = { id: ['a,1', 'b"2', ' c'], x: new Float64Array([0.1, 1 / 3, 2]) };
    const text = await written(columns);
    expect(text).toBe('id,x\n"a,1",0.1\n"b""2",0.3333333333333333\n" c",2\n');
    expect(parseCsv(text)).toEqual([['id', 'x'], ['a,1', '0.1'], ['b"2', '0.3333333333333333'], [' c', '2']]);
  });

  it('writeCsv writes an arquero table (selected columns, other delimiter) to a file path', async () => {
    const path = tempFile('t.csv');
    await writeCsv(aq.table({ a: [1, 2], b: ['x', 'y'], c: [true, false] }), path, { columns: ['c', 'a'], delimiter: ';' });
    expect(readFileSync(path, 'utf8')).toBe('c;a\ntrue;1\nfalse;2\n');
  });

  it('writeCsv refuses columns of different lengths and unknown column names', async () => {
    await expect(written({ a: [1, 2], b: [1] })).rejects.toThrow(/column "b" has 1 values, expected 2/);
    await expect(written({ a: [1] }, { columns: ['z'] })).rejects.toThrow(/no column named "z"/);
  });

  it('writeCsv rejects when the destination cannot be written', async () => {
    await expect(writeCsv({ a: [1] }, join(tmpdir(), 'no-such-dir-clvkit', 'x.csv'))).rejects.toThrow(/ENOENT/);
  });

  it('writeCsv prints every number exactly as String(x) does (brute force over integers, short decimals, sevenths, random doubles)', async () => {
    let seed = 12345;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const kinds: Record<string, () => number> = {
      integers: () => next() - 1e9,
      cents: () => Math.round(next() / 2147483647 * 1e6) / 100,
      sevenths: () => (next() % 5000) / 7,
      random: () => (next() / 2147483647) * 10 ** ((next() % 40) - 20),
      decimals: () => Number(((next() / 2147483647) * 1000).toFixed(next() % 16)),
      edges: () => [0, -0, 1e-6, 9.99e-7, 1e15, 1e21, 2 ** 53, 2 ** 53 + 2, 0.1, -123.456, 5e-324][next() % 11],
    };
    const columns: Record<string, Float64Array> = {};
    for (const [name, draw] of Object.entries(kinds)) columns[name] = Float64Array.from({ length: 20_000 }, () => (next() % 3 === 0 ? -1 : 1) * draw());
    const [, ...lines] = (await written(columns)).trimEnd().split('\n');
    const names = Object.keys(columns);
    const mismatches: string[] = [];
    lines.forEach((line, r) => line.split(',').forEach((text, c) => {
      if (text !== String(columns[names[c]][r])) mismatches.push(`${names[c]}: ${text} vs ${String(columns[names[c]][r])}`);
    }));
    expect(mismatches).toEqual([]);
  });

  it('writeCsv writes 1,000,000 rows × 5 numeric columns in well under 5 s', async () => {
    const n = 1_000_000;
    const columns: Record<string, Float64Array | string[]> = { customer_id: Array.from({ length: n }, (_, i) => `c${i}`) };
    for (const name of ['frequency', 'recency', 'T', 'monetary_value']) {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = name === 'frequency' ? i % 17 : ((i * 7919) % 1000) / 7;
      columns[name] = values;
    }
    const path = tempFile('big.csv');
    const start = performance.now();
    await writeCsv(columns, path);
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(5000);
    const bytes = readFileSync(path);
    let lineBreaks = 0;
    for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lineBreaks++;
    expect(lineBreaks).toBe(n + 1); // header + rows
    const lastLine = bytes.toString('utf8', bytes.lastIndexOf(10, bytes.length - 2) + 1, bytes.length - 1);
    expect(lastLine).toBe(`c${n - 1},${(n - 1) % 17},${(((n - 1) * 7919) % 1000) / 7},${(((n - 1) * 7919) % 1000) / 7},${(((n - 1) * 7919) % 1000) / 7}`);
  });
});

describe('parseCsvLine', () => {
  it('parseCsvLine splits one line with quotes, escaped quotes and an empty last field', () => {
    expect(parseCsvLine('a,"b ""c""",')).toEqual(['a', 'b "c"', '']);
    expect(parseCsvLine('x\ty', '\t')).toEqual(['x', 'y']);
    expect(parseCsvLine('1,2\r\n')).toEqual(['1', '2']);
  });
});

describe('writeCsv on a long-lived stream', () => {
  it('writeCsv leaves no listeners on a stream it does not own (called 20 times on one stream)', async () => {
    const stream = new PassThrough();
    stream.resume();
    for (let k = 0; k < 20; k++) await writeCsv({ a: [k] }, stream);
    expect(stream.listenerCount('error')).toBe(0);
    expect(stream.listenerCount('drain')).toBe(0);
  });
});
