import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { logParameterDistribution } from '../../src/evaluate/log-parameter-distribution.js';
import { normalQuantile } from '../../src/evaluate/normal-quantile.js';
import { predictionIntervals } from '../../src/evaluate/prediction-intervals.js';

// One parameter θ with ln θ ~ N(0, 0.3²).
const sigma = 0.3;
const dist = logParameterDistribution({ params: { u: 1 }, paramNames: ['u'], standardErrors: { u: sigma }, covariance: [[sigma ** 2]] });

describe('predictionIntervals', () => {
  it('predictionIntervals(n, d, θ ↦ cᵢθ) gives the lognormal quantiles cᵢ·exp(±σ z)', () => {
    const c = Float64Array.of(1, 2, 10);
    const iv = predictionIntervals(3, dist, (theta, s, e) => c.subarray(s, e).map((ci) => ci * theta[0]), { draws: 4000, level: 0.9, seed: 5 });
    const z = normalQuantile(0.95);
    for (let i = 0; i < 3; i++) {
      // 4,000 draws: the 5% quantile of ln θ has SE ≈ √(0.05·0.95/4000)/φ(1.645)·σ ≈ 0.0032·σ/0.103 ≈ 0.01.
      expect(Math.log(iv.lower[i] / c[i])).toBeCloseTo(-z * sigma, 1);
      expect(Math.log(iv.upper[i] / c[i])).toBeCloseTo(z * sigma, 1);
      expect(Math.abs(Math.log(iv.median[i] / c[i]))).toBeLessThan(0.03);
    }
    expect(iv.draws).toBe(4000);
  });

  it('predictionIntervals(...) gives identical results whatever the block size, calling the predictor per block', () => {
    const n = 10;
    const c = Float64Array.from({ length: n }, (_, i) => i + 1);
    const sizes: number[] = [];
    const predictor = (theta: Float64Array, s: number, e: number) => {
      sizes.push(e - s);
      return c.subarray(s, e).map((ci) => ci * theta[0] ** 2);
    };
    const big = predictionIntervals(n, dist, predictor, { draws: 50, seed: 9 });
    sizes.length = 0;
    const small = predictionIntervals(n, dist, predictor, { draws: 50, seed: 9, blockSize: 3 });
    expect(Math.max(...sizes)).toBe(3);
    expect(sizes).toHaveLength(4 * 50); // blocks of 3, 3, 3, 1, each scored with all 50 draws
    expect(Array.from(small.upper)).toEqual(Array.from(big.upper));
    expect(Array.from(small.lower)).toEqual(Array.from(big.lower));
  });

  it('predictionIntervals(...) rejects too few draws and a predictor of the wrong length', () => {
    expect(() => predictionIntervals(1, dist, () => [1], { draws: 1 })).toThrow(UsageError);
    expect(() => predictionIntervals(2, dist, () => [1])).toThrow(UsageError);
  });
});
