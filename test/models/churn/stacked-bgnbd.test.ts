import { describe, expect, it } from 'vitest';
import { churnFeatures } from '../../../src/models/churn/churn-features.js';
import { stackedBgnbdColumns } from '../../../src/models/churn/stacked-bgnbd.js';
import { trainChurnModel } from '../../../src/models/churn/train-churn-model.js';
import { predictChurn } from '../../../src/models/churn/predict-churn.js';
import { parseChurnModel } from '../../../src/models/churn/parse-churn-model.js';
import { UsageError } from '../../../src/errors.js';
import { simulateChurnLog } from '../../bench/_churn-simulate-log.js';
import { cdnowBgnbd } from './bgnbd-fixture.js';
import { makeLog } from './make-log.js';

describe('stacked BG/NBD features', () => {
  it('churnFeatures(...) with stacked columns adds P(alive) (FHL 2005 eq. 13) and log1p E[X(window)]', () => {
    // cut day 70 = 10 weeks: A bought on days 0, 14, 35 → x = 2, t_x = 5 weeks, T = 10 weeks; B once on day 7
    const log = makeLog([
      { id: 'A', days: [0, 14, 35] },
      { id: 'B', days: [7] },
    ]);
    const model = cdnowBgnbd('week');
    const f = churnFeatures(log, { calibrationEnd: 70, unit: 'week', features: ['frequency'], stacked: stackedBgnbdColumns(model, 4, 'week') });
    expect(f.names).toEqual(['frequency', 'bgnbd_p_alive', 'bgnbd_expected_purchases']);
    const { r, alpha, a, b } = model.params;
    const pAliveA = 1 / (1 + (a / (b + 2 - 1)) * ((alpha + 10) / (alpha + 5)) ** (r + 2));
    expect(f.matrix[1]).toBeCloseTo(pAliveA, 14);
    expect(f.matrix[4]).toBe(1); // x = 0: BG/NBD customers can only drop out after a repeat purchase
    expect(f.matrix[2]).toBeGreaterThan(0);
  });

  it('trainChurnModel(...) with stacked: true stores the BG/NBD fitted on the training customers and scores identically after a round trip', async () => {
    const log = simulateChurnLog({ customers: 300, seed: 8 });
    const model = await trainChurnModel(log, { calibrationEnd: 10_273, unit: 'week', stacked: true, epochs: 5, validationFraction: 0.2 });
    expect(model.featureSpec.names.slice(-2)).toEqual(['bgnbd_p_alive', 'bgnbd_expected_purchases']);
    expect(model.featureSpec.stackedBgnbd).toMatchObject({ kind: 'bgnbd', timeUnit: 'week', converged: true });
    // fitted on the 80 % training split only
    expect(model.featureSpec.stackedBgnbd?.provenance.customers).toBe(240);
    const loaded = parseChurnModel(JSON.parse(JSON.stringify(model)));
    expect(Array.from(predictChurn(loaded, log).churnProbability)).toEqual(Array.from(predictChurn(model, log).churnProbability));
  });

  it('trainChurnModel(...) refuses a stacked BG/NBD model in another time unit', async () => {
    const log = simulateChurnLog({ customers: 100, seed: 8 });
    await expect(trainChurnModel(log, { calibrationEnd: 10_273, unit: 'week', stacked: cdnowBgnbd('day'), epochs: 1 })).rejects.toThrow(UsageError);
  });
});
