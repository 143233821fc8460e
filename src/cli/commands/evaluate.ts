/** `clv evaluate`: fit on the calibration period, predict the holdout, report how close it came. */
import type { Command } from 'commander';
import { readTransactionLog } from '../../data/read-transaction-log.js';
import { UsageError } from '../../errors.js';
import type { HoldoutEvaluation } from '../../evaluate/evaluate-holdout.js';
import { evaluateOnHoldout } from '../../pipeline/evaluate-on-holdout.js';
import { addOptions, OUTPUT_OPTIONS, PERIOD_OPTIONS, TRANSACTION_OPTIONS } from '../options.js';
import {
  printJson,
  progressFor,
  readOptionsFromFlags,
  sourceFromArgument,
  type CliContext,
  type OutputFlags,
  type TransactionFlags,
} from '../command-kit.js';

const fixed = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** A plain-text rendering of a holdout evaluation for the terminal. */
export function formatEvaluation(evaluation: HoldoutEvaluation): string {
  const { purchases, fit, parameters, conditionalExpectations, periodTransactions, spend } = evaluation;
  const lines = [
    `customers: ${evaluation.customers}`,
    `holdout purchases: predicted ${fixed(purchases.totalPredicted, 1)}, actual ${purchases.totalActual} ` +
      `(${fixed(purchases.relativeTotalError * 100, 1)}%); per customer MAE ${fixed(purchases.mae)}, RMSE ${fixed(purchases.rmse)}`,
    `BG/NBD fit: LL ${fixed(fit.logLikelihood, 2)}, AIC ${fixed(fit.aic, 1)}, BIC ${fixed(fit.bic, 1)}`,
    ...parameters.map((p) => `  ${p.name.padEnd(6)} ${fixed(p.estimate, 4)}  (${Math.round(p.level * 100)}% CI ${fixed(p.lower ?? NaN, 4)} – ${fixed(p.upper ?? NaN, 4)})`),
    '',
    'conditional expectations (mean holdout purchases by calibration frequency)',
    '  x      customers   actual   predicted',
    ...conditionalExpectations.map((row) => `  ${row.label.padEnd(6)} ${String(row.customers).padStart(9)}   ${fixed(row.actualMean).padStart(6)}   ${fixed(row.predictedMean).padStart(9)}`),
    '',
    'period transactions (customers by calibration repeat purchases)',
    '  x      observed   expected',
    ...periodTransactions.map((row) => `  ${row.label.padEnd(6)} ${String(row.observed).padStart(8)}   ${fixed(row.expected, 1).padStart(8)}`),
  ];
  if (spend) {
    lines.push('', `Gamma-Gamma: LL ${fixed(spend.fit.logLikelihood, 2)}; frequency–spend correlation ${fixed(spend.correlation.pearson)}`);
    if (spend.correlation.warning) lines.push(`  warning: ${spend.correlation.warning}`);
  }
  return `${lines.join('\n')}\n`;
}

export function registerEvaluate(program: Command, context: CliContext): void {
  const command = program
    .command('evaluate')
    .summary('fit on a calibration period and check the holdout forecasts')
    .description(
      'Fits BG/NBD (and Gamma-Gamma with amounts) on purchases up to --calibration-end, predicts the holdout ' +
        '(calibration end → observation end) and reports per-customer MAE/RMSE, the aggregate error, conditional ' +
        'expectations by calibration frequency, period transactions, weekly tracking, log-likelihood/AIC/BIC, ' +
        'parameter intervals and the Gamma-Gamma frequency–spend correlation check.',
    )
    .argument('<transactions>', "transaction file; '-' reads stdin")
    .option('--allow-unconverged', 'evaluate even when a fit did not converge');
  addOptions(command, [...TRANSACTION_OPTIONS, ...PERIOD_OPTIONS, ...OUTPUT_OPTIONS]);
  command.action(async (file: string, flags: TransactionFlags & OutputFlags & { allowUnconverged?: boolean }) => {
    if (!flags.calibrationEnd) throw new UsageError('--calibration-end is required: the holdout is what comes after it');
    const progress = progressFor(flags, context);
    const { observationEnd, calibrationEnd, ...read } = readOptionsFromFlags(flags);
    const { log } = await progress.step(`reading ${file}`, () => readTransactionLog(sourceFromArgument(file, context), { ...read, observationEnd }));
    const check = await progress.step('fitting and evaluating', () =>
      evaluateOnHoldout(log, {
        unit: flags.unit,
        calibrationEnd: calibrationEnd as string,
        observationEnd: observationEnd as string | undefined,
        allowUnconverged: flags.allowUnconverged,
      }),
    );
    if (flags.json) {
      printJson({ ...check.evaluation, models: { bgnbd: check.models.bgnbd.params, gammaGamma: check.models.gammaGamma?.params ?? null }, summary: check.stats }, context);
      return;
    }
    context.stdout.write(formatEvaluation(check.evaluation));
  });
}
