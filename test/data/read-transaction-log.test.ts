import { Readable } from 'node:stream';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { readTransactionLog } from '../../src/data/read-transaction-log.js';
import { transactionLogFromTable } from '../../src/data/transaction-log-from-table.js';
import type { TransactionLog } from '../../src/data/transaction-log.js';

const HAND_MADE = 'test/fixtures/transactions/hand-made.csv';
const HAND_MADE_JSONL = 'test/fixtures/transactions/hand-made.jsonl';
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const OPTIONS = { amountCol: 'amount', attributeCols: ['channel'] } as const;

/** A log as plain arrays, for whole-value comparisons. */
function plain(log: TransactionLog) {
  return {
    customerId: [...log.customerId],
    offsets: [...log.offsets],
    time: [...log.time],
    amount: [...log.amount],
    count: [...log.count],
    grain: log.grain,
    hasAmount: log.hasAmount,
    attributes: Object.fromEntries(Object.entries(log.attributes).map(([k, v]) => [k, [...v]])),
  };
}

/** hand-made.csv grouped by hand (see test/fixtures/transactions/README.md). */
const HAND_MADE_LOG = {
  customerId: ['a', 'b', 'c, the third'],
  offsets: [0, 3, 4, 5],
  time: [day('2020-01-01'), day('2020-01-08'), day('2020-01-15'), day('2020-01-03'), day('2020-01-02')],
  amount: [15, 3, 7, 20.5, 0],
  count: [2, 1, 1, 1, 1],
  grain: 'day',
  hasAmount: true,
  // a's earliest purchases tie on 2020-01-01: the first in file order (row 3, "web") wins
  attributes: { channel: ['web', 'store', 'web "promo"'] },
};

