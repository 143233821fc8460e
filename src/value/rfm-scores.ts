/**
 * Classic RFM quintile scores (1..5) for recency, frequency and monetary value.
 */
import { InputError, type InputIssue } from '../errors.js';
import { checkColumn } from './check-column.js';

export interface RfmScoreInput {
  /** Repeat purchases x (≥ 0). */
  readonly frequency: ArrayLike<number>;
  /** t_x: time from first to last purchase (BTYD recency, ≥ 0). */
  readonly recency: ArrayLike<number>;
  /** T: time from first purchase to the end of observation (≥ recency), same unit. */
  readonly T: ArrayLike<number>;
  /** Money measure per customer, e.g. historical revenue (recommended) or mean spend. */
  readonly monetary: ArrayLike<number>;
}

export interface RfmScores {
  /** Recency score: 5 = bought most recently. */
  readonly r: Uint8Array;
  /** Frequency score: 5 = most repeat purchases. */
  readonly f: Uint8Array;
  /** Monetary score: 5 = most money. */
  readonly m: Uint8Array;
}

/**
 * R, F and M quintile scores of every customer. For a measure where larger
 * is better, with n customers and b_i = #{ j : v_j < v_i } customers
 * strictly worse than i,
 *
 *   score_i = 1 + ⌊5 · b_i / n⌋ ∈ {1, …, 5}.
 *
 * R uses v = −(T − t_x), the negated time since the last purchase, so the
 * most recent buyers score 5 (BTYD "recency" t_x grows with loyalty, not
 * with recentness, so it cannot be scored directly). F uses frequency, M
 * the given monetary measure. Ties get one score — the one where their
 * block starts — so identical customers are never split and a tied block is
 * never promoted (e.g. the many zero-repeat customers all get F = 1). With
 * n a multiple of 5 and no ties each score holds exactly n/5 customers.
 * Edge cases: n = 1 or all values equal → every score 1.
 * T − t_x is rounded to 1e-9 of a unit before comparing, so float noise
 * from subtracting day counts does not split customers whose last purchase
 * was on the same day.
 *
 * Throws InputError naming rows for negative or non-finite inputs or t_x > T.
 *
 * @example
 * rfmScores({ frequency: [0, 1, 2, 3, 4], recency: [0, 1, 2, 3, 4], T: [5, 5, 5, 5, 5],
 *   monetary: [10, 20, 30, 40, 50] })
 * // → r: [1, 2, 3, 4, 5], f: [1, 2, 3, 4, 5], m: [1, 2, 3, 4, 5]
 */
export function rfmScores(input: RfmScoreInput): RfmScores {
  const caller = 'rfmScores';
  const n = input.frequency?.length;
  checkColumn(caller, 'frequency', input.frequency, n, { min: 0 });
  checkColumn(caller, 'recency', input.recency, n, { min: 0 });
  checkColumn(caller, 'T', input.T, n, { min: 0 });
  checkColumn(caller, 'monetary', input.monetary, n);
  const issues: InputIssue[] = [];
  const negatedElapsed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const elapsed = Math.round((input.T[i] - input.recency[i]) * 1e9) / 1e9;
    if (elapsed < 0) {
      issues.push({ row: i + 1, column: 'recency', value: String(input.recency[i]), reason: `recency must not exceed T (${input.T[i]})` });
    }
    negatedElapsed[i] = -elapsed;
  }
  if (issues.length > 0) throw new InputError(`${caller}: ${issues.length} customer(s) have recency > T`, issues);
  return {
    r: quintileScores(negatedElapsed),
    f: quintileScores(input.frequency),
    m: quintileScores(input.monetary),
  };
}

/** 1 + ⌊5·b/n⌋ with b the number of strictly smaller values, in exact integer arithmetic. */
function quintileScores(values: ArrayLike<number>): Uint8Array {
  const n = values.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[a] - values[b]);
  const scores = new Uint8Array(n);
  let blockStart = 0;
  while (blockStart < n) {
    let blockEnd = blockStart + 1;
    while (blockEnd < n && values[order[blockEnd]] === values[order[blockStart]]) blockEnd++;
    const product = 5 * blockStart;
    const score = 1 + (product - (product % n)) / n;
    for (let p = blockStart; p < blockEnd; p++) scores[order[p]] = score;
    blockStart = blockEnd;
  }
  return scores;
}
