/**
 * Churn benchmark: times training (labels + features + TF.js Adam epochs on
 * the wasm backend) and scoring (features + forward pass in JavaScript) on
 * 100k and 1M simulated CDNOW-like customers. Prints one JSON line per step.
 *
 * Settings keep 1M customers reasonable on 2 cores: 3 epochs of 16,384-row
 * batches, no validation split (early stopping is not what is timed).
 *
 * Usage: node dist/test/bench/churn-bench.js [customers…]
 */
import { predictChurn } from '../../src/models/churn/predict-churn.js';
import { trainChurnModel } from '../../src/models/churn/train-churn-model.js';
import { measure } from './_measure.js';
import { simulateChurnLog } from './_churn-simulate-log.js';

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [100_000, 1_000_000];

for (const customers of sizes) {
  const log = simulateChurnLog({ customers, seed: 1 });
  const options = {
    calibrationEnd: 10_000 + 273,
    observationEnd: 10_000 + 546,
    unit: 'week',
    categorical: ['channel'],
    epochs: 3,
    batchSize: 16_384,
    learningRate: 0.05,
    validationFraction: 0,
    backend: { prefer: ['wasm'] },
  } as const;
  const model = await measure(
    'churn train (logistic, 3 epochs)',
    () => trainChurnModel(log, options),
    (m) => ({ customers, periods: log.time.length, backend: m.backend, trainingAuc: Number(m.metrics.training.auc.toFixed(4)) }),
  );
  await measure(
    'churn train (MLP 16, 3 epochs)',
    () => trainChurnModel(log, { ...options, hidden: 16 }),
    (m) => ({ customers, backend: m.backend, trainingAuc: Number(m.metrics.training.auc.toFixed(4)) }),
  );
  await measure(
    'churn score (features + forward pass)',
    () => predictChurn(model, log),
    (p) => ({ customers: p.customerId.length, backend: 'js' }),
  );
}
