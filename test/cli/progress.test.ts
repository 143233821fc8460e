import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { readTransactionLog } from '../../src/data/read-transaction-log.js';
import { statSync } from 'node:fs';

function capture(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY },
  );
  return { stream, text: () => chunks.join('') };
}

describe('createProgress', () => {
  it('createProgress on a TTY redraws one line with the reported percentage and ends with a tick', async () => {
    const { stream, text } = capture(true);
    const progress = createProgress({ quiet: false, stream });
    const result = await progress.step('reading', (report) => {
      report(50, 200);
      return 42;
    });
    expect(result).toBe(42);
    expect(text()).toContain('… reading 25%');
    expect(text()).toMatch(/✓ reading \(\d+\.\d\d s\)\n$/);
  });

  it('createProgress off a TTY prints one plain line per step and no percentages', async () => {
    const { stream, text } = capture(false);
    await createProgress({ quiet: false, stream }).step('fitting', (report) => report(1, 2));
    expect(text()).toMatch(/^fitting: done in \d+\.\d\d s\n$/);
  });

  it('createProgress with quiet prints nothing but warnings', async () => {
    const { stream, text } = capture(true);
    const progress = createProgress({ quiet: true, stream });
    await progress.step('reading', (report) => report(1, 2));
    progress.info('hello');
    progress.warn('careful');
    expect(text()).toBe('warning: careful\n');
  });
});

describe('readTransactionLog onProgress', () => {
  it('readTransactionLog reports bytes read up to the whole file size', async () => {
    const file = new URL('../../datasets/apparel_trans.csv', import.meta.url).pathname;
    const calls: [number, number | undefined][] = [];
    await readTransactionLog(file, { customerCol: 'Id', dateCol: 'Date', amountCol: 'Price', chunkSize: 4096, onProgress: (done, total) => calls.push([done, total]) });
    const size = statSync(file).size;
    expect(calls.length).toBeGreaterThan(5);
    expect(calls.at(-1)).toEqual([size, size]);
    for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThan(calls[i - 1][0]);
  });
});
