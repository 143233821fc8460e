/** Test helper: a BG/NBD model value with fixed parameters (predictions are tested at fixed params, not fits). */
import { freezeModel } from '../../../src/models/fitted-model.js';
import type { BgnbdModel, BgnbdParams } from '../../../src/models/bgnbd/bgnbd-model.js';

/** FHL 2005's published CDNOW estimates (weeks). */
export const CDNOW_PARAMS: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

export function makeModel(params: BgnbdParams = CDNOW_PARAMS, converged = true): BgnbdModel {
  return freezeModel({
    kind: 'bgnbd',
    version: 1,
    timeUnit: 'week',
    params,
    standardErrors: null,
    covariance: null,
    paramNames: ['r', 'alpha', 'a', 'b'],
    logLikelihood: Number.NaN,
    converged,
    diagnostics: {
      converged,
      message: converged ? 'test model' : 'stopped after maxIterations = 2 steps',
      iterations: 0,
      functionEvaluations: 0,
      gradientNorm: 0,
      hessianPositiveDefinite: false,
      penalizerCoef: 0,
      elapsedMs: 0,
    },
    provenance: { createdAt: '2024-01-01T00:00:00.000Z', clvkitVersion: '0.1.0', customers: 0, patterns: 0 },
  });
}
