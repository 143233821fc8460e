/**
 * The TensorFlow.js training loop of `trainChurnModel` (internal): variables,
 * the penalised weighted cross-entropy, Adam steps over seeded mini-batches,
 * and a patience rule with best-weight restore — on the validation loss
 * (early stopping) or, without a validation split, on the exact penalised
 * training objective (stop once it has converged).
 */
import { FitError } from '../../errors.js';
import type { ChurnArchitecture, DenseLayer } from './churn-model.js';
import { churnLogits, logitCrossEntropy } from './churn-network.js';
import type { TfModule } from './load-tf-backend.js';
import type { RandomSource } from '../../math/random-source.js';
import { seededPermutation } from './seeded-permutation.js';
import type { ChurnEpochProgress } from './train-churn-model.js';

export interface TrainingProblem {
  readonly architecture: ChurnArchitecture;
  /** Standardised inputs, row-major. */
  readonly inputs: Float64Array;
  readonly columns: number;
  readonly labels: Uint8Array;
  /** Row indices of the training and validation customers. */
  readonly training: Int32Array;
  readonly validation: Int32Array;
  readonly classWeights: { readonly churned: number; readonly active: number };
  readonly l2: number;
  readonly learningRate: number;
  readonly maxEpochs: number;
  readonly batchSize: number;
  readonly patience: number;
  /** Relative improvement of the monitored loss that resets the patience counter. */
  readonly tolerance: number;
  readonly random: RandomSource;
  readonly onEpoch?: (progress: ChurnEpochProgress) => void;
}

export interface TrainingResult {
  readonly weights: DenseLayer[];
  readonly epochs: number;
  readonly bestEpoch: number;
  readonly stoppedEarly: boolean;
}

/**
 * Initial layers. The output bias starts at the log-odds of the (weighted)
 * training prevalence — the optimum of the intercept-only model — so Adam's
 * bounded steps are spent on the slopes rather than on walking the intercept
 * from 0 to, say, logit(0.8) ≈ 1.4. Slopes start at zero for logistic
 * regression (convex: any start reaches the same optimum); the MLP's hidden
 * layer is He-uniform (He et al. 2015, for ReLU) and its output layer
 * Glorot-uniform (Glorot & Bengio 2010).
 */
function initialLayers(problem: TrainingProblem): DenseLayer[] {
  const { architecture, columns, random, labels, training, classWeights } = problem;
  let churned = 0;
  let active = 0;
  for (const row of training) {
    if (labels[row] === 1) churned += classWeights.churned;
    else active += classWeights.active;
  }
  // Both classes are present overall (trainChurnModel checks); a tiny split may still miss one.
  const intercept = churned > 0 && active > 0 ? Math.log(churned / active) : 0;
  const uniform = (rows: number, cols: number, limit: number) =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => (2 * random.next() - 1) * limit));
  if (architecture.type === 'logistic') {
    return [{ kernel: uniform(columns, 1, 0), bias: [intercept] }];
  }
  const h = architecture.hidden;
  return [
    { kernel: uniform(columns, h, Math.sqrt(6 / columns)), bias: new Array<number>(h).fill(0) },
    { kernel: uniform(h, 1, Math.sqrt(6 / (h + 1))), bias: [intercept] },
  ];
}

/** Mean class-weighted cross-entropy of the given rows, in double precision (the early-stopping monitor). */
function weightedLoss(problem: TrainingProblem, weights: readonly DenseLayer[], rows: Int32Array): number {
  const { columns, inputs, labels, classWeights } = problem;
  const logits = churnLogits(problem.architecture, weights, inputs, columns, rows);
  let total = 0;
  for (let k = 0; k < rows.length; k += 1) {
    const y = labels[rows[k]];
    total += (y === 1 ? classWeights.churned : classWeights.active) * logitCrossEntropy(logits[k], y);
  }
  return total / rows.length;
}

function squaredKernels(weights: readonly DenseLayer[]): number {
  let total = 0;
  for (const layer of weights) for (const row of layer.kernel) for (const w of row) total += w * w;
  return total;
}

