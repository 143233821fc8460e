import { beforeAll, describe, expect, it } from 'vitest';
import { simulateChurnLog } from '../../bench/_churn-simulate-log.js';
import { trainChurnModel } from '../../../src/models/churn/train-churn-model.js';
import { predictChurn } from '../../../src/models/churn/predict-churn.js';
import { parseChurnModel } from '../../../src/models/churn/parse-churn-model.js';
import { churnFeatures } from '../../../src/models/churn/churn-features.js';
import { standardise } from '../../../src/models/churn/churn-network.js';
import { loadTfBackend } from '../../../src/models/churn/load-tf-backend.js';
import type { ChurnModel } from '../../../src/models/churn/churn-model.js';
import type { TransactionLog } from '../../../src/data/transaction-log.js';

const log = simulateChurnLog({ customers: 300, seed: 5 });
const cut = 10_000 + 273;

/** The log cut at `day`: what a scoring job would have seen on that day. */
function truncate(source: TransactionLog, day: number): TransactionLog {
  const keep: number[] = [];
  const offsets = new Int32Array(source.customerId.length + 1);
  for (let c = 0; c < source.customerId.length; c += 1) {
    for (let j = source.offsets[c]; j < source.offsets[c + 1]; j += 1) if (source.time[j] <= day) keep.push(j);
    offsets[c + 1] = keep.length;
  }
  return {
    ...source,
    offsets,
    time: Float64Array.from(keep, (j) => source.time[j]),
    amount: Float64Array.from(keep, (j) => source.amount[j]),
    count: Int32Array.from(keep, (j) => source.count[j]),
  };
}

describe('predictChurn', () => {
  let logistic: ChurnModel;
  let mlp: ChurnModel;
  beforeAll(async () => {
    const options = { calibrationEnd: cut, unit: 'week', categorical: ['channel'], epochs: 10, batchSize: 64 } as const;
    logistic = await trainChurnModel(log, options);
    mlp = await trainChurnModel(log, { ...options, hidden: 6 });
  });

  it('predictChurn(...) gives identical probabilities after a JSON round trip through parseChurnModel', () => {
    for (const model of [logistic, mlp]) {
      const loaded = parseChurnModel(JSON.parse(JSON.stringify(model)), 'churn.json');
      expect(loaded).toEqual(model);
      expect(Array.from(predictChurn(loaded, log, { asOf: cut }).churnProbability)).toEqual(
        Array.from(predictChurn(model, log, { asOf: cut }).churnProbability),
      );
    }
  });

  it('predictChurn(...) agrees with the same network evaluated by TensorFlow.js (float32, rel. 1e-5)', async () => {
    const { tf } = await loadTfBackend();
    const dense = (kernel: readonly (readonly number[])[]) => tf.tensor2d(kernel.flat(), [kernel.length, kernel[0].length]);
    for (const model of [logistic, mlp]) {
      const features = churnFeatures(log, {
        calibrationEnd: cut,
        unit: 'week',
        features: model.featureSpec.base,
        categorical: model.featureSpec.categorical,
      });
      const x = tf.tensor2d(Float32Array.from(standardise(features.matrix, model.featureSpec)), [features.rows, features.columns]);
      let z = tf.add(tf.matMul(x, dense(model.weights[0].kernel)), tf.tensor1d([...model.weights[0].bias]));
      if (model.architecture.type === 'mlp') {
        z = tf.add(tf.matMul(tf.relu(z), dense(model.weights[1].kernel)), tf.tensor1d([...model.weights[1].bias]));
      }
      const expected = tf.sigmoid(z).dataSync();
      const actual = predictChurn(model, log, { asOf: cut }).churnProbability;
      actual.forEach((p, i) => expect(Math.abs(p - expected[i]) / expected[i]).toBeLessThan(1e-5));
    }
  });

  it('predictChurn(...) scores as of the last purchase day by default, from purchases up to that day only', () => {
    const today = predictChurn(logistic, log);
    const last = Math.max(...log.time);
    expect(today.asOf).toBe(new Date(last * 86_400_000).toISOString().slice(0, 10));
    const past = predictChurn(logistic, log, { asOf: cut });
    const seenThen = predictChurn(logistic, truncate(log, cut));
    expect(seenThen.customerId).toEqual(past.customerId);
    expect(Array.from(seenThen.churnProbability)).toEqual(Array.from(past.churnProbability));
    expect(past.window).toBe(logistic.window);
  });

  it('predictChurn(...) gives probabilities in (0, 1) that rank long-silent customers as likelier churners', () => {
    const { churnProbability, customerIndex } = predictChurn(logistic, log, { asOf: cut });
    expect(churnProbability.every((p) => p > 0 && p < 1)).toBe(true);
    // mean probability of customers silent for > 20 weeks vs < 5 weeks
    const gapOf = (i: number) => {
      const c = customerIndex[i];
      let lastDay = -Infinity;
      for (let j = log.offsets[c]; j < log.offsets[c + 1]; j += 1) if (log.time[j] <= cut) lastDay = log.time[j];
      return (cut - lastDay) / 7;
    };
    const mean = (pred: (gap: number) => boolean) => {
      const ps = Array.from(churnProbability).filter((_, i) => pred(gapOf(i)));
      return ps.reduce((s, p) => s + p, 0) / ps.length;
    };
    expect(mean((g) => g > 20)).toBeGreaterThan(mean((g) => g < 5));
  });
});
