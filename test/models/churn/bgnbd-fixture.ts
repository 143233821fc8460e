/**
 * A fixed BG/NBD model value for churn tests: the CDNOW estimates of Fader,
 * Hardie & Lee (2005, Table 1; r = 0.243, α = 4.414 weeks, a = 0.793,
 * b = 2.426), wrapped as a converged fitted model so that the prediction
 * functions accept it. α is rescaled for other units (λ is a rate per unit).
 */
import type { BgnbdModel } from '../../../src/models/bgnbd/bgnbd-model.js';
import { freezeModel } from '../../../src/models/fitted-model.js';
import { DAYS_PER_UNIT, type TimeUnit } from '../../../src/data/time-unit.js';

export function cdnowBgnbd(unit: TimeUnit = 'week'): BgnbdModel {
  const alpha = (4.414 * DAYS_PER_UNIT[unit]) / DAYS_PER_UNIT.week;
  return freezeModel({
    kind: 'bgnbd',
    version: 1,
    timeUnit: unit,
    params: { r: 0.243, alpha, a: 0.793, b: 2.426 },
    standardErrors: null,
    covariance: null,
    paramNames: ['r', 'alpha', 'a', 'b'],
    logLikelihood: -9582.4,
    converged: true,
    diagnostics: {
      converged: true,
      message: 'fixture',
      iterations: 0,
      functionEvaluations: 0,
      gradientNorm: 0,
      hessianPositiveDefinite: true,
      penalizerCoef: 0,
      elapsedMs: 0,
    },
    provenance: { createdAt: '2005-01-01T00:00:00.000Z', clvkitVersion: 'fixture', customers: 2357, patterns: 2357 },
  });
}
