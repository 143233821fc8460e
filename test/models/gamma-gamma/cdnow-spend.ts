/**
 * Loaders for the bundled CDNOW spend data (see datasets/README.md):
 * - lifetimes' summary: zbar rounded to cents (946 customers with x > 0);
 * - BTYD's CBS: the same customers with unrounded m.x, as CLVTools and
 *   Fader & Hardie (2013) fit them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SpendColumns {
  readonly frequency: Float64Array;
  readonly monetaryValue: Float64Array;
  readonly unit: 'week';
}

function readColumns(file: string, frequencyColumn: string, spendColumn: string): SpendColumns {
  const path = fileURLToPath(new URL(`../../../datasets/${file}`, import.meta.url));
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const names = header.split(',');
  const xAt = names.indexOf(frequencyColumn);
  const zAt = names.indexOf(spendColumn);
  const cells = rows.map((row) => row.split(','));
  return {
    frequency: Float64Array.from(cells, (cell) => Number(cell[xAt])),
    monetaryValue: Float64Array.from(cells, (cell) => Number(cell[zAt])),
    unit: 'week',
  };
}

/** datasets/cdnow_customers_summary_with_transactions.csv (lifetimes' copy). */
export const cdnowLifetimes = (): SpendColumns =>
  readColumns('cdnow_customers_summary_with_transactions.csv', 'x', 'zbar');

/** datasets/cdnow_cbs_btyd.csv (BTYD's cdnowSummary, unrounded m.x). */
export const cdnowBtyd = (): SpendColumns => readColumns('cdnow_cbs_btyd.csv', 'x', 'm.x');
