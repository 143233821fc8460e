/**
 * Benchmark: fitting Gamma-Gamma on 100k and 1M simulated repeat buyers.
 * Python lifetimes' GammaGammaFitter takes 1.7 s for 1M customers (team measurement).
 *
 * Data: x = 1 + ⌊Exp(mean 3)⌋, z̄ from the model with p = 6.25, q = 3.74, γ = 15.44
 * (the CDNOW estimates), seeded. Continuous z̄ is the worst case for pattern
 * collapsing (every customer is a pattern); the "cents" run rounds z̄ to cents
 * as real order data would be. Simulation is outside the timed region; the
 * fit includes validation, collapsing, optimisation and standard errors.
 *
 * Run: npm run build && node --expose-gc dist/test/bench/gamma-gamma-fit.js
 */
import { createRandom } from '../../src/math/random-source.js';
import { fitGammaGamma, type GammaGammaModel } from '../../src/models/gamma-gamma/fit.js';
import { simulateGammaGamma } from '../../src/models/gamma-gamma/simulate.js';
import { measure } from './_measure.js';

const truth = { p: 6.25, q: 3.74, v: 15.44 };

function simulate(customers: number, seed: number, cents: boolean) {
  const random = createRandom(seed);
  const frequency = Float64Array.from({ length: customers }, () => 1 + Math.floor(-3 * Math.log(random.nextOpen())));
  const monetaryValue = simulateGammaGamma(truth, frequency, seed + 1);
  if (cents) for (let i = 0; i < customers; i++) monetaryValue[i] = Math.max(0.01, Math.round(monetaryValue[i] * 100) / 100);
  return { frequency, monetaryValue, unit: 'week' as const };
}

const details = (model: GammaGammaModel) => ({
  customers: model.provenance.customers,
  patterns: model.provenance.patterns,
  iterations: model.diagnostics.iterations,
  converged: model.converged,
  params: Object.fromEntries(Object.entries(model.params).map(([name, value]) => [name, Number(value.toFixed(4))])),
});

for (const [customers, cents] of [
  [100_000, false],
  [1_000_000, false],
  [1_000_000, true],
] as const) {
  const data = simulate(customers, 20_240 + customers, cents);
  await measure(`gamma-gamma fit ${customers / 1000}k${cents ? ' (cents)' : ''}`, () => fitGammaGamma(data), details);
}
