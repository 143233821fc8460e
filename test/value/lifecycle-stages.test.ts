import { describe, expect, it } from 'vitest';
import { assignLifecycle } from '../../src/value/lifecycle-stages.js';
import { InputError, UsageError } from '../../src/errors.js';

describe('assignLifecycle', () => {
  it('assignLifecycle(...) matches the documented example: min(0.9, 0.9) active, min(0.9, 0.5) cooling, 0.05 lost', () => {
    expect(assignLifecycle({ pAlive: [0.9, 0.9, 0.05], churnProbability: [0.1, 0.5, 0] })).toEqual(['active', 'cooling', 'lost']);
  });

  it('assignLifecycle(...) includes each default threshold in the better stage (0.7 active, 0.4 cooling, 0.1 at-risk)', () => {
    const pAlive = [1, 0.7, 0.6999, 0.4, 0.3999, 0.1, 0.0999, 0];
    expect(assignLifecycle({ pAlive })).toEqual(['active', 'active', 'cooling', 'cooling', 'at-risk', 'at-risk', 'lost', 'lost']);
  });

  it('assignLifecycle(...) uses 1 − churn alone when no P(alive) is given', () => {
    expect(assignLifecycle({ churnProbability: [0, 0.3, 0.6, 0.95] })).toEqual(['active', 'active', 'cooling', 'lost']);
  });

  it('assignLifecycle(...) follows the combine rule: p-alive ignores churn, churn ignores P(alive)', () => {
    const input = { pAlive: [1, 0.2], churnProbability: [0.8, 0] };
    const config = { active: 0.7, cooling: 0.4, atRisk: 0.1 };
    expect(assignLifecycle(input, { ...config, combine: 'min' })).toEqual(['at-risk', 'at-risk']);
    expect(assignLifecycle(input, { ...config, combine: 'p-alive' })).toEqual(['active', 'at-risk']);
    expect(assignLifecycle(input, { ...config, combine: 'churn' })).toEqual(['at-risk', 'active']);
  });

  it('assignLifecycle(...) throws UsageError without inputs or with mismatched lengths', () => {
    expect(() => assignLifecycle({})).toThrow(UsageError);
    expect(() => assignLifecycle({ pAlive: [0.5], churnProbability: [0.1, 0.2] })).toThrow(UsageError);
  });

  it('assignLifecycle(...) throws InputError for probabilities outside [0, 1] or NaN, naming the row', () => {
    expect(() => assignLifecycle({ pAlive: [0.5, 1.2] })).toThrow(InputError);
    try {
      assignLifecycle({ pAlive: [0.5, 0.5], churnProbability: [NaN, 0] });
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).issues[0]).toMatchObject({ row: 1, column: 'churnProbability' });
    }
  });
});
