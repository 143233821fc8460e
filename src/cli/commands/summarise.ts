/** `clv summarise`: transactions → one RFM row per customer (BTYD conventions). */
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { summariseTransactions } from '../../data/summarise-transactions.js';
import { addOptions, OUTPUT_OPTIONS, PERIOD_OPTIONS, TRANSACTION_OPTIONS } from '../options.js';
import {
  printJson,
  progressFor,
  readOptionsFromFlags,
  reportRejects,
  sourceFromArgument,
  writeTable,
  type CliContext,
  type OutputFlags,
  type TransactionFlags,
} from '../command-kit.js';

export function registerSummarise(program: Command, context: CliContext): void {
  const command = program
    .command('summarise')
    .alias('summarize')
    .summary('transactions → per-customer frequency, recency, T, monetary value')
    .description(
      'Summarise a transaction log per customer: frequency = distinct purchase periods − 1, recency = first → last ' +
        'purchase, T = first purchase → observation (or calibration) end, monetary_value = mean value of the repeat ' +
        'periods. With --calibration-end, adds frequency_holdout, monetary_value_holdout and duration_holdout.',
    )
    .argument('<transactions>', "transaction file (CSV, whitespace-separated or JSON lines); '-' reads stdin");
  addOptions(command, [...TRANSACTION_OPTIONS, ...PERIOD_OPTIONS, ...OUTPUT_OPTIONS]);
  command.addHelpText(
    'after',
    '\nExample (the CDNOW sample: whitespace-separated, no header):\n' +
      '  clv summarise datasets/CDNOW_sample.txt --delimiter whitespace --no-header \\\n' +
      '    --columns master_id,customer_id,date,cds,amount --amount-col amount --date-format yyyyMMdd \\\n' +
      '    --calibration-end 1997-09-30 --observation-end 1998-06-30 -o summary.csv',
  );
  command.action(async (file: string, flags: TransactionFlags & OutputFlags) => {
    if (flags.json && (!flags.output || flags.output === '-')) {
      throw new UsageError('--json prints statistics on stdout, so the summary needs a file: add -o summary.csv');
    }
    const progress = progressFor(flags, context);
    const result = await progress.step(`summarising ${file === '-' ? 'stdin' : file}`, (report) =>
      summariseTransactions(sourceFromArgument(file, context), { ...readOptionsFromFlags(flags), onProgress: report }),
    );
    const { stats } = result;
    progress.info(
      `${stats.rows} rows → ${stats.summarisedCustomers} customers (unit ${stats.unit}, observation end ${stats.observationEnd}` +
        `${stats.calibrationEnd ? `, calibration end ${stats.calibrationEnd}` : ''})`,
    );
    const rejectsPath = await reportRejects(result.rejects, result.excluded, flags, context, progress);
    if (flags.json) {
      await writeTable(result.summary, flags.output, context);
      printJson({ output: flags.output ?? null, rejectsFile: rejectsPath ?? null, rejects: result.rejects.length, excluded: result.excluded.length, ...stats }, context);
      return;
    }
    await writeTable(result.summary, flags.output, context);
  });
}
