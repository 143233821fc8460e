import { UsageError } from '../errors.js';

/** Penalised fit measures for comparing models fitted to the same customers. */
export interface InformationCriteria {
  readonly logLikelihood: number;
  /** Number of free parameters k. */
  readonly parameters: number;
  /** Number of observations n (customers, not collapsed patterns). */
  readonly observations: number;
  /** Akaike: AIC = 2k − 2 LL. */
  readonly aic: number;
  /** Schwarz: BIC = k ln n − 2 LL. */
  readonly bic: number;
}

/**
 * Akaike (1974) and Schwarz (1978) information criteria from a maximised
 * log-likelihood: AIC = 2k − 2·LL, BIC = k·ln(n) − 2·LL. Lower is better; only
 * differences between models fitted to the same data mean anything.
 *
 * n is the number of customers (each contributes one likelihood term; a
 * collapsed pattern of weight w counts w times), as in CLVTools' BIC.
 *
 * Example: `informationCriteria(-9582.43, 4, 2357)` → aic 19172.86, bic ≈ 19195.92.
 *
 * @throws UsageError when k < 0, n < 1 or the log-likelihood is not finite.
 */
export function informationCriteria(logLikelihood: number, parameters: number, observations: number): InformationCriteria {
  if (!Number.isFinite(logLikelihood)) throw new UsageError(`informationCriteria: log-likelihood must be finite, got ${logLikelihood}`);
  if (!Number.isInteger(parameters) || parameters < 0) throw new UsageError(`informationCriteria: parameter count must be an integer ≥ 0, got ${parameters}`);
  if (!Number.isInteger(observations) || observations < 1) throw new UsageError(`informationCriteria: observation count must be an integer ≥ 1, got ${observations}`);
  return {
    logLikelihood,
    parameters,
    observations,
    aic: 2 * parameters - 2 * logLikelihood,
    bic: parameters * Math.log(observations) - 2 * logLikelihood,
  };
}
