/** Customer scores as an arquero table with the documented CSV column names. */
import { table, type ColumnTable } from 'arquero';
import type { CustomerScores } from './score-customers.js';

/**
 * Columns: customer_id, expected_purchases, p_alive, and with a spend model
 * expected_avg_spend, clv (the names scripts rely on; see the README).
 */
export function scoresTable(scores: CustomerScores): ColumnTable {
  return table({
    customer_id: scores.customerId,
    expected_purchases: scores.expectedPurchases,
    p_alive: scores.pAlive,
    ...(scores.expectedAvgSpend ? { expected_avg_spend: scores.expectedAvgSpend } : {}),
    ...(scores.clv ? { clv: scores.clv } : {}),
  });
}
