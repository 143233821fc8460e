import { CholeskyDecomposition, Matrix } from 'ml-matrix';

/** Covariances implied by the Hessian of a negative log-likelihood over log-parameters. */
export interface LogScaleCovariance {
  /** Whether the Hessian was symmetric positive definite (Cholesky succeeded). */
  readonly positiveDefinite: boolean;
  /** Cov(log θ) = H⁻¹, or null when H is not positive definite. */
  readonly logCovariance: number[][] | null;
  /** Cov(θ) by the delta method, or null. */
  readonly covariance: number[][] | null;
  /** √diag Cov(θ), or null. */
  readonly standardErrors: number[] | null;
}

/**
 * From the Hessian H (row-major n×n) of −log L over φ = log θ at the optimum,
 * the asymptotic covariance of φ is H⁻¹, and by the delta method (first-order
 * Taylor expansion of θ = exp φ, so ∂θᵢ/∂φᵢ = θᵢ):
 *
 *   Cov(θᵢ, θⱼ) = θᵢ θⱼ Cov(log θᵢ, log θⱼ)       (all i, j — off-diagonals too)
 *
 * lifetimes scales only the diagonal correctly and leaves the off-diagonals
 * on the log scale; this keeps the full matrix consistent.
 *
 * Strategy: symmetrise H, test positive definiteness by Cholesky (ml-matrix),
 * and invert by solving against the identity with that factor. A Hessian
 * that is not positive definite (saddle point, flat direction, boundary
 * solution) yields nulls and `positiveDefinite: false` rather than
 * meaningless negative variances.
 *
 * Example: H = diag(4, 100) at θ = (2, 3) → Cov(log θ) = diag(0.25, 0.01),
 * Cov(θ) = diag(1, 0.09), SE = (1, 0.3).
 */
export function covarianceFromLogHessian(hessian: Float64Array, params: Float64Array): LogScaleCovariance {
  const n = params.length;
  const failed: LogScaleCovariance = { positiveDefinite: false, logCovariance: null, covariance: null, standardErrors: null };
  if (hessian.length !== n * n || !hessian.every(Number.isFinite)) return failed;
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) row.push(0.5 * (hessian[i * n + j] + hessian[j * n + i]));
    rows.push(row);
  }
  const cholesky = new CholeskyDecomposition(new Matrix(rows));
  if (!cholesky.isPositiveDefinite()) return failed;
  const logCovariance = cholesky.solve(Matrix.eye(n)).to2DArray();
  const covariance = logCovariance.map((row, i) => row.map((v, j) => params[i] * params[j] * v));
  const standardErrors = covariance.map((row, i) => Math.sqrt(row[i]));
  if (!standardErrors.every((se) => Number.isFinite(se) && se > 0)) return failed;
  // Exact symmetry so consumers can rely on cov[i][j] === cov[j][i].
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      logCovariance[j][i] = logCovariance[i][j];
      covariance[j][i] = covariance[i][j];
    }
  }
  return { positiveDefinite: true, logCovariance, covariance, standardErrors };
}
