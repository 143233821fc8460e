import { performance } from 'node:perf_hooks';
import { FitError, UsageError } from '../../errors.js';
import type { TransactionLog } from '../../data/transaction-log.js';
import { CLVKIT_VERSION } from '../../version.js';
import { freezeModel, type Provenance } from '../fitted-model.js';
import { churnFeatures, type ChurnBaseFeature } from './churn-features.js';
import { churnLabels } from './churn-labels.js';
import type { BgnbdModel } from '../bgnbd/bgnbd-model.js';
import { CHURN_MODEL_VERSION, type ChurnArchitecture, type ChurnModel } from './churn-model.js';
import { standardisation, standardise } from './churn-network.js';
import { formatDayCutoff } from './cutoff-day.js';
import { loadTfBackend, type LoadTfBackendOptions } from './load-tf-backend.js';
import { splitMetrics } from './split-metrics.js';
import { createRandom } from '../../math/random-source.js';
import { seededPermutation } from './seeded-permutation.js';
import { fitStackedBgnbd, stackedBgnbdColumns } from './stacked-bgnbd.js';
import { runTraining } from './run-training.js';
import type { ChurnWindowOptions } from './resolve-churn-window.js';

/** Progress after each epoch, for a CLI progress line (the library itself never prints). */
export interface ChurnEpochProgress {
  readonly epoch: number;
  readonly maxEpochs: number;
  readonly trainingLoss: number;
  readonly validationLoss: number | null;
}

export interface TrainChurnOptions extends ChurnWindowOptions {
  /** Hidden ReLU units; 0 (default) trains a logistic regression. */
  readonly hidden?: number;
  /** Seed of the weight initialisation, validation split and batch order. Default 1. */
  readonly seed?: number;
  /** L2 penalty λ: the objective is mean weighted cross-entropy + λ Σ w² over kernel weights (not biases). Default 1e-3. */
  readonly l2?: number;
  /** Adam step size. Default 0.05 for logistic regression, 0.01 for the MLP. */
  readonly learningRate?: number;
  /** Maximum epochs. Default 500 for logistic regression, 200 for the MLP. */
  readonly epochs?: number;
  /** Mini-batch size. Default 4096 for logistic regression (full batch on small data), 256 for the MLP. */
  readonly batchSize?: number;
  /** Epochs without an improvement of the monitored loss before stopping. Default 20 (Adam's momentum can raise the loss for several epochs before it falls again). */
  readonly patience?: number;
  /** Relative improvement of the monitored loss that counts as one. Default 1e-6. */
  readonly tolerance?: number;
  /**
   * Share of customers held out for early stopping on their loss. Default 0
   * for logistic regression (trained to convergence of its penalised
   * objective: L2 is its regulariser, and on small data the held-out share
   * costs more than it saves — see the churn report), 0.2 for the MLP.
   */
  readonly validationFraction?: number;
  /**
   * Loss weights: 'balanced' = n / (2 nₖ) per class (scikit-learn's
   * convention), or explicit; default 1 and 1. Weighting shifts the
   * probabilities away from the observed rates: use it for ranking, not for
   * calibrated probabilities.
   */
  readonly classWeights?: 'balanced' | { readonly churned: number; readonly active: number };
  /** Behavioural features to use (default: all available, see `CHURN_BASE_FEATURES`). */
  readonly features?: readonly ChurnBaseFeature[];
  /** Categorical attribute columns of the log to one-hot encode (e.g. ['channel']). */
  readonly categorical?: readonly string[];
  /**
   * Add BG/NBD P(alive) and expected window purchases as features: `true`
   * fits a BG/NBD on the training customers' calibration data, or pass a
   * fitted model (same time unit). Default false.
   */
  readonly stacked?: boolean | BgnbdModel;
  /** Backend selection (tests inject failures). Default: tfjs-node, else wasm, else cpu. */
  readonly backend?: LoadTfBackendOptions;
  /** Free-form provenance of the data (file name, hash). */
  readonly data?: Provenance['data'];
  readonly onEpoch?: (progress: ChurnEpochProgress) => void;
}

