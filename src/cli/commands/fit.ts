/** `clv fit`: a customer summary → a fitted BG/NBD or Gamma-Gamma model file. */
import { Option, type Command } from 'commander';
import { summaryToRfmArrays } from '../../data/summary-to-rfm-arrays.js';
import { TIME_UNITS, type TimeUnit } from '../../data/time-unit.js';
import { saveModel, serialiseModel } from '../../io/model-file.js';
import { fitBgnbd } from '../../models/bgnbd/index.js';
import { fitGammaGamma } from '../../models/gamma-gamma/index.js';
import type { FittedModel } from '../../models/fitted-model.js';
import { addOptions, nonNegativeNumber, OUTPUT_OPTIONS, positiveInteger } from '../options.js';
import { printJson, progressFor, readSummaryArgument, type CliContext, type OutputFlags } from '../command-kit.js';

interface FitFlags extends OutputFlags {
  model: 'bgnbd' | 'gamma-gamma';
  unit: TimeUnit;
  penalizer: number;
  maxIterations?: number;
}

export function registerFit(program: Command, context: CliContext): void {
  const command = program
    .command('fit')
    .summary('fit BG/NBD (purchases, churn) or Gamma-Gamma (spend) by maximum likelihood')
    .description(
      'Fit a model to a customer summary (as written by `clv summarise`, or lifetimes-style columns ' +
        'customer_id, frequency, recency, T, monetary_value). The model file records parameters, standard errors, ' +
        'log-likelihood and whether the fit converged; `clv predict` refuses unconverged models unless told otherwise.',
    )
    .argument('<summary>', "summary CSV; '-' reads stdin")
    .addOption(new Option('--model <kind>', 'model to fit').choices(['bgnbd', 'gamma-gamma']).makeOptionMandatory())
    .addOption(new Option('--unit <unit>', 'time unit of the summary').choices([...TIME_UNITS]).default('week'))
    .addOption(new Option('--penalizer <c>', 'L2 penalty coefficient on the parameters (as lifetimes penalizer_coef)').argParser(nonNegativeNumber).default(0))
    .addOption(new Option('--max-iterations <n>', 'optimiser iteration cap').argParser(positiveInteger));
  addOptions(command, OUTPUT_OPTIONS);
  command.action(async (file: string, flags: FitFlags) => {
    const progress = progressFor(flags, context);
    const table = await progress.step(`reading ${file}`, () => readSummaryArgument(file, context));
    const rfm = summaryToRfmArrays(table, flags.unit);
    const options = { penalizerCoef: flags.penalizer, maxIterations: flags.maxIterations, data: { source: file } };
    const model: FittedModel<string, Readonly<Record<string, number>>> = await progress.step(`fitting ${flags.model}`, () =>
      flags.model === 'bgnbd' ? fitBgnbd(rfm, options) : fitGammaGamma(rfm, options),
    );
    const params = Object.entries(model.params)
      .map(([name, value]) => `${name}=${value.toPrecision(4)}`)
      .join(' ');
    progress.info(`${model.kind}: ${params}, log-likelihood ${model.logLikelihood.toFixed(2)}, ${model.converged ? 'converged' : 'DID NOT CONVERGE'}`);
    if (!model.converged) progress.warn(`the fit did not converge: ${model.diagnostics.message}`);
    if (!flags.output || flags.output === '-') {
      context.stdout.write(serialiseModel(model));
      return;
    }
    await saveModel(model, flags.output);
    if (flags.json) {
      const { kind, params: p, standardErrors, logLikelihood, converged, diagnostics } = model;
      printJson({ output: flags.output, kind, params: p, standardErrors, logLikelihood, converged, diagnostics }, context);
    }
  });
}
