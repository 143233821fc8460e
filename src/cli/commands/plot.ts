/** `clv plot <kind>`: one diagnostic or value plot as PNG or SVG. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { Argument, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { RUN_PLOT_KINDS, type RunPlotKind } from '../../pipeline/run-plot-kinds.js';
import { progressFor, type CliContext } from '../command-kit.js';
import { addRunOptions, runFromFlags, type RunFlags } from '../run-options.js';

export function registerPlot(program: Command, context: CliContext): void {
  const command = program
    .command('plot')
    .summary('draw a plot (PNG or SVG, by the file extension)')
    .description(
      'Runs the pipeline on the transactions (as `clv run` does, same --config and flags) and draws one plot. ' +
        'The holdout plots (period-transactions, calibration-holdout, tracking-*) need --calibration-end; ' +
        'the churn plots need a churn model (a calibration end or churn.window).',
    )
    .addArgument(new Argument('<kind>', 'what to draw').choices([...RUN_PLOT_KINDS]))
    .argument('<transactions>', "transaction file; '-' reads stdin")
    .requiredOption('-o, --output <file>', 'image file: .png or .svg')
    .option('-q, --quiet', 'no progress messages on stderr');
  addRunOptions(command);
  command.action(async (kind: RunPlotKind, file: string, flags: RunFlags & { output: string }) => {
    const format = extname(flags.output).toLowerCase();
    if (format !== '.png' && format !== '.svg') throw new UsageError(`-o must end in .png or .svg, got ${flags.output}`);
    const progress = progressFor(flags, context);
    const result = await runFromFlags(file, flags, command, context, progress);
    // Vega loads only when something is drawn.
    const [{ runPlotSpec }, { renderPng, renderSvg }] = await Promise.all([import('../../pipeline/run-plots.js'), import('../../plots/index.js')]);
    const spec = runPlotSpec(kind, result);
    const image = await progress.step<string | Uint8Array>(`drawing ${kind}`, () => (format === '.png' ? renderPng(spec) : renderSvg(spec)));
    await mkdir(dirname(flags.output), { recursive: true });
    await writeFile(flags.output, image);
  });
}
