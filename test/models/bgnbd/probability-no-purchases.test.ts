import { describe, expect, it } from 'vitest';
import { probabilityAlive } from '../../../src/models/bgnbd/probability-alive.js';
import { probabilityNoPurchases } from '../../../src/models/bgnbd/probability-no-purchases.js';
import { simulateBgnbdTransactions } from '../../../src/models/bgnbd/simulate.js';
import { CDNOW_PARAMS, makeModel } from './make-model.js';

const f = (values: number[]) => new Float64Array(values);

describe('probabilityNoPurchases', () => {
  it('probabilityNoPurchases equals (1 − P(alive)) + P(alive)·((α+T)/(α+T+w))^(r+x) assembled from probabilityAlive', () => {
    const { r, alpha } = CDNOW_PARAMS;
    const x = [0, 1, 2, 10];
    const tx = [0, 5, 30.43, 37];
    const T = [20, 38.86, 38.86, 38.86];
    const w = 13;
    const alive = probabilityAlive(makeModel(), f(x), f(tx), f(T));
    const p = probabilityNoPurchases(makeModel(), w, f(x), f(tx), f(T));
    x.forEach((xi, i) => {
      const expected = 1 - alive[i] + alive[i] * Math.pow((alpha + T[i]) / (alpha + T[i] + w), r + xi);
      expect(p[i]).toBeCloseTo(expected, 14);
    });
  });

  it('probabilityNoPurchases is 1 for a zero window and decreases with the window', () => {
    const windows = [0, 1, 4, 13, 52];
    const p = windows.map((w) => probabilityNoPurchases(makeModel(), w, f([3]), f([30]), f([38]))[0]);
    expect(p[0]).toBe(1);
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeLessThan(p[i - 1]);
  });

  it('probabilityNoPurchases keeps relative precision for an active heavy buyer (x = 2000, t_x = T): ≈ ((α+T)/(α+T+w))^(r+x)', () => {
    const { r, alpha, a, b } = CDNOW_PARAMS;
    const [x, T, w] = [2000, 38, 4];
    const [p] = probabilityNoPurchases(makeModel(), w, f([x]), f([T]), f([T]));
    // P(alive) = (b+x−1)/(b+x−1+a) at t_x = T, so p = a/(b+x−1+a) + (b+x−1)/(b+x−1+a)·q — q ≈ e^−190 is negligible.
    const expected = a / (b + x - 1 + a) + ((b + x - 1) / (b + x - 1 + a)) * Math.exp(-(r + x) * Math.log1p(w / (alpha + T)));
    expect(Math.abs(p / expected - 1)).toBeLessThan(1e-14);
  });

  it('probabilityNoPurchases for x = 0 agrees with Monte Carlo (share of quiet customers that stay quiet, 200k simulated, 4 SE)', () => {
    const [T, w] = [26, 13];
    const sim = simulateBgnbdTransactions(CDNOW_PARAMS, { customers: 200_000, T: T + w, seed: 5 });
    let quiet = 0;
    let stayed = 0;
    for (let i = 0; i < sim.T.length; i++) {
      const first = sim.offsets[i] + 1;
      const next = first < sim.offsets[i + 1] ? sim.times[first] : Number.POSITIVE_INFINITY;
      if (next > T) {
        quiet++;
        if (next > T + w) stayed++;
      }
    }
    const share = stayed / quiet;
    const [p] = probabilityNoPurchases(makeModel(), w, f([0]), f([0]), f([T]));
    expect(Math.abs(p - share)).toBeLessThan(4 * Math.sqrt((share * (1 - share)) / quiet));
  });
});
