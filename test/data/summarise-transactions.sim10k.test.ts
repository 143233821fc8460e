/**
 * The simulated 10,000-customer log in datasets/ comes with the CBS that R
 * (CLVTools / BTYD) fits on; our summary must equal it row for row.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summariseTransactions } from '../../src/data/summarise-transactions.js';

describe('summariseTransactions on datasets/sim_bgnbd_10k_elog.csv (end 2020-12-31, weeks)', () => {
  it('summariseTransactions reproduces x, t.x and T.cal of datasets/sim_bgnbd_10k_cbs.csv for all 10,000 customers', async () => {
    const { summary } = await summariseTransactions('datasets/sim_bgnbd_10k_elog.csv', {
      customerCol: 'Id',
      dateCol: 'Date',
      observationEnd: '2020-12-31',
      unit: 'week',
    });
    const ours = new Map((summary.objects() as Record<string, number>[]).map((row) => [Number(row.customer_id), row]));
    const lines = readFileSync('datasets/sim_bgnbd_10k_cbs.csv', 'utf8').trim().split('\n').slice(1);
    expect(lines).toHaveLength(10_000);
    expect(ours.size).toBe(10_000);
    // Reference printed with 15 significant digits: agreement to 1e-12 relative is ample.
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    const mismatches: string[] = [];
    let sumX = 0;
    for (const line of lines) {
      const [id, x, tx, T] = line.split(',').map(Number);
      const row = ours.get(id)!;
      sumX += row.frequency;
      if (row.frequency !== x || !close(row.recency, tx) || !close(row.T, T)) mismatches.push(line);
    }
    expect(mismatches).toEqual([]);
    expect(sumX).toBe(10_656); // datasets/README.md
  });
});
