import { beforeAll, describe, expect, it } from 'vitest';
import { simulateChurnLog } from '../../bench/_churn-simulate-log.js';
import { trainChurnModel } from '../../../src/models/churn/train-churn-model.js';
import { evaluateChurnModel } from '../../../src/models/churn/evaluate-churn-model.js';
import { predictChurn } from '../../../src/models/churn/predict-churn.js';
import { churnLabels } from '../../../src/models/churn/churn-labels.js';
import { splitCustomers } from '../../../src/models/churn/split-customers.js';
import { rocAuc } from '../../../src/models/churn/metrics/roc-auc.js';
import { logLoss } from '../../../src/models/churn/metrics/log-loss.js';
import type { ChurnModel } from '../../../src/models/churn/churn-model.js';
import { UsageError } from '../../../src/errors.js';
import { cdnowBgnbd } from './bgnbd-fixture.js';
import { makeLog } from './make-log.js';

const log = simulateChurnLog({ customers: 400, seed: 21 });
const cut = 10_000 + 273;
const end = 10_000 + 546;

describe('evaluateChurnModel', () => {
  let model: ChurnModel;
  const { train, test } = splitCustomers(log, { testFraction: 0.5, seed: 2 });
  beforeAll(async () => {
    model = await trainChurnModel(train, { calibrationEnd: cut, observationEnd: end, unit: 'week', epochs: 20, seed: 4 });
  });

  it('evaluateChurnModel(...) scores the model and the baselines on the same labelled customers', () => {
    const evaluation = evaluateChurnModel(model, test, { observationEnd: end, bgnbd: cdnowBgnbd() });
    const labels = churnLabels(test, { calibrationEnd: cut, observationEnd: end, unit: 'week', window: 39 });
    expect(evaluation).toMatchObject({ customers: labels.churned.length, positives: labels.positives, window: 39, calibrationEnd: '1998-02-16' });
    expect(evaluation.methods.map((m) => m.method)).toEqual(['model', 'bgnbd', 'bgnbd-p-alive', 'recency']);
    const p = predictChurn(model, test, { asOf: cut }).churnProbability;
    expect(evaluation.methods[0].auc).toBe(rocAuc(p, labels.churned));
    expect(evaluation.methods[0].logLoss).toBe(logLoss(p, labels.churned));
    expect(evaluation.methods[0].calibration?.reduce((s, row) => s + row.n, 0)).toBe(labels.churned.length);
    expect(evaluation.methods[3]).toMatchObject({ logLoss: null, brier: null, calibration: null });
    expect(evaluation.bgnbd.fittedOnEvaluationData).toBe(false);
  });

  it('evaluateChurnModel(...) fits a BG/NBD baseline on the evaluated calibration data when none is given', () => {
    const evaluation = evaluateChurnModel(model, test, { observationEnd: end });
    expect(evaluation.bgnbd.fittedOnEvaluationData).toBe(true);
    expect(evaluation.bgnbd.params.r).toBeGreaterThan(0);
  });

  it('evaluateChurnModel(...) refuses a BG/NBD baseline fitted in another time unit', () => {
    expect(() => evaluateChurnModel(model, test, { observationEnd: end, bgnbd: cdnowBgnbd('day') })).toThrow(UsageError);
  });

  it('evaluateChurnModel(...) ranks by silence for the recency rule and uses P(X(w) = 0), not 1 − P(alive), for BG/NBD', () => {
    // cut day 100, 30-day window, unit day:
    //   gap (days since last purchase) and label: A 20 active, B 50 churned, D 1 churned, E 40 active, F 0 churned
    const hand = makeLog([
      { id: 'A', days: [10, 80, 120] },
      { id: 'B', days: [50] },
      { id: 'D', days: [30, 99] },
      { id: 'E', days: [60, 130] },
      { id: 'F', days: [90, 100] },
    ]);
    const fixed = { ...model, timeUnit: 'day' as const, window: 30, trainedOn: { ...model.trainedOn, calibrationEnd: '1970-04-11' } };
    const evaluation = evaluateChurnModel(fixed, hand, { bgnbd: cdnowBgnbd('day') });
    // churned gaps {50, 1, 0} vs active gaps {20, 40}: pairs won 50>20, 50>40 → 2 of 6
    expect(evaluation.methods[3].auc).toBeCloseTo(2 / 6, 15);
    // B (x = 0) has P(alive) = 1 under BG/NBD, so 1 − P(alive) = 0 while P(no purchase in 30 days) > 0
    expect(evaluation.methods[1].logLoss).toBeLessThan(evaluation.methods[2].logLoss as number);
  });
});

describe('splitCustomers', () => {
  it('splitCustomers(...) puts each customer’s whole history on exactly one side, reproducibly', () => {
    const a = splitCustomers(log, { testFraction: 0.25, seed: 9 });
    const b = splitCustomers(log, { testFraction: 0.25, seed: 9 });
    expect(a.test.customerId).toEqual(b.test.customerId);
    expect(a.test.customerId).toHaveLength(100);
    expect(new Set([...a.train.customerId, ...a.test.customerId]).size).toBe(400);
    expect(a.train.time.length + a.test.time.length).toBe(log.time.length);
    const id = a.test.customerId[0];
    const c = log.customerId.indexOf(id);
    expect(Array.from(a.test.time.subarray(a.test.offsets[0], a.test.offsets[1]))).toEqual(
      Array.from(log.time.subarray(log.offsets[c], log.offsets[c + 1])),
    );
    expect(a.test.attributes.channel[0]).toBe(log.attributes.channel[c]);
    expect(() => splitCustomers(log, { testFraction: 1, seed: 1 })).toThrow(UsageError);
  });
});
