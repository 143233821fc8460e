/**
 * Lifecycle stages (active, cooling, at-risk, lost) from the probability that
 * a customer is still alive and, when a churn model exists, the probability
 * that they churn.
 */
import { UsageError } from '../errors.js';
import { checkColumn } from './check-column.js';
import { DEFAULT_SEGMENT_CONFIG, type LifecycleConfig, type LifecycleStage } from './segment-config.js';

export interface LifecycleInput {
  /** P(alive) per customer in [0, 1] (e.g. BG/NBD: Fader, Hardie & Lee, "Computing P(alive) Using the BG/NBD Model", 2008 note). */
  readonly pAlive?: ArrayLike<number>;
  /** P(churn) per customer in [0, 1] from a churn classifier, when one was trained. */
  readonly churnProbability?: ArrayLike<number>;
}

/**
 * Stage of every customer from a survival score s:
 *
 *   s = min(P(alive), 1 − P(churn))   combine 'min' (default), both given
 *   s = P(alive)                      combine 'p-alive', or no churn given
 *   s = 1 − P(churn)                  combine 'churn', or no P(alive) given
 *
 *   active   if s ≥ active      (default 0.7)
 *   cooling  if s ≥ cooling     (default 0.4)
 *   at-risk  if s ≥ atRisk      (default 0.1)
 *   lost     otherwise
 *
 * Why 'min': the two signals fail differently. BG/NBD P(alive) is 1 for
 * every customer without a repeat purchase, however long ago they bought
 * (in BG/NBD a customer can only drop out right after a purchase, so x = 0
 * means alive — see the P(alive) note above),
 * while a churn classifier sees that silence; a customer is only "active" if
 * neither signal says otherwise. Thresholds are inclusive at the lower edge
 * (s = 0.7 is active).
 *
 * Throws UsageError when neither input is given or lengths differ;
 * InputError (rows named) for values outside [0, 1] or NaN.
 *
 * @example
 * assignLifecycle({ pAlive: [0.9, 0.9, 0.05], churnProbability: [0.1, 0.5, 0] })
 * // → ['active', 'cooling', 'lost']
 */
export function assignLifecycle(
  input: LifecycleInput,
  config: LifecycleConfig = DEFAULT_SEGMENT_CONFIG.lifecycle,
): LifecycleStage[] {
  const caller = 'assignLifecycle';
  const { pAlive, churnProbability } = input;
  if (pAlive === undefined && churnProbability === undefined) {
    throw new UsageError(`${caller}: give pAlive, churnProbability or both`);
  }
  const n = (pAlive ?? churnProbability)!.length;
  if (pAlive !== undefined) checkColumn(caller, 'pAlive', pAlive, n, { min: 0, max: 1 });
  if (churnProbability !== undefined) checkColumn(caller, 'churnProbability', churnProbability, n, { min: 0, max: 1 });

  const usePAlive = pAlive !== undefined && (config.combine !== 'churn' || churnProbability === undefined);
  const useChurn = churnProbability !== undefined && (config.combine !== 'p-alive' || pAlive === undefined);
  const out = new Array<LifecycleStage>(n);
  for (let i = 0; i < n; i++) {
    let s = 1;
    if (usePAlive) s = Math.min(s, pAlive![i]);
    if (useChurn) s = Math.min(s, 1 - churnProbability![i]);
    out[i] = s >= config.active ? 'active' : s >= config.cooling ? 'cooling' : s >= config.atRisk ? 'at-risk' : 'lost';
  }
  return out;
}
