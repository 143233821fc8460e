/**
 * Reference solution for tests: L2-penalised logistic regression by Newton's
 * method in double precision, minimising
 *   (1/n) Σ wᵢ [log(1 + e^{zᵢ}) − yᵢ zᵢ] + λ Σ βⱼ² (intercept not penalised),
 * the objective `trainChurnModel` states. Newton converges quadratically on
 * this strictly convex problem, so 50 iterations reach machine precision.
 */
export function newtonLogistic(
  x: Float64Array,
  columns: number,
  y: ArrayLike<number>,
  weights: ArrayLike<number>,
  l2: number,
): { coefficients: number[]; intercept: number } {
  const n = y.length;
  const p = columns + 1; // last = intercept
  const beta = new Array<number>(p).fill(0);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const grad = new Array<number>(p).fill(0);
    const hess = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    for (let i = 0; i < n; i += 1) {
      let z = beta[columns];
      for (let c = 0; c < columns; c += 1) z += x[i * columns + c] * beta[c];
      const mu = 1 / (1 + Math.exp(-z));
      const row = [...Array.from(x.subarray(i * columns, (i + 1) * columns)), 1];
      for (let a = 0; a < p; a += 1) {
        grad[a] += (weights[i] * (mu - y[i]) * row[a]) / n;
        for (let b = 0; b < p; b += 1) hess[a][b] += (weights[i] * mu * (1 - mu) * row[a] * row[b]) / n;
      }
    }
    for (let c = 0; c < columns; c += 1) {
      grad[c] += 2 * l2 * beta[c];
      hess[c][c] += 2 * l2;
    }
    // Solve hess · step = grad by Gaussian elimination with partial pivoting.
    const m = hess.map((r, i) => [...r, grad[i]]);
    for (let col = 0; col < p; col += 1) {
      let pivot = col;
      for (let r = col + 1; r < p; r += 1) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
      [m[col], m[pivot]] = [m[pivot], m[col]];
      for (let r = col + 1; r < p; r += 1) {
        const f = m[r][col] / m[col][col];
        for (let k = col; k <= p; k += 1) m[r][k] -= f * m[col][k];
      }
    }
    const step = new Array<number>(p).fill(0);
    for (let r = p - 1; r >= 0; r -= 1) {
      let s = m[r][p];
      for (let k = r + 1; k < p; k += 1) s -= m[r][k] * step[k];
      step[r] = s / m[r][r];
    }
    for (let a = 0; a < p; a += 1) beta[a] -= step[a];
  }
  return { coefficients: beta.slice(0, columns), intercept: beta[columns] };
}
