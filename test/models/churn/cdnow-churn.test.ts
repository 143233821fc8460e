import { describe, expect, it } from 'vitest';
import { readTransactionLog } from '../../../src/data/read-transaction-log.js';
import { fitBgnbd } from '../../../src/models/bgnbd/fit.js';
import { calibrationSummary } from '../../../src/models/churn/calibration-summary.js';
import { evaluateChurnModel } from '../../../src/models/churn/evaluate-churn-model.js';
import { splitCustomers } from '../../../src/models/churn/split-customers.js';
import { trainChurnModel } from '../../../src/models/churn/train-churn-model.js';

describe('churn on CDNOW (Fader, Hardie & Lee 2005 sample; cut 1997-09-30, 39-week window)', () => {
  it('trainChurnModel(...) beats the BG/NBD baseline P(X(39) = 0) on held-out customers in AUC, log loss and Brier score', async () => {
    const { log } = await readTransactionLog('datasets/CDNOW_sample.txt', {
      header: false,
      columns: ['master_id', 'id', 'date', 'cds', 'amount'],
      customerCol: 'id',
      dateCol: 'date',
      amountCol: 'amount',
    });
    const { train, test } = splitCustomers(log, { testFraction: 0.3, seed: 1 });
    const model = await trainChurnModel(train, { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week', seed: 1 });
    // the baseline sees the same information: the training customers' calibration data
    const s = calibrationSummary(train, 10_134, 'week') // day 10,134 = 1997-09-30;
    const bgnbd = fitBgnbd({ frequency: s.frequency, recency: s.recency, T: s.T, unit: 'week' });
    const evaluation = evaluateChurnModel(model, test, { observationEnd: '1998-06-30', bgnbd });
    const [own, baseline, , recency] = evaluation.methods;
    expect(evaluation.customers).toBe(707); // ⌊0.3 × 2357⌋
    // the default window is the rest of the data: 1997-09-30 → 1998-06-30 is 273 days = 39 weeks
    expect(evaluation.window).toBe(39);
    expect(evaluation.windowEnd).toBe('1998-06-30');
    // Margins over 5 splits (test/bench/_churn-report.ts): AUC +0.025 ± 0.016, log loss −0.018; this split is typical.
    expect(own.auc).toBeGreaterThan(baseline.auc + 0.01);
    expect(own.logLoss as number).toBeLessThan(baseline.logLoss as number);
    expect(own.brier as number).toBeLessThan(baseline.brier as number);
    expect(own.auc).toBeGreaterThan(recency.auc);
    // BG/NBD's parameters on 70 % of CDNOW stay near the published full-sample fit (r = 0.243, α = 4.414; FHL 2005)
    expect(bgnbd.params.r).toBeGreaterThan(0.2);
    expect(bgnbd.params.r).toBeLessThan(0.3);
  });
});
