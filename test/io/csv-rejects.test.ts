import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTransactionLog } from '../../src/data/read-transaction-log.js';
import { parseCsv } from '../../src/io/csv.js';
import { writeRejects } from '../../src/io/rejects.js';

describe('writeRejects', () => {
  it('writeRejects writes one CSV line per problem with row, customer_id, column, value, reason', async () => {
    const { rejects } = await readTransactionLog('test/fixtures/transactions/malformed.csv', { amountCol: 'amount', onInvalid: 'reject' });
    const path = join(mkdtempSync(join(tmpdir(), 'clvkit-rejects-')), 'rejects.csv');
    await writeRejects(rejects, path);
    const records = parseCsv(readFileSync(path));
    expect(records[0]).toEqual(['row', 'customer_id', 'column', 'value', 'reason']);
    // 8 problems in malformed.csv (see test/fixtures/transactions/README.md)
    expect(records).toHaveLength(1 + 8);
    expect(records[3]).toEqual(['4', 'c', 'amount', 'ten', 'unparseable amount']);
  });

  it('writeRejects writes just the header when nothing was rejected', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'clvkit-rejects-')), 'none.csv');
    await writeRejects([], path);
    expect(readFileSync(path, 'utf8')).toBe('row,customer_id,column,value,reason\n');
  });
});
