import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { readTransactionLog } from '../../src/data/read-transaction-log.js';

const MALFORMED = 'test/fixtures/transactions/malformed.csv';
const HAND_MADE = 'test/fixtures/transactions/hand-made.csv';

/** The defects of malformed.csv, worked out by hand from the file (see its README). */
const EXPECTED_REJECTS = [
  { row: 2, customerId: '', column: 'customer_id', value: '', reason: 'missing customer id' },
  { row: 3, customerId: 'b', column: 'date', value: '2020-02-30', reason: 'unparseable date (expected YYYY-MM-DD, an ISO datetime or yyyyMMdd)' },
  { row: 4, customerId: 'c', column: 'amount', value: 'ten', reason: 'unparseable amount' },
  { row: 5, customerId: 'd', column: 'amount', value: '-2', reason: 'negative amount' },
  { row: 6, customerId: 'e', column: '', value: '2 fields', reason: 'expected 3 columns, found 2' },
  { row: 7, customerId: 'f', column: '', value: '4 fields', reason: 'expected 3 columns, found 4' },
  { row: 8, customerId: 'g', column: 'date', value: 'not-a-date', reason: 'unparseable date (expected YYYY-MM-DD, an ISO datetime or yyyyMMdd)' },
  { row: 8, customerId: 'g', column: 'amount', value: '-1', reason: 'negative amount' },
];