describe('readTransactionLog', () => {
  it('readTransactionLog groups by customer, sorts by time, merges same-day purchases and sums their amounts', async () => {
    const { log, rejects, stats } = await readTransactionLog(HAND_MADE, OPTIONS);
    expect(plain(log)).toEqual(HAND_MADE_LOG);
    expect(rejects).toEqual([]);
    expect(stats).toMatchObject({ rows: 6, validRows: 6, customers: 3, periods: 5, firstDate: '2020-01-01', lastDate: '2020-01-15' });
  });

  it("readTransactionLog with grain 'none' keeps every transaction and the time of day", async () => {
    const { log } = await readTransactionLog(HAND_MADE, { ...OPTIONS, grain: 'none' });
    expect([...log.offsets]).toEqual([0, 4, 5, 6]);
    // a's two 2020-01-01 purchases stay separate, in file order (10 then 5)
    expect([...log.amount.subarray(0, 4)]).toEqual([10, 5, 3, 7]);
    expect(log.time[5]).toBe(day('2020-01-02') + 23.5 / 24);
  });

  it('readTransactionLog reads JSON lines into the same log as the equivalent CSV', async () => {
    const fromCsv = await readTransactionLog(HAND_MADE, OPTIONS);
    const fromJsonl = await readTransactionLog(HAND_MADE_JSONL, OPTIONS);
    expect(plain(fromJsonl.log)).toEqual(plain(fromCsv.log));
    expect(fromJsonl.stats.blankRows).toBe(1);
  });

  it('readTransactionLog gives the same log for every chunk size (rows and quoted fields cut across chunks)', async () => {
    for (const chunkSize of [1, 2, 3, 5, 7, 11, 64]) {
      const { log } = await readTransactionLog(HAND_MADE, { ...OPTIONS, chunkSize });
      expect(plain(log), `chunkSize ${chunkSize}`).toEqual(HAND_MADE_LOG);
      const jsonl = await readTransactionLog(HAND_MADE_JSONL, { ...OPTIONS, chunkSize });
      expect(plain(jsonl.log), `jsonl chunkSize ${chunkSize}`).toEqual(HAND_MADE_LOG);
    }
  });

  it('readTransactionLog reads a Readable stream and names it in messages', async () => {
    const text = 'customer_id,date\nx,2020-01-01\ny,2020-01-02\n';
    const { log, stats } = await readTransactionLog(Readable.from([Buffer.from(text.slice(0, 9)), text.slice(9)]), {
      sourceName: 'upload.csv',
    });
    expect(log.customerId).toEqual(['x', 'y']);
    expect(log.hasAmount).toBe(false);
    expect([...log.amount]).toEqual([0, 0]);
    expect(stats.source).toBe('upload.csv');
  });

  it("readTransactionLog('-') reads standard input", async () => {
    const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
    Object.defineProperty(process, 'stdin', { configurable: true, value: Readable.from(['customer_id,date\nz,19970101\n']) });
    try {
      const { log, stats } = await readTransactionLog('-');
      expect(log.customerId).toEqual(['z']);
      expect([...log.time]).toEqual([day('1997-01-01')]);
      expect(stats.source).toBe('<stdin>');
    } finally {
      Object.defineProperty(process, 'stdin', original);
    }
  });

  it('readTransactionLog detects semicolon and tab delimiters from the first line', async () => {
    const semicolon = await readTransactionLog(Readable.from(['id;date;amount\n1;2020-01-01;"2.5"\n']), { customerCol: 'id', amountCol: 'amount' });
    expect([...semicolon.log.amount]).toEqual([2.5]);
    const tab = await readTransactionLog(Readable.from(['id\tdate\n1\t2020-01-01\n']), { customerCol: 'id' });
    expect(tab.log.customerId).toEqual(['1']);
  });

  it('readTransactionLog treats a first line of numbers and dates as data, naming columns by 1-based position', async () => {
    const { log, stats } = await readTransactionLog(Readable.from(['7,20200101,1.5\n8,20200102,2\n']), {
      customerCol: '1', dateCol: '2', amountCol: '3',
    });
    expect(log.customerId).toEqual(['7', '8']);
    expect(stats.rows).toBe(2);
  });

  it('readTransactionLog keeps customers in first-seen order and every row, for 5,000 shuffled customers (reference: a Map over the rows)', async () => {
    let seed = 99;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const lines = ['customer_id,date,amount'];
    const expected = new Map<string, { days: Set<string>; total: number }>();
    for (let k = 0; k < 30_000; k++) {
      // ids of many shapes: short numbers, long ids (> 8 bytes), one longer than 255 bytes
      const n = next() % 5000;
      const id = n === 4242 ? 'x'.repeat(300) : n % 3 === 0 ? `customer-${n}` : String(n);
      const date = `2020-0${1 + (next() % 9)}-1${next() % 10}`;
      const amount = (next() % 10_000) / 100;
      lines.push(`${id},${date},${amount}`);
      const entry = expected.get(id) ?? { days: new Set<string>(), total: 0 };
      entry.days.add(date);
      entry.total += amount;
      expected.set(id, entry);
    }
    const { log, stats } = await readTransactionLog(Readable.from([lines.join('\n')]), { amountCol: 'amount' });
    expect(log.customerId).toEqual([...expected.keys()]);
    expect(stats.validRows).toBe(30_000);
    const wrong = log.customerId.filter((id, c) => {
      const from = log.offsets[c];
      const to = log.offsets[c + 1];
      let total = 0;
      for (let i = from; i < to; i++) total += log.amount[i];
      const ascending = log.time.subarray(from, to).every((t, i, a) => i === 0 || a[i - 1] < t);
      return to - from !== expected.get(id)!.days.size || Math.abs(total - expected.get(id)!.total) > 1e-9 * expected.get(id)!.total || !ascending;
    });
    expect(wrong).toEqual([]);
  });

  it('readTransactionLog reads CDNOW_master.txt (whitespace, header, CRLF): 69,659 rows, 23,570 customers, $2,500,315.63', async () => {
    // Totals from datasets/README.md (Fader & Hardie's CDNOW master file).
    const { log, stats } = await readTransactionLog('datasets/CDNOW_master.txt', { amountCol: 'dollar_value' });
    expect(stats.rows).toBe(69_659);
    expect(stats.customers).toBe(23_570);
    let total = 0;
    for (const value of log.amount) total += value;
    expect(total).toBeCloseTo(2_500_315.63, 6);
    expect(stats.firstDate).toBe('1997-01-01');
    expect(stats.lastDate).toBe('1998-06-30');
    expect(log.customerId[0]).toBe('00001'); // ids stay strings: leading zeros kept
  });
});

describe('transactionLogFromTable', () => {
  it('transactionLogFromTable gives the same log as reading the equivalent file', async () => {
    const fromFile = await readTransactionLog(HAND_MADE, OPTIONS);
    const t = aq.table({
      customer_id: ['a', 'b', 'a', 'a', 'a', 'c, the third'],
      date: ['2020-01-15', '2020-01-03', '2020-01-01', '2020-01-08', '2020-01-01', new Date(Date.UTC(2020, 0, 2, 23, 30))],
      amount: [7, 20.5, '10', 3, 5, 0],
      channel: ['store', 'store', 'web', 'store', 'store', 'web "promo"'],
    });
    const fromTable = transactionLogFromTable(t, OPTIONS);
    expect(plain(fromTable.log)).toEqual(plain(fromFile.log));
    expect(fromTable.stats.source).toBe('<table>');
  });

  it('transactionLogFromTable does not modify the input table', () => {
    const t = aq.table({ customer_id: [2, 1], date: ['2020-01-02', '2020-01-01'] });
    const before = JSON.stringify(t.objects());
    const { log } = transactionLogFromTable(t);
    expect(log.customerId).toEqual(['2', '1']);
    expect(JSON.stringify(t.objects())).toBe(before);
  });
});
