/** `clv predict`: a customer summary + model files → per-customer predictions. */
import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { summaryToRfmArrays } from '../../data/summary-to-rfm-arrays.js';
import { loadChurnModel, loadModel } from '../../io/model-file.js';
import { readTransactionLog } from '../../data/read-transaction-log.js';
import { predictChurn } from '../../models/churn/predict-churn.js';
import { alignByCustomerId } from '../../pipeline/align-by-customer.js';
import type { BgnbdModel } from '../../models/bgnbd/index.js';
import type { GammaGammaModel } from '../../models/gamma-gamma/index.js';
import { scoreCustomers } from '../../pipeline/score-customers.js';
import { addOptions, OUTPUT_OPTIONS, PERIOD_OPTIONS, TRANSACTION_OPTIONS, VALUE_OPTIONS } from '../options.js';
import {
  printJson,
  progressFor,
  readOptionsFromFlags,
  readSummaryArgument,
  writeTable,
  type CliContext,
  type OutputFlags,
  type TransactionFlags,
} from '../command-kit.js';
import { scoresTable } from '../../pipeline/scores-table.js';

interface PredictFlags extends OutputFlags, TransactionFlags {
  churnModel?: string;
  transactions?: string;
  model: string;
  spendModel?: string;
  horizon?: number;
  discountRate: number;
  margin: number;
  allowUnconverged?: boolean;
}

export function registerPredict(program: Command, context: CliContext): void {
  const command = program
    .command('predict')
    .summary('score customers: expected purchases, P(alive), expected spend, discounted CLV')
    .description(
      'Predict per customer, over --horizon (in the model time unit): expected purchases given the history, the ' +
        'probability the customer is alive, and with --spend-model the expected average spend and the discounted CLV ' +
        '(margin × spend × ∫ e^(−δt) dE[purchases], δ from the annual --discount-rate converted exactly).',
    )
    .argument('<summary>', "summary CSV (from `clv summarise`); '-' reads stdin")
    .addOption(new Option('--model <file>', 'BG/NBD model file (from `clv fit --model bgnbd`)').makeOptionMandatory())
    .addOption(new Option('--spend-model <file>', 'Gamma-Gamma model file; adds expected_avg_spend and clv'))
    .addOption(new Option('--churn-model <file>', 'churn model file; adds churn_probability (needs --transactions)'))
    .addOption(new Option('--transactions <file>', 'the transactions behind the summary, read with the options below (for --churn-model)'))
    .addOption(new Option('--allow-unconverged', 'score even with a model whose fit did not converge'));
  addOptions(command, [...VALUE_OPTIONS, ...OUTPUT_OPTIONS, ...TRANSACTION_OPTIONS, ...PERIOD_OPTIONS.filter((o) => !o.flags.startsWith('--unit'))]);
  command.action(async (file: string, flags: PredictFlags) => {
    if (flags.horizon === undefined) throw new UsageError('--horizon is required (in the model time unit, e.g. 52 for a year in weeks)');
    const progress = progressFor(flags, context);
    const bgnbd = (await loadModel(flags.model, { kind: 'bgnbd' })) as unknown as BgnbdModel;
    const gammaGamma = flags.spendModel
      ? ((await loadModel(flags.spendModel, { kind: 'gamma-gamma', timeUnit: bgnbd.timeUnit })) as unknown as GammaGammaModel)
      : undefined;
    const summary = await progress.step(`reading ${file}`, () => readSummaryArgument(file, context));
    const rfm = summaryToRfmArrays(summary, bgnbd.timeUnit);
    const scores = await progress.step(`scoring ${rfm.customerId.length} customers`, () =>
      scoreCustomers(rfm, bgnbd, gammaGamma, {
        horizon: flags.horizon as number,
        annualDiscountRate: flags.discountRate,
        margin: flags.margin,
        allowUnconverged: flags.allowUnconverged,
      }),
    );
    if (flags.json && (!flags.output || flags.output === '-')) {
      throw new UsageError('--json prints statistics on stdout, so the predictions need a file: add -o predictions.csv');
    }
    let predictions = scoresTable(scores);
    if (flags.churnModel) {
      if (!flags.transactions) throw new UsageError('--churn-model needs --transactions: churn features come from the purchase history');
      const churnModel = await loadChurnModel(flags.churnModel);
      const { log } = await progress.step(`reading ${flags.transactions}`, () =>
        readTransactionLog(flags.transactions as string, { ...readOptionsFromFlags({ ...flags, unit: churnModel.timeUnit }), observationEnd: undefined }),
      );
      const prediction = predictChurn(churnModel, log, { asOf: flags.observationEnd });
      const aligned = alignByCustomerId(scores.customerId, prediction.customerId, prediction.churnProbability);
      if (aligned.missing > 0) progress.warn(`${aligned.missing} customer(s) of the summary are not in ${flags.transactions}: churn_probability left empty`);
      predictions = predictions.assign({ churn_probability: aligned.values });
    }
    await writeTable(predictions, flags.output, context);
    if (flags.json) {
      const sum = (values?: Float64Array) => (values ? values.reduce((a, b) => a + b, 0) : null);
      printJson(
        {
          output: flags.output,
          customers: scores.customerId.length,
          horizon: flags.horizon,
          unit: bgnbd.timeUnit,
          totalExpectedPurchases: sum(scores.expectedPurchases),
          totalClv: sum(scores.clv),
        },
        context,
      );
    }
  });
}