const positiveInteger = (value: number, what: string) => {
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${what} must be a positive integer, got ${value}`);
  return value;
};
const nonNegative = (value: number, what: string) => {
  if (!(value >= 0) || !Number.isFinite(value)) throw new UsageError(`${what} must be a finite number ≥ 0, got ${value}`);
  return value;
};

/**
 * Trains a churn classifier: P(no purchase in the `window` after the cut |
 * calibration behaviour). Labels come from `churnLabels`, inputs from
 * `churnFeatures` (calibration purchases only), standardised with the
 * training rows' means and sds.
 *
 * Model: regularised logistic regression (or one ReLU hidden layer),
 * minimising mean class-weighted cross-entropy + λ‖W‖² with Adam (Kingma &
 * Ba 2015) on mini-batches in TensorFlow.js.
 *
 * Reproducibility: the validation split, weight initialisation (zero slopes
 * for logistic regression; He-uniform for the MLP's hidden layer; output
 * bias at the log-odds of the training prevalence) and batch
 * order all come from a seeded generator, never Math.random, so the same
 * data, options and backend give the same weights bit for bit.
 * Stopping: after each epoch a loss is computed in double precision — on the
 * validation customers (same class weighting, no penalty) when
 * `validationFraction` > 0, i.e. early stopping, else the full penalised
 * training objective, i.e. a convergence test; training stops after
 * `patience` epochs without a relative improvement of `tolerance`, and the
 * best epoch's weights are kept.
 *
 * Defaults were chosen on the bundled data (test/bench/_churn-report.ts): on
 * CDNOW and the apparel cohort, logistic regression trained to convergence
 * on all training customers beat the same model early-stopped on a 20 %
 * split and the MLP, so those are the defaults for logistic regression.
 *
 * @example
 * const model = await trainChurnModel(log, { calibrationEnd: '1997-09-30', unit: 'week', seed: 7 });
 * model.metrics.training.auc; // in-sample; evaluate held-out customers with evaluateChurnModel
 * const mlp = await trainChurnModel(log, { calibrationEnd: '1997-09-30', unit: 'week', hidden: 16 });
 * mlp.metrics.validation?.auc; // the early-stopping customers
 */
export async function trainChurnModel(log: TransactionLog, options: TrainChurnOptions): Promise<ChurnModel> {
  const started = performance.now();
  const hidden = options.hidden ?? 0;
  if (hidden !== 0) positiveInteger(hidden, 'hidden');
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new UsageError(`seed must be an integer, got ${seed}`);
  const l2 = nonNegative(options.l2 ?? 1e-3, 'l2');
  const logistic = hidden === 0;
  const learningRate = options.learningRate ?? (logistic ? 0.05 : 0.01);
  if (!(learningRate > 0)) throw new UsageError(`learningRate must be > 0, got ${learningRate}`);
  const maxEpochs = positiveInteger(options.epochs ?? (logistic ? 500 : 200), 'epochs');
  const batchSize = positiveInteger(options.batchSize ?? (logistic ? 4096 : 256), 'batchSize');
  const patience = positiveInteger(options.patience ?? 20, 'patience');
  const tolerance = nonNegative(options.tolerance ?? 1e-6, 'tolerance');
  const validationFraction = options.validationFraction ?? (logistic ? 0 : 0.2);
  if (!(validationFraction >= 0 && validationFraction < 1)) {
    throw new UsageError(`validationFraction must be in [0, 1), got ${validationFraction}`);
  }

  const labels = churnLabels(log, options);
  const { window } = labels;
  const rows = labels.churned.length;
  if (labels.positives === 0 || labels.positives === rows) {
    throw new FitError(
      `cannot train a churn model: all ${rows} customers are ${labels.positives === 0 ? 'active' : 'churned'} in the window`,
    );
  }
  const classWeights =
    options.classWeights === 'balanced'
      ? { churned: rows / (2 * labels.positives), active: rows / (2 * (rows - labels.positives)) }
      : (options.classWeights ?? { churned: 1, active: 1 });
  if (!(classWeights.churned > 0 && classWeights.active > 0)) {
    throw new UsageError(`class weights must be > 0, got ${JSON.stringify(classWeights)}`);
  }

  const random = createRandom(seed);
  const order = seededPermutation(rows, random);
  const validationRows = Math.floor(validationFraction * rows);
  const validation = order.slice(0, validationRows).sort();
  const training = order.slice(validationRows).sort();

  const stackedBgnbd =
    options.stacked === true
      ? fitStackedBgnbd(log, window.calibrationEnd, window.unit, training)
      : options.stacked || null;
  const features = churnFeatures(log, {
    calibrationEnd: window.calibrationEnd,
    unit: window.unit,
    features: options.features,
    categorical: options.categorical,
    stacked: stackedBgnbd ? stackedBgnbdColumns(stackedBgnbd, window.window, window.unit) : undefined,
  });
  const { means, sds } = standardisation(features.matrix, features.columns, training);
  const inputs = standardise(features.matrix, { means, sds });
  const architecture: ChurnArchitecture = hidden > 0 ? { type: 'mlp', hidden, activation: 'relu' } : { type: 'logistic' };

  const { tf, backend } = await loadTfBackend(options.backend);
  const result = await runTraining(tf, {
    architecture,
    inputs,
    columns: features.columns,
    labels: labels.churned,
    training,
    validation,
    classWeights,
    l2,
    learningRate,
    maxEpochs,
    batchSize,
    patience,
    tolerance,
    random,
    onEpoch: options.onEpoch,
  });

  const model: ChurnModel = {
    kind: 'churn',
    version: CHURN_MODEL_VERSION,
    timeUnit: window.unit,
    window: window.window,
    featureSpec: {
      names: features.names,
      base: features.base,
      categorical: features.categorical,
      stackedBgnbd,
      means,
      sds,
    },
    architecture,
    weights: result.weights,
    backend,
    training: {
      seed,
      l2,
      learningRate,
      batchSize,
      maxEpochs,
      patience,
      tolerance,
      validationFraction,
      classWeights,
      epochs: result.epochs,
      bestEpoch: result.bestEpoch,
      stoppedEarly: result.stoppedEarly,
      elapsedMs: Math.round(performance.now() - started),
    },
    metrics: {
      training: splitMetrics(architecture, result.weights, inputs, features.columns, labels.churned, training),
      validation:
        validation.length > 0
          ? splitMetrics(architecture, result.weights, inputs, features.columns, labels.churned, validation)
          : null,
    },
    trainedOn: {
      calibrationEnd: formatDayCutoff(window.calibrationEnd, log),
      windowEnd: formatDayCutoff(window.windowEnd, log),
      observationEnd: formatDayCutoff(window.observationEnd, log),
      customers: rows,
      positives: labels.positives,
    },
    provenance: {
      createdAt: new Date().toISOString(),
      clvkitVersion: CLVKIT_VERSION,
      customers: rows,
      patterns: rows,
      ...(options.data ? { data: options.data } : {}),
    },
  };
  return freezeModel(model);
}
