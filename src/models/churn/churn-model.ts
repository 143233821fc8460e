/**
 * The churn model as a value: a frozen, JSON-serialisable object holding
 * everything needed to score new data — the feature recipe with its
 * standardisation, the network weights as plain numbers, and how and on what
 * it was trained. No tfjs object survives training, so scoring and loading
 * need no TensorFlow at all.
 */
import type { TimeUnit } from '../../data/time-unit.js';
import type { Provenance } from '../fitted-model.js';
import type { BgnbdModel } from '../bgnbd/bgnbd-model.js';
import type { CategoricalSpec, ChurnBaseFeature } from './churn-features.js';
import type { ChurnBackend } from './load-tf-backend.js';

/** Model-file format version of kind 'churn'. */
export const CHURN_MODEL_VERSION = 1;

/** Logistic regression (one dense layer), or a one-hidden-layer ReLU network. */
export type ChurnArchitecture =
  | { readonly type: 'logistic' }
  | { readonly type: 'mlp'; readonly hidden: number; readonly activation: 'relu' };

/** A dense layer: output = input · kernel + bias, kernel[input][output]. */
export interface DenseLayer {
  readonly kernel: readonly (readonly number[])[];
  readonly bias: readonly number[];
}


/** How raw data become the model's input columns. */
export interface ChurnFeatureSpec {
  /** Input column names, in order. */
  readonly names: readonly string[];
  readonly base: readonly ChurnBaseFeature[];
  readonly categorical: readonly CategoricalSpec[];
  /** The BG/NBD model behind the stacked features (fitted on the training customers' calibration data), else null. */
  readonly stackedBgnbd: BgnbdModel | null;
  /** Standardisation: input = (feature − mean) / sd, per column (training rows). */
  readonly means: readonly number[];
  readonly sds: readonly number[];
}

/** Fit quality on one set of customers. */
export interface ChurnSplitMetrics {
  readonly customers: number;
  readonly positives: number;
  readonly logLoss: number;
  readonly auc: number;
  readonly brier: number;
}

/** The training settings actually used, and how training ended. */
export interface ChurnTraining {
  readonly seed: number;
  readonly l2: number;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly maxEpochs: number;
  readonly patience: number;
  readonly tolerance: number;
  readonly validationFraction: number;
  /** Loss weight of a churned and of an active customer. */
  readonly classWeights: { readonly churned: number; readonly active: number };
  /** Epochs run, and the epoch whose weights were kept (lowest monitored loss). */
  readonly epochs: number;
  readonly bestEpoch: number;
  readonly stoppedEarly: boolean;
  readonly elapsedMs: number;
}

export interface ChurnModel {
  readonly kind: 'churn';
  readonly version: typeof CHURN_MODEL_VERSION;
  readonly timeUnit: TimeUnit;
  /** Churn = no purchase within this many `timeUnit`s after the scoring date. */
  readonly window: number;
  readonly featureSpec: ChurnFeatureSpec;
  readonly architecture: ChurnArchitecture;
  /** Layers in order: one for logistic regression, two for the MLP. */
  readonly weights: readonly DenseLayer[];
  /** TensorFlow.js backend the weights were trained with. */
  readonly backend: ChurnBackend;
  readonly training: ChurnTraining;
  readonly metrics: { readonly training: ChurnSplitMetrics; readonly validation: ChurnSplitMetrics | null };
  readonly trainedOn: {
    /** ISO dates of the calibration end, the window end and the data end. */
    readonly calibrationEnd: string;
    readonly windowEnd: string;
    readonly observationEnd: string;
    readonly customers: number;
    readonly positives: number;
  };
  readonly provenance: Provenance;
}
