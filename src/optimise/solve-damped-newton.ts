/**
 * Newton direction p solving (H + λI) p = −g for a small dense symmetric H
 * (row-major n×n), with the smallest damping λ ∈ {0, 1e-10·s, 1e-9·s, …}
 * (s = max(1, max |Hᵢᵢ|)) for which the Cholesky factorisation succeeds.
 *
 * This is the Levenberg–Marquardt-style modification of Nocedal & Wright
 * (2006), §3.4 ("Newton's method with Hessian modification"): far from the
 * optimum, or where the Hessian is indefinite, the damping turns the step
 * towards steepest descent, so the result is always a descent direction.
 *
 * Returns λ used, or −1 if even heavy damping failed (non-finite Hessian).
 * Written by hand because n is 2–4 and it runs once per iteration: a 16-entry
 * factorisation does not need ml-matrix's allocations.
 *
 * Example: H = [[2,0],[0,8]], g = [2,8] → p = [−1,−1], λ = 0.
 */
export function solveDampedNewton(hessian: Float64Array, gradient: Float64Array, directionOut: Float64Array): number {
  const n = gradient.length;
  let scale = 1;
  for (let i = 0; i < n; i++) {
    const d = Math.abs(hessian[i * n + i]);
    if (!Number.isFinite(d)) return -1;
    scale = Math.max(scale, d);
  }
  const factor = new Float64Array(n * n);
  for (let attempt = 0, lambda = 0; attempt < 24; attempt++, lambda = lambda === 0 ? 1e-10 * scale : lambda * 10) {
    if (!choleskyInto(hessian, n, lambda, factor)) continue;
    // Forward then back substitution: L Lᵀ p = −g.
    for (let i = 0; i < n; i++) {
      let s = -gradient[i];
      for (let k = 0; k < i; k++) s -= factor[i * n + k] * directionOut[k];
      directionOut[i] = s / factor[i * n + i];
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = directionOut[i];
      for (let k = i + 1; k < n; k++) s -= factor[k * n + i] * directionOut[k];
      directionOut[i] = s / factor[i * n + i];
    }
    return lambda;
  }
  return -1;
}

/** Lower Cholesky factor of H + λI into `out`; false unless strictly positive definite. */
function choleskyInto(h: Float64Array, n: number, lambda: number, out: Float64Array): boolean {
  out.fill(0);
  for (let j = 0; j < n; j++) {
    let diag = h[j * n + j] + lambda;
    for (let k = 0; k < j; k++) diag -= out[j * n + k] * out[j * n + k];
    if (!(diag > 0) || !Number.isFinite(diag)) return false;
    const root = Math.sqrt(diag);
    out[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let s = 0.5 * (h[i * n + j] + h[j * n + i]);
      for (let k = 0; k < j; k++) s -= out[i * n + k] * out[j * n + k];
      out[i * n + j] = s / root;
    }
  }
  return true;
}
