/**
 * Churn evaluation report on the bundled data: the churn model against the
 * BG/NBD baseline P(X(window) = 0 | x, t_x, T), BG/NBD 1 − P(alive) and the
 * recency-gap rule, on customers held out from training, labelled by the
 * holdout period. Repeated over 5 seeded 70/30 customer splits (mean ± sd),
 * because 30 % of CDNOW is only ~700 customers and of apparel 180.
 * The BG/NBD baseline is fitted on the training customers' calibration data,
 * the same information the churn model sees.
 *
 * A second part checks the model out of time: trained on all customers at
 * an early cut (labels from the window after it), then applied at a later
 * cut whose window starts after the training window ends — the way a model
 * is used in production. BG/NBD there is fitted on the data up to the later
 * cut (no labels), as it would be in production.
 *
 * Prints Markdown tables (for the README) and one JSON line per method and
 * data set (for `npm run bench`).
 *
 * Usage: node dist/test/bench/_churn-report.js [splits]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readTransactionLog } from '../../src/data/read-transaction-log.js';
import type { TransactionLog } from '../../src/data/transaction-log.js';
import { parseCsv } from '../../src/io/csv.js';
import { fitBgnbd } from '../../src/models/bgnbd/fit.js';
import { calibrationSummary } from '../../src/models/churn/calibration-summary.js';
import { CHURN_BASE_FEATURES } from '../../src/models/churn/churn-features.js';
import { cutoffDay } from '../../src/models/churn/cutoff-day.js';
import { evaluateChurnModel, type ChurnEvaluation } from '../../src/models/churn/evaluate-churn-model.js';
import { splitCustomers } from '../../src/models/churn/split-customers.js';
import { trainChurnModel, type TrainChurnOptions } from '../../src/models/churn/train-churn-model.js';

interface DataSet {
  readonly name: string;
  readonly load: () => Promise<TransactionLog>;
  readonly calibrationEnd: string;
  readonly observationEnd: string;
  readonly window?: number;
  readonly categorical: readonly string[];
}

/** Adds per-customer columns from a CSV keyed by `Id` (the apparel covariates) to a log's attributes. */
function withCovariates(log: TransactionLog, path: string): TransactionLog {
  const [header, ...rows] = parseCsv(readFileSync(path));
  const byId = new Map(rows.map((row) => [row[0], row]));
  const attributes: Record<string, string[]> = { ...log.attributes } as Record<string, string[]>;
  header.slice(1).forEach((column, k) => {
    attributes[column] = log.customerId.map((id) => byId.get(id)?.[k + 1] ?? '');
  });
  return { ...log, attributes };
}

const apparel = async () =>
  withCovariates(
    (await readTransactionLog('datasets/apparel_trans.csv', { customerCol: 'Id', dateCol: 'Date', amountCol: 'Price' })).log,
    'datasets/apparel_static_cov.csv',
  );

const dataSets: DataSet[] = [
  {
    name: 'CDNOW sample (cut 1997-09-30, window 39 weeks to 1998-06-30)',
    load: async () =>
      (
        await readTransactionLog('datasets/CDNOW_sample.txt', {
          header: false,
          columns: ['master_id', 'id', 'date', 'cds', 'amount'],
          customerCol: 'id',
          dateCol: 'date',
          amountCol: 'amount',
        })
      ).log,
    calibrationEnd: '1997-09-30',
    observationEnd: '1998-06-30',
    categorical: [],
  },
  {
    name: 'apparel (cut 2009-12-20, window 52.1 weeks to 2010-12-20; Gender, Channel)',
    load: apparel,
    calibrationEnd: '2009-12-20',
    observationEnd: '2010-12-20',
    categorical: ['Gender', 'Channel'],
  },
  {
    name: 'apparel (cut 2007-12-31, window 52 weeks; Gender, Channel)',
    load: apparel,
    calibrationEnd: '2007-12-31',
    observationEnd: '2010-12-20',
    window: 52,
    categorical: ['Gender', 'Channel'],
  },
];

