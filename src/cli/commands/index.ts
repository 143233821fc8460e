/** Every `clv` command, in the order `clv --help` lists them. */
import type { Command } from 'commander';
import type { CliContext } from '../command-kit.js';
import { registerAudience } from './audience.js';
import { registerChurn } from './churn.js';
import { registerEvaluate } from './evaluate.js';
import { registerFit } from './fit.js';
import { registerPlot } from './plot.js';
import { registerPredict } from './predict.js';
import { registerReport } from './report.js';
import { registerRun } from './run.js';
import { registerSummarise } from './summarise.js';

export type { CliContext } from '../command-kit.js';

export type RegisterCommand = (program: Command, context: CliContext) => void;

export const COMMANDS: readonly RegisterCommand[] = [registerSummarise, registerFit, registerPredict, registerRun, registerEvaluate, registerPlot, registerReport, registerChurn, registerAudience];
