/** `clv predict`: a customer summary + model files → per-customer predictions. */
import { Option, type Command } from 'commander';
import { summaryToRfmArrays } from '../../data/summary-to-rfm-arrays.js';
import { loadModel } from '../../io/model-file.js';
import type { BgnbdModel } from '../../models/bgnbd/index.js';
import type { GammaGammaModel } from '../../models/gamma-gamma/index.js';
import { scoreCustomers } from '../../pipeline/score-customers.js';
import { addOptions, OUTPUT_OPTIONS, VALUE_OPTIONS } from '../options.js';
import { printJson, progressFor, writeTable, readSummaryArgument, type CliContext, type OutputFlags } from '../command-kit.js';
import { scoresTable } from '../../pipeline/scores-table.js';
import { UsageError } from '../../errors.js';

interface PredictFlags extends OutputFlags {
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
    .addOption(new Option('--allow-unconverged', 'score even with a model whose fit did not converge'));
  addOptions(command, [...VALUE_OPTIONS, ...OUTPUT_OPTIONS]);
  command.action(async (file: string, flags: PredictFlags) => {
    if (flags.horizon === undefined) throw new UsageError('--horizon is required (in the model time unit, e.g. 52 for a year in weeks)');
    const progress = progressFor(flags, context);
    const bgnbd = (await loadModel(flags.model, { kind: 'bgnbd' })) as unknown as BgnbdModel;
    const gammaGamma = flags.spendModel
      ? ((await loadModel(flags.spendModel, { kind: 'gamma-gamma', timeUnit: bgnbd.timeUnit })) as unknown as GammaGammaModel)
      : undefined;
    const table = await progress.step(`reading ${file}`, () => readSummaryArgument(file, context));
    const rfm = summaryToRfmArrays(table, bgnbd.timeUnit);
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
    await writeTable(scoresTable(scores), flags.output, context);
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
