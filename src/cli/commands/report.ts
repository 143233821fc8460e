/** `clv report`: the run's self-contained HTML report, on its own. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { progressFor, type CliContext } from '../command-kit.js';
import { addRunOptions, runFromFlags, type RunFlags } from '../run-options.js';

export function registerReport(program: Command, context: CliContext): void {
  const command = program
    .command('report')
    .summary('write the HTML report (model fit, holdout check, plots, segments, CAC, top customers)')
    .description(
      'Runs the pipeline (as `clv run`, same --config and flags) and writes one self-contained HTML file: no network ' +
        'access needed to open it. With --calibration-end it includes the holdout validation.',
    )
    .argument('<transactions>', "transaction file; '-' reads stdin")
    .requiredOption('-o, --output <file>', 'report file (.html)')
    .option('-q, --quiet', 'no progress messages on stderr');
  addRunOptions(command);
  command.action(async (file: string, flags: RunFlags & { output: string }) => {
    const progress = progressFor(flags, context);
    const result = await runFromFlags(file, flags, command, context, progress);
    const { renderRunReport } = await import('../../pipeline/run-report.js'); // Vega loads only when rendering
    const html = await progress.step('rendering report', () => renderRunReport(result, { dataSource: file === '-' ? 'stdin' : file }));
    await mkdir(dirname(flags.output), { recursive: true });
    await writeFile(flags.output, html);
  });
}
