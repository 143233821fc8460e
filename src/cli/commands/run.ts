/** `clv run`: the whole batch job in one command, driven by a config file and flags. */
import type { Command } from 'commander';
import { writeRunOutputs } from '../../pipeline/write-run-outputs.js';
import { printJson, progressFor, type CliContext } from '../command-kit.js';
import { addRunOptions, runFromFlags, type RunFlags } from '../run-options.js';

export function registerRun(program: Command, context: CliContext): void {
  const command = program
    .command('run')
    .summary('the batch job: summarise → fit → score → segments → CAC ceilings → files and report')
    .description(
      'Run the whole pipeline on a transaction file and write into --out: customers.csv (one row per input customer: ' +
        'predictions, segments, or the reason it could not be scored), segments.csv, cac.json, models/*.json, ' +
        'rejects.csv, report.html and manifest.json (input hash, row accounting, versions, timings, convergence). ' +
        'Settings come from --config (JSON; see the README) and flags, flags winning.',
    )
    .argument('<transactions>', "transaction file; '-' reads stdin")
    .requiredOption('--out <dir>', 'output folder (created if missing)')
    .option('--json', 'print the run summary as JSON on stdout')
    .option('-q, --quiet', 'no progress messages on stderr');
  addRunOptions(command);
  command.action(async (file: string, flags: RunFlags & { out: string }) => {
    const progress = progressFor(flags, context);
    const result = await runFromFlags(file, flags, command, context, progress);
    const files = await progress.step('write outputs', () => writeRunOutputs(result, flags.out, { path: file === '-' ? undefined : file }));
    const { accounting, cac } = result;
    progress.info(
      `${accounting.inputCustomers} customers in → ${accounting.scoredCustomers} scored, ${accounting.rejectedCustomers} rejected ` +
        `(${accounting.rejectedRows} rejected rows); new-customer CAC ceiling ${cac.newCustomer.ceiling.toFixed(2)} ` +
        `(${cac.newCustomer.binding} binds); outputs in ${flags.out}`,
    );
    const total = result.scores.clv.reduce((sum, v) => sum + v, 0);
    const top = result.segmentSummaries.valueTier[0];
    progress.info(
      `predicted LTV over ${result.config.horizonMonths} months: ${total.toFixed(0)} in all; ` +
        (top ? `the ${top.segment} tier (${top.customers} customers) holds ${(top.ltvShare * 100).toFixed(1)}% of it. ` : '') +
        `Read ${files.report}`,
    );
    for (const note of result.notes) progress.info(`note: ${note}`);
    if (flags.json) {
      printJson({ outputs: files, accounting, cac: cac.newCustomer, timingsMs: result.timingsMs, notes: result.notes }, context);
    }
  });
}
