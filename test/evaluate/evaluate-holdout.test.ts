import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { evaluateHoldout } from '../../src/evaluate/evaluate-holdout.js';
import { fitBgnbd } from '../../src/models/bgnbd/index.js';
import { fitGammaGamma } from '../../src/models/gamma-gamma/index.js';
import { conditionalExpected, expectedNewCustomer, purchaseCountPmf } from './bgnbd-reference.js';
import { cdnowCalibration, cdnowCbs, cdnowLog, dayOf } from './cdnow-fixtures.js';

describe('evaluateHoldout', () => {
  const cbs = cdnowCbs();
  const log = cdnowLog();
  const calibration = cdnowCalibration(cbs);
  const purchaseModel = fitBgnbd(calibration);
  const spendModel = fitGammaGamma(calibration);
  const calibrationEnd = dayOf('19970930');
  const end = dayOf('19980630');
  // Holdout mean spend per customer straight from the log (sample ids 1…2357 are in order there).
  const holdoutSpend = new Float64Array(cbs.x.length);
  log.customerId.forEach((id, c) => {
    let sum = 0;
    let k = 0;
    for (let j = log.offsets[c]; j < log.offsets[c + 1]; j++) {
      if (log.time[j] > calibrationEnd && log.time[j] <= end) {
        sum += log.amount[j];
        k++;
      }
    }
    holdoutSpend[Number(id) - 1] = k > 0 ? sum / k : 0;
  });
  const result = evaluateHoldout({
    purchaseModel,
    spendModel,
    calibration,
    holdout: { frequency: cbs.xStar, duration: 39, monetaryValue: holdoutSpend },
    tracking: { log, calibrationEnd, end },
  });
  const p = purchaseModel.params;

  it('evaluateHoldout(...) on CDNOW compares forecasts with the 1,882 holdout purchases of FHL 2005', () => {
    expect(result.customers).toBe(2357);
    expect(result.purchases.totalActual).toBe(1882);
    // Independent eq. 10 (term-by-term 2F1) at the fitted parameters.
    let total = 0;
    for (let i = 0; i < cbs.x.length; i++) total += conditionalExpected(p, 39, cbs.x[i], cbs.tx[i], cbs.T[i]);
    expect(Math.abs(result.purchases.totalPredicted / total - 1)).toBeLessThan(1e-8);
    expect(result.conditionalExpectations.reduce((s, r) => s + r.customers * r.predictedMean, 0)).toBeCloseTo(total, 6);
  });

  it('evaluateHoldout(...) reports LL, AIC and BIC of the BG/NBD fit (FHL 2005: LL = −9582.4)', () => {
    expect(result.fit.logLikelihood).toBeCloseTo(-9582.4, 0);
    expect(result.fit.aic).toBeCloseTo(8 - 2 * result.fit.logLikelihood, 9);
    expect(result.fit.bic).toBeCloseTo(4 * Math.log(2357) - 2 * result.fit.logLikelihood, 9);
    expect(result.parameters.map((q) => q.name)).toEqual(['r', 'alpha', 'a', 'b']);
    for (const q of result.parameters) {
      expect(q.lower).toBeLessThan(q.estimate);
      expect(q.upper).toBeGreaterThan(q.estimate);
    }
  });

  it('evaluateHoldout(...) period transactions equal Σᵢ P(X(Tᵢ) = n) from eq. 8', () => {
    let zero = 0;
    let three = 0;
    for (let i = 0; i < cbs.T.length; i++) {
      zero += purchaseCountPmf(p, cbs.T[i], 0);
      three += purchaseCountPmf(p, cbs.T[i], 3);
    }
    expect(Math.abs(result.periodTransactions[0].expected / zero - 1)).toBeLessThan(1e-9);
    expect(Math.abs(result.periodTransactions[3].expected / three - 1)).toBeLessThan(1e-9);
    expect(result.periodTransactions[0].observed).toBe(1411);
  });

  it('evaluateHoldout(...) tracking adds each customer\'s E[X(t)] from their first purchase day', () => {
    const tracking = result.tracking!;
    expect(tracking.period.length).toBe(78);
    expect(tracking.actualCumulative[77] - tracking.actualCumulative[38]).toBe(1882);
    // Brute force over customers with the independent eq. 9.
    let atWeek78 = 0;
    for (let c = 0; c < log.customerId.length; c++) {
      atWeek78 += expectedNewCustomer(p, (end - log.time[log.offsets[c]]) / 7);
    }
    expect(Math.abs(tracking.modelCumulative[77] / atWeek78 - 1)).toBeLessThan(1e-8);
  });

  it('evaluateHoldout(...) checks the spend model: ρ(x, z̄) = 0.11 without warning, and holdout spend error', () => {
    const spend = result.spend!;
    expect(spend.correlation.pearson).toBeCloseTo(0.11, 2);
    expect(spend.correlation.warning).toBeNull();
    expect(spend.parameters.map((q) => q.name)).toEqual(['p', 'q', 'v']);
    // Customers with x > 0 and a holdout purchase; predicted and actual mean spend are both near CDNOW's ~$35.
    expect(spend.holdout!.customers).toBeGreaterThan(400);
    expect(spend.holdout!.actualMean).toBeGreaterThan(20);
    expect(spend.holdout!.actualMean).toBeLessThan(60);
    expect(Math.abs(spend.holdout!.predictedMean / spend.holdout!.actualMean - 1)).toBeLessThan(0.25);
  });

  it('evaluateHoldout(...) scores who buys in the holdout better than chance', () => {
    expect(result.activity.roc!.auc).toBeGreaterThan(0.7);
    expect(result.activity.roc!.positives).toBe(cbs.xStar.filter((v) => v > 0).length);
  });

  it('evaluateHoldout(...) refuses a summary in another unit than the model', () => {
    expect(() => evaluateHoldout({ purchaseModel, calibration: { ...calibration, unit: 'day' }, holdout: { frequency: cbs.xStar, duration: 39 } })).toThrow(UsageError);
  });
});
