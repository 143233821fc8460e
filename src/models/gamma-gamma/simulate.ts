/**
 * Simulating mean repeat spend from the Gamma-Gamma model, for parameter
 * recovery tests and benchmarks.
 */
import { InputError, UsageError, type InputIssue } from '../../errors.js';
import { createRandom } from '../../math/random-source.js';
import { sampleGamma } from '../../math/sample-gamma.js';
import type { GammaGammaParams } from './log-likelihood.js';

/**
 * Draws each customer's mean repeat spend z̄ given their number of repeat
 * transactions x, from the model's generative story (Fader, Hardie & Lee
 * 2005, JMR 42(4); Fader & Hardie 2013):
 *
 *   ν ~ Gamma(shape q, rate γ)               (the customer's spend rate)
 *   z_1 … z_x | ν ~ Gamma(shape p, rate ν)   (transaction values, mean p/ν)
 *   z̄ = (z_1 + … + z_x)/x ~ Gamma(shape px, rate xν)
 *
 * The last line is exact (sums of Gammas with a common rate), so one draw per
 * customer replaces x. Customers with x = 0 get z̄ = 0, the convention of
 * {@link RfmArrays}. Deterministic for a given seed (xoshiro128**); inputs
 * are not modified.
 *
 * Throws UsageError for non-positive or non-finite parameters and InputError
 * naming rows with a negative or non-finite frequency.
 *
 * @example
 * simulateGammaGamma({ p: 6.25, q: 3.74, v: 15.44 }, [2, 0, 5], 42)
 * // → Float64Array [z̄₁ > 0, 0, z̄₃ > 0], the same on every run
 */
export function simulateGammaGamma(
  params: GammaGammaParams,
  frequency: ArrayLike<number>,
  seed: number,
): Float64Array {
  const { p, q, v } = params ?? ({} as GammaGammaParams);
  if (!(p > 0 && q > 0 && v > 0) || !Number.isFinite(p + q + v)) {
    throw new UsageError(`simulateGammaGamma: p, q, v must be finite and > 0, got ${JSON.stringify(params ?? null)}`);
  }
  if (!Number.isFinite(seed)) throw new UsageError(`simulateGammaGamma: seed must be a finite number, got ${seed}`);
  const issues: InputIssue[] = [];
  for (let i = 0; i < frequency.length && issues.length < 100; i++) {
    const x = frequency[i];
    if (!(x >= 0) || !Number.isFinite(x)) {
      issues.push({ row: i + 1, column: 'frequency', value: String(x), reason: 'frequency must be a finite number ≥ 0' });
    }
  }
  if (issues.length > 0) throw new InputError('simulateGammaGamma: invalid frequencies', issues);

  const random = createRandom(seed);
  const out = new Float64Array(frequency.length);
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i];
    if (x === 0) continue;
    const nu = sampleGamma(random, q, v);
    out[i] = sampleGamma(random, p * x, x * nu);
  }
  return out;
}
