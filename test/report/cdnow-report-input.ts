/**
 * A complete report input for the CDNOW sample, built from library
 * functions (calibration fit, holdout evaluation, 52-week CLV, segments,
 * CAC ceiling). Shared by the report tests and the example-report writer.
 */
import { clvIntervals } from '../../src/evaluate/clv-intervals.js';
import { evaluateHoldout } from '../../src/evaluate/evaluate-holdout.js';
import { expectedPurchases, expectedPurchasesNewCustomer, fitBgnbd, probabilityAlive, probabilityNoPurchases } from '../../src/models/bgnbd/index.js';
import { conditionalExpectedAverageSpend, expectedAverageSpendNewCustomer, fitGammaGamma } from '../../src/models/gamma-gamma/index.js';
import type { ReportInput } from '../../src/report/report-input.js';
import { cacCeiling } from '../../src/value/cac-ceiling.js';
import { discountedClv } from '../../src/value/clv.js';
import { segmentCustomers } from '../../src/value/segment-customers.js';
import { summariseSegments } from '../../src/value/summarise-segments.js';
import { cdnowCalibration, cdnowCbs, cdnowLog, dayOf } from '../evaluate/cdnow-fixtures.js';

export function cdnowReportInput(): ReportInput {
  const cbs = cdnowCbs();
  const log = cdnowLog();
  const calibration = cdnowCalibration(cbs);
  const bgnbd = fitBgnbd(calibration);
  const gg = fitGammaGamma(calibration);
  const evaluation = evaluateHoldout({
    purchaseModel: bgnbd,
    spendModel: gg,
    calibration,
    holdout: { frequency: cbs.xStar, duration: 39 },
    tracking: { log, calibrationEnd: dayOf('19970930'), end: dayOf('19980630') },
  });
  const economics = { horizon: 52, unit: 'week' as const, annualDiscountRate: 0.1, margin: 0.3 };
  const spend = conditionalExpectedAverageSpend(gg, cbs.x, cbs.mx);
  const clv = discountedClv({
    cumulativePurchases: (t) => expectedPurchases(bgnbd, t, cbs.x, cbs.tx, cbs.T),
    expectedSpend: spend,
    ...economics,
    steps: 13,
  });
  const intervals = clvIntervals(
    { purchaseModel: bgnbd, spendModel: gg, frequency: cbs.x, recency: cbs.tx, T: cbs.T, monetaryValue: cbs.mx, ...economics, steps: 13 },
    { draws: 20, seed: 1 }, // few draws: enough to show the column, cheap in tests
  );
  const pAlive = probabilityAlive(bgnbd, cbs.x, cbs.tx, cbs.T);
  const segments = segmentCustomers({ predictedLtv: clv, pAlive });
  const historicalRevenue = Float64Array.from(cbs.x, (x, i) => (x + 1) * (cbs.mx[i] || 15));
  const cac = cacCeiling({
    expectedPurchasesNewCustomer: (t) => expectedPurchasesNewCustomer(bgnbd, t),
    expectedSpend: expectedAverageSpendNewCustomer(gg),
    ...economics,
  });
  return {
    title: 'CDNOW customer value',
    subtitle: '2,357 customers of the Q1-1997 cohort',
    currency: 'USD',
    run: {
      dataSource: 'datasets/cdnow_elog_btyd.csv',
      customers: 2357,
      transactions: 6919,
      rejectedRows: 0,
      unit: 'week',
      firstPurchase: '1997-01-01',
      calibrationEnd: '1997-09-30',
      observationEnd: '1998-06-30',
      horizon: 52,
      annualDiscountRate: 0.1,
      margin: 0.3,
    },
    models: [bgnbd, gg],
    evaluation,
    customers: {
      customerId: calibration.customerId,
      clv,
      clvLower: intervals.lower,
      clvUpper: intervals.upper,
      intervalLevel: intervals.level,
      expectedPurchases: expectedPurchases(bgnbd, 52, cbs.x, cbs.tx, cbs.T),
      pAlive,
      frequency: cbs.x,
      recency: cbs.tx,
      T: cbs.T,
      monetaryValue: cbs.mx,
      segment: segments.valueTier,
    },
    segments: [
      {
        title: 'Value tiers',
        rows: summariseSegments({
          segment: segments.valueTier,
          predictedLtv: clv,
          pAlive,
          historicalRevenue,
          order: ['top-1', 'top-5', 'top-10', 'top-25', 'top-50', 'bottom-50'],
        }),
      },
      ...(segments.lifecycle
        ? [{ title: 'Lifecycle stages', rows: summariseSegments({ segment: segments.lifecycle, predictedLtv: clv, pAlive, order: ['active', 'cooling', 'at-risk', 'lost'] }) }]
        : []),
    ],
    cac: { newCustomer: cac },
    scoreEvaluations: [
      {
        title: 'Churn: no purchase in the holdout',
        description: 'Score: BG/NBD probability of no purchase in weeks 40–78 given the calibration history. Outcome: the customer made no purchase in weeks 40–78.',
        scores: probabilityNoPurchases(bgnbd, 39, cbs.x, cbs.tx, cbs.T),
        labels: Float64Array.from(cbs.xStar, (v) => (v === 0 ? 1 : 0)),
      },
    ],
    notes: ['Calibration: 1997-01-01 to 1997-09-30; holdout: 1997-10-01 to 1998-06-30.'],
  };
}
