import { UsageError } from '../../errors.js';
import type { BgnbdModel } from './bgnbd-model.js';

/** Options shared by the BG/NBD prediction functions. */
export interface BgnbdPredictOptions {
  /** Score with a model whose fit did not converge (refused by default). */
  readonly allowUnconverged?: boolean;
}

/**
 * Guards every prediction: the model must be a BG/NBD model with finite
 * positive parameters, and converged unless the caller opts in (a
 * non-converged fit silently scoring a customer base is the failure mode
 * this prevents). Returns [r, α, a, b].
 *
 * Example: checkBgnbdModel(model, 'probabilityAlive') → [0.243, 4.414, 0.793, 2.426].
 */
export function checkBgnbdModel(
  model: BgnbdModel,
  who: string,
  options: BgnbdPredictOptions = {},
): [r: number, alpha: number, a: number, b: number] {
  if (model?.kind !== 'bgnbd') {
    throw new UsageError(`${who}: expected a BG/NBD model (kind "bgnbd"), got kind ${JSON.stringify(model?.kind)}`);
  }
  const { r, alpha, a, b } = model.params;
  for (const [name, value] of Object.entries({ r, alpha, a, b })) {
    if (!(Number.isFinite(value) && value > 0)) {
      throw new UsageError(`${who}: model parameter ${name} must be finite and > 0, got ${value}`);
    }
  }
  if (!model.converged && !options.allowUnconverged) {
    throw new UsageError(
      `${who}: the model's fit did not converge (${model.diagnostics.message}); refit, or pass { allowUnconverged: true } to score anyway`,
    );
  }
  return [r, alpha, a, b];
}
