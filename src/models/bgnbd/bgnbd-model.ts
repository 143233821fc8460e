import type { FittedModel } from '../fitted-model.js';

/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005): while alive a customer buys as
 * a Poisson process with rate λ ~ Gamma(shape r, rate α); after each purchase
 * they drop out with probability p ~ Beta(a, b). α is in the model's time unit
 * (mean rate E[λ] = r/α purchases per unit).
 */
// A type alias (not an interface) so it is assignable to FittedModel's Readonly<Record<string, number>>.
export type BgnbdParams = {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
};

/** A fitted BG/NBD model: a frozen, JSON-serialisable value. */
export type BgnbdModel = FittedModel<'bgnbd', BgnbdParams>;

/** Model-file format version of BG/NBD models. */
export const BGNBD_MODEL_VERSION = 1;

/** Parameter order of the log-parameter vector, covariance rows and model files. */
export const BGNBD_PARAM_NAMES = ['r', 'alpha', 'a', 'b'] as const;
