/** `clv run`: the whole batch job in one command, driven by a config file and flags. */
import { Option, type Command } from 'commander';
import { DEFAULT_RUN_CONFIG, parseRunConfig, readRunConfig, type RunConfig } from '../../pipeline/run-config.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { writeRunOutputs } from '../../pipeline/write-run-outputs.js';
import { addOptions, fraction, nonNegativeNumber, PERIOD_OPTIONS, positiveNumber, TRANSACTION_OPTIONS } from '../options.js';
import { printJson, progressFor, readOptionsFromFlags, sourceFromArgument, type CliContext, type TransactionFlags } from '../command-kit.js';

interface RunFlags extends TransactionFlags {
  config?: string;
  out: string;
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

/** Reading flags the user typed override the config's `input`; defaults do not. */
function mergeFlags(config: RunConfig, flags: RunFlags, given: (name: string) => boolean): RunConfig {
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

export function registerRun(program: Command, context: CliContext): void {
  const command = program
    .command('run')
    .summary('the batch job: summarise → fit → score → segments → CAC ceilings → files')
    .description(
      'Run the whole pipeline on a transaction file and write into --out: customers.csv (one row per input customer: ' +
        'predictions, segments, or the reason it could not be scored), segments.csv, cac.json, models/*.json, ' +
        'rejects.csv and manifest.json (input hash, row accounting, versions, timings, convergence). ' +
        'Settings come from --config (JSON; see the README) and flags, flags winning.',
    )
    .argument('<transactions>', "transaction file; '-' reads stdin")
    .option('--config <file>', 'run configuration (JSON)')
    .requiredOption('--out <dir>', 'output folder (created if missing)')
    .addOption(new Option('--horizon-months <m>', 'LTV horizon in months (default 12)').argParser(positiveNumber))
    .addOption(new Option('--margin <m>', 'contribution margin in (0, 1] (default 1)').argParser(fraction))
    .addOption(new Option('--discount-rate <r>', 'annual discount rate (default 0.1)').argParser(nonNegativeNumber))
    .addOption(new Option('--ratio <r>', 'target LTV:CAC ratio (default 3)').argParser(positiveNumber))
    .addOption(new Option('--payback-months <m>', 'CAC payback period in months (default 12)').argParser(positiveNumber))
    .option('--no-churn', 'skip the churn model')
    .option('--allow-unconverged', 'score even when a fit did not converge')
    .option('--json', 'print the run manifest as JSON on stdout')
    .option('-q, --quiet', 'no progress messages on stderr');
  addOptions(command, [...TRANSACTION_OPTIONS, ...PERIOD_OPTIONS]);
  command.action(async (file: string, flags: RunFlags) => {
    const progress = progressFor(flags, context);
    const base = flags.config ? readRunConfig(flags.config) : DEFAULT_RUN_CONFIG;
    const config = mergeFlags(base, flags, (name) => command.getOptionValueSource(name) === 'cli');
    const result = await runPipeline(sourceFromArgument(file, context), config, (label, work) => progress.step(label, work));
    const files = await progress.step('write outputs', () => writeRunOutputs(result, flags.out, { path: file === '-' ? undefined : file }));
    const { accounting, cac } = result;
    progress.info(
      `${accounting.inputCustomers} customers in → ${accounting.scoredCustomers} scored, ${accounting.rejectedCustomers} rejected ` +
        `(${accounting.rejectedRows} rejected rows); new-customer CAC ceiling ${cac.newCustomer.ceiling.toFixed(2)} ` +
        `(${cac.newCustomer.binding} binds); outputs in ${flags.out}`,
    );
    for (const note of result.notes) progress.info(`note: ${note}`);
    if (flags.json) {
      printJson({ outputs: files, accounting, cac: cac.newCustomer, timingsMs: result.timingsMs, notes: result.notes }, context);
    }
  });
}
