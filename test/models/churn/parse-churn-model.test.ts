import { beforeAll, describe, expect, it } from 'vitest';
import { simulateChurnLog } from '../../bench/_churn-simulate-log.js';
import { trainChurnModel } from '../../../src/models/churn/train-churn-model.js';
import { parseChurnModel } from '../../../src/models/churn/parse-churn-model.js';
import { ModelFileError } from '../../../src/errors.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('parseChurnModel', () => {
  let json: Json;
  beforeAll(async () => {
    const log = simulateChurnLog({ customers: 200, seed: 9 });
    const model = await trainChurnModel(log, { calibrationEnd: 10_273, unit: 'week', hidden: 3, epochs: 2, categorical: ['channel'] });
    json = JSON.parse(JSON.stringify(model));
  });
  const broken = (edit: (m: Json) => void): Json => {
    const copy = structuredClone(json);
    edit(copy);
    return copy;
  };
  const rejects = (value: unknown, message: RegExp) => {
    expect(() => parseChurnModel(value, 'models/churn.json')).toThrow(ModelFileError);
    expect(() => parseChurnModel(value, 'models/churn.json')).toThrow(message);
  };

  it('parseChurnModel(...) returns a deep-frozen copy and leaves its argument unfrozen', () => {
    const model = parseChurnModel(json);
    expect(Object.isFrozen(model.featureSpec.means)).toBe(true);
    expect(Object.isFrozen(json)).toBe(false);
  });

  it('parseChurnModel(...) names the file and rejects a wrong kind, version or time unit', () => {
    rejects(broken((m) => (m.kind = 'bgnbd')), /models\/churn\.json: is not a churn model/);
    rejects(broken((m) => (m.version = 2)), /version 2 is not supported/);
    rejects(broken((m) => (m.timeUnit = 'fortnight')), /timeUnit/);
    rejects(broken((m) => (m.window = 0)), /window/);
    rejects(broken((m) => (m.backend = 'gpu')), /backend/);
    rejects([1, 2], /expected a JSON object/);
  });

  it('parseChurnModel(...) rejects a feature spec whose names, means or sds do not fit together', () => {
    rejects(broken((m) => m.featureSpec.names.pop()), /featureSpec.names/);
    rejects(broken((m) => (m.featureSpec.base[0] = 'shoe_size')), /featureSpec.base/);
    rejects(broken((m) => (m.featureSpec.categorical[0].levels = ['x'])), /featureSpec.names/);
    rejects(broken((m) => m.featureSpec.means.pop()), /featureSpec.means/);
    rejects(broken((m) => (m.featureSpec.sds[0] = 0)), /featureSpec.sds/);
    rejects(broken((m) => (m.featureSpec.stackedBgnbd = { r: 1, alpha: -1, a: 1, b: 1 })), /stackedBgnbd/);
  });

  it('parseChurnModel(...) rejects weights of the wrong shape or with non-numbers', () => {
    rejects(broken((m) => m.weights[0].kernel.pop()), /weights\[0\]/);
    rejects(broken((m) => (m.weights[1].kernel[0][0] = null)), /weights\[1\]/);
    rejects(broken((m) => m.weights.pop()), /"weights" must hold 2 layer/);
    rejects(broken((m) => (m.architecture = { type: 'mlp', hidden: 4, activation: 'relu' })), /weights\[0\]/);
    rejects(broken((m) => (m.architecture = { type: 'transformer' })), /architecture.type/);
  });
});
