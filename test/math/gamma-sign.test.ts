import { describe, expect, it } from 'vitest';
import { gammaSign } from '../../src/math/gamma-sign.js';

describe('gammaSign', () => {
  it('gammaSign is +1 for x > 0 and alternates on the negative intervals (Γ(−½) = −2√π, Γ(−3/2) = 4√π/3)', () => {
    expect(gammaSign(0.1)).toBe(1);
    expect(gammaSign(-0.5)).toBe(-1);
    expect(gammaSign(-1.5)).toBe(1);
    expect(gammaSign(-2.5)).toBe(-1);
  });
  it('gammaSign is 0 at the poles (1/Γ = 0 there)', () => {
    expect(gammaSign(0)).toBe(0);
    expect(gammaSign(-4)).toBe(0);
  });
});
