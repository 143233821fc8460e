import { beforeAll, describe, expect, it } from 'vitest';
import { simulateChurnLog } from '../../bench/_churn-simulate-log.js';
import { trainChurnModel, type TrainChurnOptions } from '../../../src/models/churn/train-churn-model.js';
import { churnFeatures } from '../../../src/models/churn/churn-features.js';
import { churnLabels } from '../../../src/models/churn/churn-labels.js';
import { churnLogits, sigmoid, standardise } from '../../../src/models/churn/churn-network.js';
import { loadTfBackend } from '../../../src/models/churn/load-tf-backend.js';
import type { ChurnModel } from '../../../src/models/churn/churn-model.js';
import { FitError, UsageError } from '../../../src/errors.js';
import { newtonLogistic } from './newton-logistic.js';
import { makeLog } from './make-log.js';

// 300 simulated CDNOW-like customers, 39-week calibration, the rest (39 weeks) as the window.
const log = simulateChurnLog({ customers: 300, seed: 3 });
const base = { calibrationEnd: 10_000 + 273, observationEnd: 10_000 + 546, unit: 'week' } as const;
const small: TrainChurnOptions = { ...base, features: ['recency_gap', 'frequency', 'T'], epochs: 15, batchSize: 64 };

describe('trainChurnModel', () => {
  let first: ChurnModel;
  beforeAll(async () => {
    first = await trainChurnModel(log, { ...small, seed: 11 });
  });

  it('trainChurnModel(...) gives bit-identical weights when run twice with the same seed', async () => {
    const again = await trainChurnModel(log, { ...small, seed: 11 });
    expect(again.weights).toEqual(first.weights);
    expect(again.training.bestEpoch).toBe(first.training.bestEpoch);
  });

  it('trainChurnModel(...) gives different weights with another seed (another split and batch order)', async () => {
    const other = await trainChurnModel(log, { ...small, seed: 12 });
    expect(other.weights).not.toEqual(first.weights);
  });

  it('trainChurnModel(...) reaches the penalised maximum-likelihood logistic regression (Newton reference)', async () => {
    const l2 = 0.01;
    // Full-batch Adam on a strictly convex objective converges to the unique optimum (to float32 precision);
    // tolerance 0 and patience 50 keep it going until the loss no longer moves at all.
    const model = await trainChurnModel(log, { ...small, validationFraction: 0, l2, epochs: 2000, batchSize: 1000, tolerance: 0, patience: 50 });
    const features = churnFeatures(log, { ...base, features: small.features });
    const labels = churnLabels(log, base).churned;
    const reference = newtonLogistic(standardise(features.matrix, model.featureSpec), 3, labels, new Array(labels.length).fill(1), l2);
    const fitted = model.weights[0].kernel.map((row) => row[0]);
    // float32 training: agreement to ~1e-6 absolute on coefficients of order 0.1–1.5
    fitted.forEach((b, j) => expect(b).toBeCloseTo(reference.coefficients[j], 4));
    expect(model.weights[0].bias[0]).toBeCloseTo(reference.intercept, 4);
  });

  it('trainChurnModel(...) with balanced class weights centres the weighted mean prediction at ½ (intercept score equation)', async () => {
    // At the optimum ∂/∂intercept = (1/n) Σ wᵢ (pᵢ − yᵢ) = 0 (intercept unpenalised), so Σ wᵢ pᵢ / Σ wᵢ = Σ wᵢ yᵢ / Σ wᵢ = ½ for n/(2nₖ) weights.
    const model = await trainChurnModel(log, {
      ...small,
      validationFraction: 0,
      classWeights: 'balanced',
      epochs: 2000,
      batchSize: 1000,
      tolerance: 0,
      patience: 50,
    });
    const features = churnFeatures(log, { ...base, features: small.features });
    const y = churnLabels(log, base).churned;
    const p = churnLogits(model.architecture, model.weights, standardise(features.matrix, model.featureSpec), 3).map(sigmoid);
    const w = Array.from(y, (v) => (v ? model.training.classWeights.churned : model.training.classWeights.active));
    const weightedMean = p.reduce((s, pi, i) => s + w[i] * pi, 0) / w.reduce((s, wi) => s + wi, 0);
    expect(weightedMean).toBeCloseTo(0.5, 4);
    const positives = y.reduce((s, v) => s + v, 0);
    expect(model.training.classWeights.churned).toBeCloseTo(300 / (2 * positives), 12);
  });

  it('trainChurnModel(...) stores the training rows’ column means and sds (all rows when nothing is held out)', async () => {
    const model = await trainChurnModel(log, { ...small, validationFraction: 0, epochs: 1 });
    const f = churnFeatures(log, { ...base, features: small.features });
    for (let c = 0; c < 3; c += 1) {
      const column = Array.from({ length: f.rows }, (_, r) => f.matrix[r * 3 + c]);
      const mean = column.reduce((s, v) => s + v, 0) / f.rows;
      const sd = Math.sqrt(column.reduce((s, v) => s + (v - mean) ** 2, 0) / (f.rows - 1));
      expect(model.featureSpec.means[c]).toBeCloseTo(mean, 10);
      expect(model.featureSpec.sds[c]).toBeCloseTo(sd, 10);
    }
    expect(model.featureSpec.names).toEqual(['recency_gap', 'frequency', 'T']);
  });

  it('trainChurnModel(...) keeps the weights of the epoch with the lowest validation loss and stops after `patience` worse epochs', async () => {
    const losses: number[] = [];
    const model = await trainChurnModel(log, {
      ...small,
      hidden: 8,
      learningRate: 0.1,
      epochs: 60,
      patience: 3,
      onEpoch: (p) => losses.push(p.validationLoss ?? NaN),
    });
    const best = losses.indexOf(Math.min(...losses)) + 1;
    expect(model.training.bestEpoch).toBe(best);
    expect(model.training.epochs).toBe(losses.length);
    // with lr 0.1 the MLP overfits 240 customers within a few epochs, so training stops early
    expect(model.training.stoppedEarly).toBe(true);
    expect(model.training.epochs - best).toBe(3);
    // the metrics stored for the validation customers are those of the kept weights
    expect(model.metrics.validation?.customers).toBe(60);
    expect(model.architecture).toEqual({ type: 'mlp', hidden: 8, activation: 'relu' });
    expect(model.weights.map((l) => [l.kernel.length, l.bias.length])).toEqual([[3, 8], [8, 1]]);
  });

  it('trainChurnModel(...) one-hot encodes categorical attributes and records their levels', async () => {
    const model = await trainChurnModel(log, { ...small, categorical: ['channel'], epochs: 2 });
    expect(model.featureSpec.categorical).toEqual([{ column: 'channel', levels: ['offline', 'online'] }]);
    expect(model.featureSpec.names.slice(3)).toEqual(['channel=offline', 'channel=online']);
  });

  it('trainChurnModel(...) records the backend it trained on, the window and the split sizes', async () => {
    expect(first.backend).toBe((await loadTfBackend()).backend);
    expect(first).toMatchObject({ kind: 'churn', version: 1, timeUnit: 'week', window: 39 });
    // day 10,134 is 1997-09-30 (the CDNOW cut): 10,273 is 139 days later, 10,546 another 273 days (39 weeks)
    expect(first.trainedOn).toMatchObject({ calibrationEnd: '1998-02-16', windowEnd: '1998-11-16', customers: 300 });
    // logistic regression trains on every customer by default (no early-stopping split)
    expect(first.training.validationFraction).toBe(0);
    expect(first.metrics.validation).toBeNull();
    expect(first.metrics.training.customers).toBe(300);
    expect(Object.isFrozen(first.weights[0].kernel[0])).toBe(true);
  });

  it('trainChurnModel(...) refuses data where every customer is in one class, and bad options', async () => {
    const allActive = makeLog([
      { id: 'a', days: [1, 20] },
      { id: 'b', days: [2, 15] },
    ]);
    await expect(trainChurnModel(allActive, { calibrationEnd: 10, unit: 'day' })).rejects.toThrow(FitError);
    await expect(trainChurnModel(log, { ...small, hidden: 1.5 })).rejects.toThrow(UsageError);
    await expect(trainChurnModel(log, { ...small, validationFraction: 1 })).rejects.toThrow(UsageError);
    await expect(trainChurnModel(log, { ...small, classWeights: { churned: 0, active: 1 } })).rejects.toThrow(UsageError);
    await expect(trainChurnModel(log, { ...small, tolerance: -1 })).rejects.toThrow(UsageError);
    await expect(trainChurnModel(log, { ...small, learningRate: 0 })).rejects.toThrow(UsageError);
  });
});