const variants: { readonly name: string; readonly options: Partial<TrainChurnOptions> }[] = [
  { name: 'logistic (default)', options: {} },
  { name: 'logistic + stacked BG/NBD', options: { stacked: true } },
  { name: 'logistic, recency gap + stacked BG/NBD only', options: { features: ['recency_gap'], stacked: true, categorical: [] } },
  { name: 'logistic, no covariates', options: { categorical: [] } },
  { name: 'logistic, L2 λ = 0.01', options: { l2: 0.01 } },
  { name: 'logistic, early stopping on 20 %', options: { validationFraction: 0.2 } },
  { name: 'MLP (16 ReLU, early stopping)', options: { hidden: 16 } },
];

const splits = Number(process.argv[2] ?? 5);
const meanSd = (values: number[]) => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, values.length - 1));
  return { mean, sd };
};
const show = (values: (number | null)[], digits = 3) => {
  if (values.some((v) => v === null)) return '—';
  const { mean, sd } = meanSd(values as number[]);
  return `${mean.toFixed(digits)} ± ${sd.toFixed(digits)}`;
};

for (const data of dataSets) {
  const log = await data.load();
  const rows = new Map<string, ChurnEvaluation['methods'][number][]>();
  const record = (name: string, metrics: ChurnEvaluation['methods'][number]) => rows.set(name, [...(rows.get(name) ?? []), metrics]);
  let example: ChurnEvaluation | undefined;
  const trainMs: number[] = [];
  let prevalence: number[] = [];
  let backend = '';
  for (let seed = 1; seed <= splits; seed += 1) {
    const { train, test } = splitCustomers(log, { testFraction: 0.3, seed });
    const cut = cutoffDay(data.calibrationEnd, log, 'calibrationEnd');
    const s = calibrationSummary(train, cut, 'week');
    const bgnbd = fitBgnbd({ frequency: s.frequency, recency: s.recency, T: s.T, unit: 'week' });
    for (const variant of variants) {
      const started = performance.now();
      const model = await trainChurnModel(train, {
        calibrationEnd: data.calibrationEnd,
        observationEnd: data.observationEnd,
        window: data.window,
        unit: 'week',
        categorical: data.categorical,
        seed,
        ...variant.options,
      });
      trainMs.push(performance.now() - started);
      backend = model.backend;
      const evaluation = evaluateChurnModel(model, test, { observationEnd: data.observationEnd, bgnbd });
      record(variant.name, evaluation.methods[0]);
      if (variant === variants[0]) {
        for (const m of evaluation.methods.slice(1)) record(m.label, m);
        prevalence.push(evaluation.prevalence);
        if (seed === 1) example = evaluation;
      }
    }
  }
  console.log(`\n### ${data.name}\n`);
  console.log(
    `${log.customerId.length} customers; held-out 30 % (${example?.customers}) × ${splits} splits; churn prevalence ${show(prevalence)}; backend ${backend}; mean training time ${meanSd(trainMs).mean.toFixed(0)} ms\n`,
  );
  console.log('| method | ROC AUC | PR AUC | log loss | Brier | lift (top 10 %) |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, metrics] of rows) {
    const col = (pick: (m: (typeof metrics)[number]) => number | null) => show(metrics.map(pick));
    console.log(`| ${name} | ${col((m) => m.auc)} | ${col((m) => m.prAuc)} | ${col((m) => m.logLoss)} | ${col((m) => m.brier)} | ${col((m) => m.lift)} |`);
    console.log(
      JSON.stringify({
        name: `churn eval ${data.name.split(' (')[0]} ${data.calibrationEnd}: ${name}`,
        ms: Math.round(meanSd(trainMs).mean),
        auc: Number(meanSd(metrics.map((m) => m.auc)).mean.toFixed(4)),
        logLoss: metrics[0].logLoss === null ? null : Number(meanSd(metrics.map((m) => m.logLoss as number)).mean.toFixed(4)),
      }),
    );
  }
  if (example) {
    const [model, bgnbd] = example.methods;
    console.log(`\nCalibration by decile (split 1, logistic vs BG/NBD P(X(window) = 0)):\n`);
    console.log('| decile | n | model: mean predicted | observed | BG/NBD: mean predicted | observed |');
    console.log('|---|---|---|---|---|---|');
    model.calibration?.forEach((row, i) => {
      const other = bgnbd.calibration?.[i];
      console.log(
        `| ${row.bin} | ${row.n} | ${row.meanPredicted.toFixed(3)} | ${row.observedRate.toFixed(3)} | ${other?.meanPredicted.toFixed(3)} | ${other?.observedRate.toFixed(3)} |`,
      );
    });
  }
}

