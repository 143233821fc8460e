/**
 * The forward pass of a churn network in plain JavaScript, in double
 * precision. Internal: shared by training (validation loss, metrics) and by
 * `predictChurn`, so a loaded model scores without TensorFlow.js.
 */
import type { ChurnArchitecture, ChurnFeatureSpec, DenseLayer } from './churn-model.js';

/** Column means and standard deviations over the given rows (sd 0 → 1, so a constant column maps to 0). */
export function standardisation(
  matrix: Float64Array,
  columns: number,
  rows: Int32Array,
): { means: number[]; sds: number[] } {
  const means = new Array<number>(columns).fill(0);
  const sds = new Array<number>(columns).fill(0);
  for (let c = 0; c < columns; c += 1) {
    let mean = 0;
    let m2 = 0;
    for (let k = 0; k < rows.length; k += 1) {
      const v = matrix[rows[k] * columns + c];
      const delta = v - mean;
      mean += delta / (k + 1);
      m2 += delta * (v - mean);
    }
    const sd = rows.length > 1 ? Math.sqrt(m2 / (rows.length - 1)) : 0;
    means[c] = mean;
    sds[c] = sd > 1e-12 * Math.max(1, Math.abs(mean)) ? sd : 1;
  }
  return { means, sds };
}

/** (matrix − means) / sds, row-major, as a new array. */
export function standardise(matrix: Float64Array, spec: Pick<ChurnFeatureSpec, 'means' | 'sds'>): Float64Array {
  const columns = spec.means.length;
  const out = new Float64Array(matrix.length);
  for (let c = 0; c < columns; c += 1) {
    const mean = spec.means[c];
    const sd = spec.sds[c];
    for (let k = c; k < matrix.length; k += columns) out[k] = (matrix[k] - mean) / sd;
  }
  return out;
}

/**
 * Logits of the churn network for standardised rows: one dense layer
 * (logistic regression), or dense → ReLU → dense (MLP). With `rows`, only
 * those rows of `inputs` are scored (in that order), without copying them.
 */
export function churnLogits(
  architecture: ChurnArchitecture,
  weights: readonly DenseLayer[],
  inputs: Float64Array,
  columns: number,
  rows?: Int32Array,
): Float64Array {
  const count = rows ? rows.length : columns === 0 ? 0 : inputs.length / columns;
  const logits = new Float64Array(count);
  const [first, second] = weights;
  const width = first.bias.length;
  // Column-major copies of the kernels: the inner loop then reads contiguous memory.
  const kernel = new Float64Array(width * columns);
  for (let h = 0; h < width; h += 1) for (let c = 0; c < columns; c += 1) kernel[h * columns + c] = first.kernel[c][h];
  const outer = second ? Float64Array.from(second.kernel, (row) => row[0]) : new Float64Array(0);
  for (let k = 0; k < count; k += 1) {
    const offset = (rows ? rows[k] : k) * columns;
    if (architecture.type === 'logistic') {
      let z = first.bias[0];
      for (let c = 0; c < columns; c += 1) z += inputs[offset + c] * kernel[c];
      logits[k] = z;
      continue;
    }
    let out = second.bias[0];
    for (let h = 0; h < width; h += 1) {
      let z = first.bias[h];
      const base = h * columns;
      for (let c = 0; c < columns; c += 1) z += inputs[offset + c] * kernel[base + c];
      if (z > 0) out += z * outer[h];
    }
    logits[k] = out;
  }
  return logits;
}

/** The logistic function 1 / (1 + e^−z), evaluated without overflow on either side. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Binary cross-entropy of one logit, log(1 + e^z) − y·z, written as
 * max(z, 0) − y·z + log1p(e^−|z|) so it neither overflows nor loses digits.
 */
export function logitCrossEntropy(z: number, y: number): number {
  return Math.max(z, 0) - y * z + Math.log1p(Math.exp(-Math.abs(z)));
}
