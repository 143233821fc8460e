/**
 * The options of the pipeline commands (`run`, `report`, `plot`) and how
 * they become a RunConfig: a --config file, overridden by the flags the
 * user actually typed (defaults never override the file).
 */
import { Option, type Command } from 'commander';
import type { Progress } from './progress.js';
import { DEFAULT_RUN_CONFIG, parseRunConfig, readRunConfig, type RunConfig } from '../pipeline/run-config.js';
import { runPipeline, type RunResult } from '../pipeline/run-pipeline.js';
import { addOptions, fraction, nonNegativeNumber, PERIOD_OPTIONS, positiveNumber, TRANSACTION_OPTIONS } from './options.js';
import { readOptionsFromFlags, sourceFromArgument, type CliContext, type TransactionFlags } from './command-kit.js';

export interface RunFlags extends TransactionFlags {
  config?: string;
  channelFile?: string;
  horizonMonths?: number;
  margin?: number;
  discountRate?: number;
  ratio?: number;
  paybackMonths?: number;
  churn?: boolean;
  allowUnconverged?: boolean;
  json?: boolean;
  quiet?: boolean;
}

/** Adds --config, the economics flags and the reading/period options. */
export function addRunOptions(command: Command): Command {
  command
    .option('--config <file>', 'run configuration (JSON; see the README)')
    .option('--channel-file <csv>', 'customer attributes CSV with the --channel-col column (customer id column named as --customer-col)')
    .addOption(new Option('--horizon-months <m>', 'LTV horizon in months (default 12)').argParser(positiveNumber))
    .addOption(new Option('--margin <m>', 'contribution margin in (0, 1] (default 1)').argParser(fraction))
    .addOption(new Option('--discount-rate <r>', 'annual discount rate (default 0.1)').argParser(nonNegativeNumber))
    .addOption(new Option('--ratio <r>', 'target LTV:CAC ratio (default 3)').argParser(positiveNumber))
    .addOption(new Option('--payback-months <m>', 'CAC payback period in months (default 12)').argParser(positiveNumber))
    .option('--no-churn', 'skip the churn model')
    .option('--allow-unconverged', 'score even when a fit did not converge');
  return addOptions(command, [...TRANSACTION_OPTIONS, ...PERIOD_OPTIONS]);
}

/** Reading flags the user typed override the config's `input`; defaults do not. */
export function mergeRunFlags(config: RunConfig, flags: RunFlags, given: (name: string) => boolean): RunConfig {
  const read = readOptionsFromFlags(flags) as Record<string, unknown>;
  const input = { ...config.input } as Record<string, unknown>;
  for (const key of ['customerCol', 'dateCol', 'amountCol', 'dateFormat', 'delimiter', 'header', 'columns', 'format', 'grain', 'onInvalid']) {
    if (given(key)) input[key] = read[key];
  }
  const pick = <K extends keyof RunConfig>(key: K, flag: keyof RunFlags): RunConfig[K] =>
    (given(flag) ? flags[flag] : config[key]) as RunConfig[K];
  return parseRunConfig({
    ...config,
    input,
    channelCol: pick('channelCol', 'channelCol'),
    channelFile: pick('channelFile', 'channelFile'),
    unit: pick('unit', 'unit'),
    observationEnd: pick('observationEnd', 'observationEnd'),
    calibrationEnd: pick('calibrationEnd', 'calibrationEnd'),
    horizonMonths: pick('horizonMonths', 'horizonMonths'),
    margin: pick('margin', 'margin'),
    annualDiscountRate: pick('annualDiscountRate', 'discountRate'),
    targetLtvCacRatio: pick('targetLtvCacRatio', 'ratio'),
    paybackMonths: pick('paybackMonths', 'paybackMonths'),
    allowUnconverged: given('allowUnconverged') ? true : config.allowUnconverged,
    churn: given('churn') && flags.churn === false ? { ...config.churn, enabled: false } : config.churn,
  });
}

/** Runs the pipeline as the command's flags say, reporting each step. */
export async function runFromFlags(file: string, flags: RunFlags, command: Command, context: CliContext, progress: Progress): Promise<RunResult> {
  const base = flags.config ? readRunConfig(flags.config) : DEFAULT_RUN_CONFIG;
  const config = mergeRunFlags(base, flags, (name) => command.getOptionValueSource(name) === 'cli');
  return runPipeline(sourceFromArgument(file, context), config, (label, work) => progress.step(label, work));
}
