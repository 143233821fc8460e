import { describe, expect, it } from 'vitest';
import { churnLabels } from '../../../src/models/churn/churn-labels.js';
import { UsageError } from '../../../src/errors.js';
import { makeLog } from './make-log.js';

// Cut on day 100; data end on day 140 (customer E's purchase).
const log = makeLog([
  { id: 'A', days: [10, 120] }, // buys inside (100, 130]
  { id: 'B', days: [50] }, // never again
  { id: 'C', days: [150 - 10] }, // first purchase after the cut → not a row
  { id: 'D', days: [30, 131] }, // buys just after a 30-day window
  { id: 'E', days: [60, 130] }, // buys on the window's last day (inclusive)
  { id: 'F', days: [90, 100] }, // buys on the cut day itself: calibration, not window
]);

describe('churnLabels', () => {
  it('churnLabels(...) labels a customer churned when no purchase falls in (cut, cut + window]', () => {
    const labels = churnLabels(log, { calibrationEnd: 100, unit: 'day', window: 30 });
    expect(labels.customerId).toEqual(['A', 'B', 'D', 'E', 'F']);
    expect(Array.from(labels.churned)).toEqual([0, 1, 1, 0, 1]);
    expect(Array.from(labels.windowPurchases)).toEqual([1, 0, 0, 1, 0]);
    expect(labels.positives).toBe(3);
  });

  it('churnLabels(...) uses the whole holdout up to the data end as the default window', () => {
    const labels = churnLabels(log, { calibrationEnd: 100, unit: 'week' });
    // data end = day 140 (customer C's first purchase): window 40 days = 40/7 weeks; D's day 131 now counts
    expect(labels.window.window).toBeCloseTo(40 / 7, 15);
    expect(Array.from(labels.churned)).toEqual([0, 1, 0, 0, 1]);
  });

  it('churnLabels(...) refuses a window that runs past the data end, where nobody can be labelled', () => {
    expect(() => churnLabels(log, { calibrationEnd: 100, unit: 'day', window: 41 })).toThrow(UsageError);
    expect(() => churnLabels(log, { calibrationEnd: 100, unit: 'day', window: 50, observationEnd: 160 })).not.toThrow();
    expect(() => churnLabels(log, { calibrationEnd: 140, unit: 'day' })).toThrow(UsageError);
    expect(() => churnLabels(log, { calibrationEnd: 100, unit: 'day', window: -1 })).toThrow(UsageError);
  });
});
