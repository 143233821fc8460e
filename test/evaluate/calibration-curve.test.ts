import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { calibrationCurve } from '../../src/evaluate/calibration-curve.js';
import { createRandom } from '../../src/math/random-source.js';

describe('calibrationCurve', () => {
  it('calibrationCurve(scores, labels) bins by quantile and gives the Brier score', () => {
    const c = calibrationCurve([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], { bins: 2 });
    expect(c.bins).toHaveLength(2);
    expect(c.bins[0]).toMatchObject({ count: 2, observedRate: 0, lower: 0.1, upper: 0.2 });
    expect(c.bins[0].meanPredicted).toBeCloseTo(0.15, 14);
    expect(c.bins[1].observedRate).toBe(1);
    // Brier: (0.01 + 0.04 + 0.04 + 0.01) / 4.
    expect(c.brierScore).toBeCloseTo(0.025, 14);
    // ECE: ½·|0 − 0.15| + ½·|1 − 0.85|.
    expect(c.expectedCalibrationError).toBeCloseTo(0.15, 14);
  });

  it('calibrationCurve(...) of outcomes drawn with the predicted probabilities lies near the diagonal', () => {
    const random = createRandom(7);
    const rand = () => random.next();
    const n = 20_000;
    const p = Float64Array.from({ length: n }, () => rand());
    const y = Float64Array.from(p, (pi) => (rand() < pi ? 1 : 0));
    const c = calibrationCurve(p, y, { bins: 10, strategy: 'uniform' });
    expect(c.bins).toHaveLength(10);
    for (const bin of c.bins) {
      // Binomial SE with ~2,000 per bin is ≤ 0.011; 4 SE tolerance.
      expect(Math.abs(bin.observedRate - bin.meanPredicted)).toBeLessThan(0.045);
    }
    // E[(p − y)²] = E[p(1 − p)] = 1/6 for p ~ U(0, 1).
    expect(c.brierScore).toBeCloseTo(1 / 6, 2);
  });

  it('calibrationCurve(...) keeps tied scores in one bin', () => {
    const c = calibrationCurve([0.5, 0.5, 0.5, 0.5, 0.9], [0, 1, 0, 1, 1], { bins: 2 });
    expect(c.bins[0].count).toBe(4);
    expect(c.bins[0].observedRate).toBe(0.5);
    expect(c.bins.reduce((s, b) => s + b.count, 0)).toBe(5);
  });

  it('calibrationCurve(...) rejects scores outside [0, 1]', () => {
    expect(() => calibrationCurve([1.2], [1])).toThrow(InputError);
    expect(() => calibrationCurve([0.2], [3])).toThrow(InputError);
  });
});
