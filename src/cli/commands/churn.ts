/** `clv churn train|evaluate`: the TensorFlow.js churn classifier beside BG/NBD. */
import { Option, type Command } from 'commander';
import { readTransactionLog } from '../../data/read-transaction-log.js';
import { UsageError } from '../../errors.js';
import { loadChurnModel, saveModel } from '../../io/model-file.js';
import { evaluateChurnModel, trainChurnModel } from '../../models/churn/index.js';
import { addOptions, nonNegativeNumber, OUTPUT_OPTIONS, PERIOD_OPTIONS, positiveNumber, TRANSACTION_OPTIONS } from '../options.js';
import {
  printJson,
  progressFor,
  readOptionsFromFlags,
  sourceFromArgument,
  type CliContext,
  type OutputFlags,
  type TransactionFlags,
} from '../command-kit.js';

interface ChurnFlags extends TransactionFlags, OutputFlags {
  window?: number;
  hidden?: number;
  seed?: number;
  l2?: number;
  epochs?: number;
  classWeights?: 'balanced';
  stacked?: boolean;
  model?: string;
}

/** Reads the transactions named on the command line into a grouped log (no observation cut: windows need later data). */
async function readLog(file: string, flags: ChurnFlags, context: CliContext) {
  const { observationEnd: _ignored, ...options } = readOptionsFromFlags(flags);
  const attributeCols = flags.channelCol ? [flags.channelCol] : [];
  return readTransactionLog(sourceFromArgument(file, context), { ...options, attributeCols });
}

export function registerChurn(program: Command, context: CliContext): void {
  const churn = program
    .command('churn')
    .summary('train and evaluate a churn classifier (TensorFlow.js) beside BG/NBD')
    .description('A customer churned if they make no purchase in the window after the calibration end.');

  const train = churn
    .command('train')
    .summary('train a churn model (logistic regression, or a small MLP with --hidden)')
    .argument('<transactions>', "transaction file; '-' reads stdin")
    .addOption(new Option('--window <w>', 'churn window in --unit (default: calibration end → observation end)').argParser(positiveNumber))
    .addOption(new Option('--hidden <n>', 'hidden units of an MLP (default 0: logistic regression)').argParser(nonNegativeNumber))
    .addOption(new Option('--seed <s>', 'seed of initialisation, split and batch order (default 1)').argParser(nonNegativeNumber))
    .addOption(new Option('--l2 <lambda>', 'L2 penalty on the weights (default 1e-3)').argParser(nonNegativeNumber))
    .addOption(new Option('--epochs <n>', 'maximum epochs (default 200, early stopping on a validation split)').argParser(positiveNumber))
    .addOption(new Option('--class-weights <rule>', 'reweight classes').choices(['balanced']))
    .option('--stacked', 'add BG/NBD P(alive) and expected purchases as features');
  addOptions(train, [...TRANSACTION_OPTIONS, ...PERIOD_OPTIONS, ...OUTPUT_OPTIONS]);
  train.action(async (file: string, flags: ChurnFlags) => {
    if (!flags.calibrationEnd) throw new UsageError('--calibration-end is required: labels come from the window after it');
    const progress = progressFor(flags, context);
    const { log } = await progress.step(`reading ${file}`, () => readLog(file, flags, context));
    const model = await progress.step('training churn model', () =>
      trainChurnModel(log, {
        calibrationEnd: flags.calibrationEnd as string,
        observationEnd: flags.observationEnd,
        unit: flags.unit,
        window: flags.window,
        hidden: flags.hidden,
        seed: flags.seed,
        l2: flags.l2,
        epochs: flags.epochs,
        classWeights: flags.classWeights,
        stacked: flags.stacked,
        categorical: flags.channelCol ? [flags.channelCol] : undefined,
        data: { source: file },
      }),
    );
    progress.info(`churn model (${model.architecture.type}) trained on the ${model.backend} backend`);
    if (flags.output && flags.output !== '-') await saveModel(model, flags.output);
    else context.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
    if (flags.json && flags.output && flags.output !== '-') {
      printJson({ output: flags.output, backend: model.backend, architecture: model.architecture, training: model.training }, context);
    }
  });

  const evaluate = churn
    .command('evaluate')
    .summary('score a churn model against BG/NBD and the recency rule on labelled customers')
    .argument('<transactions>', "transaction file; '-' reads stdin")
    .requiredOption('--model <file>', 'churn model file (from clv churn train)')
    .addOption(new Option('--window <w>', "window in the model's unit (default: the model's)").argParser(positiveNumber));
  addOptions(evaluate, [...TRANSACTION_OPTIONS, ...PERIOD_OPTIONS.filter((o) => !o.flags.startsWith('--unit')), ...OUTPUT_OPTIONS]);
  evaluate.action(async (file: string, flags: ChurnFlags) => {
    const progress = progressFor(flags, context);
    const model = await loadChurnModel(flags.model as string);
    const { log } = await progress.step(`reading ${file}`, () => readLog(file, { ...flags, unit: model.timeUnit }, context));
    const evaluation = await progress.step('evaluating', () =>
      evaluateChurnModel(model, log, { calibrationEnd: flags.calibrationEnd, window: flags.window, observationEnd: flags.observationEnd }),
    );
    const [own, ...baselines] = evaluation.methods;
    const bgnbd = baselines.find((m) => m.method === 'bgnbd') ?? baselines[0];
    if (flags.json) {
      printJson(
        { ...evaluation, auc: own.auc, baselineAuc: bgnbd?.auc ?? null, logLoss: own.logLoss, brier: own.brier, prAuc: own.prAuc, lift: own.lift },
        context,
      );
      return;
    }
    const lines = [
      `${evaluation.customers} customers, ${evaluation.positives} churned (${(evaluation.prevalence * 100).toFixed(1)}%), window ${evaluation.window} ${evaluation.timeUnit}s after ${evaluation.calibrationEnd}`,
      'method                              AUC    PR AUC  log loss  Brier   top-decile lift',
      ...evaluation.methods.map(
        (m) =>
          `${m.label.padEnd(34)}  ${m.auc.toFixed(3)}  ${m.prAuc.toFixed(3)}   ${m.logLoss === null ? '   –   ' : m.logLoss.toFixed(3).padStart(7)}  ${m.brier === null ? '  –  ' : m.brier.toFixed(3)}   ${m.lift.toFixed(2)}`,
      ),
    ];
    context.stdout.write(`${lines.join('\n')}\n`);
  });
}
