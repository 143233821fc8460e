/** The Gamma-Gamma spend model: fit, predict, simulate (re-exported by src/index.ts). */
export { fitGammaGamma, GAMMA_GAMMA_MODEL_VERSION } from './fit.js';
export type { FitGammaGammaOptions, GammaGammaData, GammaGammaModel } from './fit.js';
export { gammaGammaLogDensity, gammaGammaNegLogLikelihood } from './log-likelihood.js';
export type { GammaGammaParams } from './log-likelihood.js';
export { conditionalExpectedAverageSpend, expectedAverageSpendNewCustomer } from './predict.js';
export type { HasGammaGammaParams } from './predict.js';
export { simulateGammaGamma } from './simulate.js';
export { collapseSpendPatterns } from './spend-patterns.js';
export type { NonPositiveSpendPolicy, SpendPatterns } from './spend-patterns.js';
