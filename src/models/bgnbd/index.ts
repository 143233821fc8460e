/**
 * BG/NBD model (Fader, Hardie & Lee 2005): fit, predict, simulate.
 * Prediction functions are free functions taking the fitted model first.
 */
export { BGNBD_MODEL_VERSION, BGNBD_PARAM_NAMES, type BgnbdModel, type BgnbdParams } from './bgnbd-model.js';
export type { BgnbdPredictOptions } from './check-model.js';
export { expectedPurchases } from './expected-purchases.js';
export { expectedPurchasesNewCustomer } from './expected-purchases-new-customer.js';
export { fitBgnbd, type BgnbdInput, type FitBgnbdOptions } from './fit.js';
export { bgnbdLogLikelihood } from './log-likelihood.js';
export { probabilityAlive } from './probability-alive.js';
export { probabilityNoPurchases } from './probability-no-purchases.js';
export { purchaseCountPmf } from './purchase-count-pmf.js';
export {
  simulateBgnbd,
  simulateBgnbdTransactions,
  type SimulateBgnbdOptions,
  type SimulatedRfm,
  type SimulatedTransactions,
} from './simulate.js';