interface OutOfTime {
  readonly name: string;
  readonly load: () => Promise<TransactionLog>;
  readonly trainCut: string;
  readonly scoreCut: string;
  readonly window: number;
  readonly observationEnd: string;
  readonly categorical: readonly string[];
}

const outOfTime: OutOfTime[] = [
  {
    name: 'CDNOW out of time: trained at 1997-03-31 (26-week window), scored at 1997-09-30 (26-week window)',
    load: dataSets[0].load,
    trainCut: '1997-03-31',
    scoreCut: '1997-09-30',
    window: 26,
    observationEnd: '1998-06-30',
    categorical: [],
  },
  {
    name: 'apparel out of time: trained at 2007-12-31 (52-week window), scored at 2008-12-31 (52-week window)',
    load: apparel,
    trainCut: '2007-12-31',
    scoreCut: '2008-12-31',
    window: 52,
    observationEnd: '2010-12-20',
    categorical: ['Gender', 'Channel'],
  },
];

/** Mean prediction, from the calibration table's bins. */
const mean = (rows: ChurnEvaluation['methods'][number]['calibration']) =>
  (rows ?? []).reduce((s, row) => s + row.meanPredicted * row.n, 0) / (rows ?? []).reduce((s, row) => s + row.n, 0);

for (const data of outOfTime) {
  const log = await data.load();
  const cut = cutoffDay(data.scoreCut, log, 'scoreCut');
  const s = calibrationSummary(log, cut, 'week');
  const bgnbd = fitBgnbd({ frequency: s.frequency, recency: s.recency, T: s.T, unit: 'week' });
  console.log(`\n### ${data.name}\n`);
  console.log('| method | ROC AUC | PR AUC | log loss | Brier | lift (top 10 %) |');
  console.log('|---|---|---|---|---|---|');
  const fmt = (v: number | null) => (v === null ? '—' : v.toFixed(3));
  const ageFree: Partial<TrainChurnOptions> = { features: CHURN_BASE_FEATURES.filter((f) => f !== 'T' && f !== 'trend') };
  for (const variant of [...variants.slice(0, 2), { name: 'logistic without age features (T, trend)', options: ageFree }]) {
    const model = await trainChurnModel(log, {
      calibrationEnd: data.trainCut,
      window: data.window,
      observationEnd: data.observationEnd,
      unit: 'week',
      categorical: data.categorical,
      seed: 1,
      ...variant.options,
    });
    const evaluation = evaluateChurnModel(model, log, { calibrationEnd: data.scoreCut, observationEnd: data.observationEnd, bgnbd });
    const shown = variant === variants[0] ? evaluation.methods : evaluation.methods.slice(0, 1);
    if (variant === variants[0]) {
      const trained = model.trainedOn.positives / model.trainedOn.customers;
      console.log(
        `| (${evaluation.customers} customers; churn prevalence ${trained.toFixed(3)} when trained, ${evaluation.prevalence.toFixed(3)} when scored; mean predicted ${mean(evaluation.methods[0].calibration).toFixed(3)}) | | | | | |`,
      );
    }
    for (const m of shown) {
      const label = m.method === 'model' ? variant.name : m.label;
      console.log(`| ${label} | ${fmt(m.auc)} | ${fmt(m.prAuc)} | ${fmt(m.logLoss)} | ${fmt(m.brier)} | ${fmt(m.lift)} |`);
    }
  }
}