async function caught(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readTransactionLog validation', () => {
  it('readTransactionLog throws one InputError listing every invalid row with file, row, column and value', async () => {
    const error = await caught(readTransactionLog(MALFORMED, { amountCol: 'amount' }));
    expect(error.message).toMatch(/^test\/fixtures\/transactions\/malformed\.csv: 7 of 9 rows are invalid \(8 problems/);
    expect(error.issues).toEqual(
      EXPECTED_REJECTS.map(({ customerId: _id, column, ...rest }) => ({ file: MALFORMED, ...(column ? { column } : {}), ...rest })),
    );
    expect(error.message).toContain('test/fixtures/transactions/malformed.csv, row 4, column amount: unparseable amount (value "ten")');
  });

  it('readTransactionLog lists at most maxIssues problems but counts them all', async () => {
    const error = await caught(readTransactionLog(MALFORMED, { amountCol: 'amount', maxIssues: 2 }));
    expect(error.issues).toHaveLength(2);
    expect(error.message).toContain('(8 problems; first 2 listed)');
  });

  it("readTransactionLog with onInvalid 'reject' returns the rejects and keeps the valid rows", async () => {
    const { log, rejects, stats } = await readTransactionLog(MALFORMED, { amountCol: 'amount', onInvalid: 'reject' });
    expect(rejects).toEqual(EXPECTED_REJECTS);
    expect(log.customerId).toEqual(['a']);
    // a: 2020-01-01 (10) and 2020-01-09 (0: a zero amount is valid)
    expect([...log.amount]).toEqual([10, 0]);
    expect(stats).toMatchObject({ rows: 9, validRows: 2, rejectedRows: 7, customers: 1, customersOnlyRejected: 6 });
  });

  it("readTransactionLog with onInvalid 'reject' accounts for every customer: each is in the log or in the rejects", async () => {
    const { log, rejects } = await readTransactionLog(MALFORMED, { amountCol: 'amount', onInvalid: 'reject' });
    const seen = new Set([...log.customerId, ...rejects.map((r) => r.customerId).filter((id) => id !== '')]);
    expect([...seen].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('readTransactionLog rejects transactions after observationEnd (day D itself is inside)', async () => {
    const { log, rejects } = await readTransactionLog(HAND_MADE, { amountCol: 'amount', observationEnd: '2020-01-08', onInvalid: 'reject' });
    expect(rejects).toEqual([
      { row: 1, customerId: 'a', column: 'date', value: '2020-01-15', reason: 'after the observation end 2020-01-08' },
    ]);
    // a's first row is rejected, so b is seen first: b (1 period), a (01-01, 01-08), c (1)
    expect(log.customerId).toEqual(['b', 'a', 'c, the third']);
    expect([...log.offsets]).toEqual([0, 1, 3, 4]);
    await expect(readTransactionLog(HAND_MADE, { amountCol: 'amount', observationEnd: '2020-01-08' })).rejects.toThrow(/row 1, column date: after the observation end 2020-01-08 \(value "2020-01-15"\)/);
  });

  it('readTransactionLog names the available columns when a requested column is missing', async () => {
    const error = await caught(readTransactionLog(HAND_MADE, { amountCol: 'spend' }));
    expect(error.message.split('\n')[0]).toBe(
      'test/fixtures/transactions/hand-made.csv: the amount column "spend" is not in the input; available columns: "customer_id", "date", "amount", "channel"',
    );
    expect(error.issues[0]).toMatchObject({ file: HAND_MADE, column: 'spend' });
  });

  it('readTransactionLog explains how to name the columns of a file without a header', async () => {
    const error = await caught(readTransactionLog('datasets/CDNOW_sample.txt'));
    expect(error.message).toContain('the customer id column "customer_id" is not in the input; available columns: "1", "2", "3", "4", "5"');
    expect(error.message).toContain('no header line');
  });

  it('readTransactionLog matches a column name case-insensitively when that is unambiguous', async () => {
    const { log } = await readTransactionLog(Readable.from(['Customer_ID,DATE\nx,2020-01-01\n']));
    expect(log.customerId).toEqual(['x']);
  });

  it('readTransactionLog reports empty input, a header without rows, and all rows rejected as InputErrors', async () => {
    await expect(readTransactionLog(Readable.from([]))).rejects.toThrow(/<stream>: no transactions found/);
    await expect(readTransactionLog(Readable.from(['customer_id,date\r\n\r\n']))).rejects.toThrow(/no transactions found/);
    await expect(readTransactionLog(Readable.from(['customer_id,date\nx,never\n']), { onInvalid: 'reject' })).rejects.toThrow(
      /all 1 rows were rejected/,
    );
  });

  it('readTransactionLog reports a missing file as an InputError naming the path', async () => {
    await expect(readTransactionLog('no/such/file.csv')).rejects.toThrow(/cannot read no\/such\/file.csv: no such file/);
  });

  it('readTransactionLog rejects malformed quoting and bad JSON lines with their row numbers', async () => {
    const csv = await readTransactionLog(Readable.from(['customer_id,date\n"x"y,2020-01-01\nz,2020-01-02\n']), { onInvalid: 'reject' });
    expect(csv.rejects).toEqual([{ row: 1, customerId: 'x', column: '', value: '"x"y,2020-01-01', reason: 'text after the closing quote of a quoted field' }]);
    const jsonl = await readTransactionLog(Readable.from(['{"customer_id":"x","date":"2020-01-01"}\n[1]\n{oops\n{"customer_id":"y"}\n']), { onInvalid: 'reject' });
    expect(jsonl.rejects.map((r) => [r.row, r.reason.split(' (')[0]])).toEqual([
      [2, 'not a JSON object'],
      [3, 'not valid JSON'],
      [4, 'unparseable date'],
    ]);
    expect(jsonl.stats.customersOnlyRejected).toBe(1); // y
  });

  it('readTransactionLog refuses bad options with a UsageError before reading', async () => {
    await expect(readTransactionLog(HAND_MADE, { delimiter: ',,' })).rejects.toBeInstanceOf(UsageError);
    await expect(readTransactionLog(HAND_MADE, { observationEnd: '2020-13-01' })).rejects.toThrow(/observationEnd: cannot read "2020-13-01" as a date/);
    await expect(readTransactionLog(HAND_MADE, { grain: 'week' as never })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('readTransactionLog when every row is invalid', () => {
  it('readTransactionLog stops after 1,000 rejected rows and no valid one, even in reject mode, naming the likely cause', async () => {
    // A wrong dateFormat makes every row invalid: 'dd/MM/yyyy' cannot read ISO dates.
    const lines = ['customer_id,date', ...Array.from({ length: 5000 }, (_, i) => `c${i},2020-01-01`)];
    const error = await readTransactionLog(Readable.from([lines.join('\n')]), { dateFormat: 'dd/MM/yyyy', onInvalid: 'reject' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/the first 1000 rows are all invalid; stopped reading/);
    expect((error as InputError).issues[0]).toMatchObject({ row: 1, column: 'date', value: '2020-01-01' });
  });
});