export async function runTraining(tf: TfModule, problem: TrainingProblem): Promise<TrainingResult> {
  const { architecture, columns, inputs, labels, training, validation, classWeights, random } = problem;
  const initial = initialLayers(problem);
  const variables = initial.flatMap((layer, i) => [
    tf.variable(tf.tensor2d(layer.kernel.flat(), [layer.kernel.length, layer.bias.length]), true, `churn_k${i}`),
    tf.variable(tf.tensor1d([...layer.bias]), true, `churn_b${i}`),
  ]);
  const kernels = variables.filter((_, i) => i % 2 === 0);
  const optimizer = tf.train.adam(problem.learningRate);
  const readLayers = (): DenseLayer[] =>
    initial.map((layer, i) => {
      const kernel = Array.from(variables[2 * i].dataSync());
      const width = layer.bias.length;
      return {
        kernel: Array.from({ length: layer.kernel.length }, (_, r) => kernel.slice(r * width, (r + 1) * width)),
        bias: Array.from(variables[2 * i + 1].dataSync()),
      };
    });

  const batchInputs = new Float32Array(problem.batchSize * columns);
  const batchLabels = new Float32Array(problem.batchSize);
  const batchWeights = new Float32Array(problem.batchSize);
  let best = { loss: Infinity, epoch: 0, weights: initial };
  let epoch = 0;
  let stoppedEarly = false;
  try {
    while (epoch < problem.maxEpochs) {
      epoch += 1;
      const order = seededPermutation(training.length, random);
      let lossSum = 0;
      for (let start = 0; start < order.length; start += problem.batchSize) {
        const size = Math.min(problem.batchSize, order.length - start);
        for (let k = 0; k < size; k += 1) {
          const row = training[order[start + k]];
          batchInputs.set(inputs.subarray(row * columns, (row + 1) * columns), k * columns);
          batchLabels[k] = labels[row];
          batchWeights[k] = labels[row] === 1 ? classWeights.churned : classWeights.active;
        }
        const x = tf.tensor2d(batchInputs.subarray(0, size * columns), [size, columns]);
        const y = tf.tensor1d(batchLabels.subarray(0, size));
        const w = tf.tensor1d(batchWeights.subarray(0, size));
        // minimize() computes the gradients inside its own tidy scope, so only the batch and the returned loss need disposing.
        const loss = optimizer.minimize(
          () => {
            let z = tf.add(tf.matMul(x, variables[0]), variables[1]);
            if (architecture.type === 'mlp') z = tf.add(tf.matMul(tf.relu(z), variables[2]), variables[3]);
            const logits = tf.reshape(z, [-1]);
            // max(z, 0) − y z + log1p(e^−|z|): cross-entropy from logits without overflow.
            const ce = tf.add(tf.sub(tf.relu(logits), tf.mul(logits, y)), tf.log1p(tf.exp(tf.neg(tf.abs(logits)))));
            const data = tf.div(tf.sum(tf.mul(ce, w)), size);
            const penalty = kernels.reduce((acc, k) => tf.add(acc, tf.sum(tf.square(k))), tf.scalar(0));
            return tf.add(data, tf.mul(penalty, problem.l2)) as ReturnType<typeof tf.scalar>;
          },
          true,
          variables,
        );
        x.dispose();
        y.dispose();
        w.dispose();
        lossSum += (loss?.dataSync()[0] ?? NaN) * size;
        loss?.dispose();
      }
      const trainingLoss = lossSum / order.length;
      if (!Number.isFinite(trainingLoss)) {
        throw new FitError(`churn training diverged (loss ${trainingLoss} in epoch ${epoch}); lower the learning rate`);
      }
      const weights = readLayers();
      const validationLoss = validation.length > 0 ? weightedLoss(problem, weights, validation) : null;
      problem.onEpoch?.({ epoch, maxEpochs: problem.maxEpochs, trainingLoss, validationLoss });
      // Monitor: the validation loss (early stopping), or without a validation
      // split the exact penalised training objective (a convergence test).
      const monitored = validationLoss ?? weightedLoss(problem, weights, training) + problem.l2 * squaredKernels(weights);
      if (best.epoch === 0 || monitored < best.loss - problem.tolerance * Math.abs(best.loss)) {
        best = { loss: monitored, epoch, weights };
      } else if (epoch - best.epoch >= problem.patience) {
        stoppedEarly = true;
        break;
      }
    }
  } finally {
    for (const v of variables) v.dispose();
    optimizer.dispose();
  }
  return { weights: best.weights, epochs: epoch, bestEpoch: best.epoch, stoppedEarly };
}
