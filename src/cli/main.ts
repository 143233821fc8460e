#!/usr/bin/env node
/**
 * The `clv` command. The only place that turns errors into exit codes:
 * 0 ok, 1 runtime failure, 2 bad usage or bad input (including model files).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { ClvError, FitError, InputError, ModelFileError, UsageError } from '../errors.js';
import { CLVKIT_VERSION } from '../version.js';
import { COMMANDS, type CliContext } from './commands/index.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Builds the commander program; exported for tests that inspect help text. */
export function buildProgram(context: CliContext): Command {
  const program = new Command('clv')
    .description('Predictive customer lifetime value: summarise transactions, fit BTYD models, score customers.')
    .version(CLVKIT_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    })
    .exitOverride();
  for (const register of COMMANDS) register(program, context);
  program.addHelpText(
    'after',
    [
      '',
      'Typical use:',
      '  clv run transactions.csv --amount-col amount --out results/      # everything, one folder',
      '  clv summarise transactions.csv --amount-col amount -o summary.csv  # or step by step:',
      '  clv fit summary.csv --model bgnbd -o bgnbd.json',
      '  clv fit summary.csv --model gamma-gamma -o gg.json',
      '  clv predict summary.csv --model bgnbd.json --spend-model gg.json --horizon 52 -o predictions.csv',
      '',
      'Exit codes: 0 ok, 1 runtime failure (e.g. a fit that did not converge), 2 bad usage or bad input.',
      "Run 'clv <command> --help' for a command's options.",
    ].join('\n'),
  );
  for (const command of program.commands) exitOverrideDeep(command);
  return program;
}

function exitOverrideDeep(command: Command): void {
  command.exitOverride();
  for (const child of command.commands) exitOverrideDeep(child);
}

/** Maps anything thrown to an exit code, writing one clear message to stderr. */
export function exitCodeFor(error: unknown, stderr: NodeJS.WritableStream): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) {
      return EXIT_OK;
    }
    return EXIT_USAGE; // commander already printed its message
  }
  if (error instanceof InputError || error instanceof UsageError || error instanceof ModelFileError) {
    stderr.write(`clv: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof FitError || error instanceof ClvError) {
    stderr.write(`clv: ${error.message}\n`);
    return EXIT_FAILURE;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  stderr.write(`clv: unexpected failure: ${message}\n`);
  return EXIT_FAILURE;
}

/** Runs the CLI with the given arguments (without node and script) and returns the exit code. */
export async function runCli(args: readonly string[], context?: Partial<CliContext>): Promise<number> {
  const full: CliContext = {
    stdout: context?.stdout ?? process.stdout,
    stderr: context?.stderr ?? process.stderr,
    stdin: context?.stdin ?? process.stdin,
  };
  try {
    await buildProgram(full).parseAsync([...args], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return exitCodeFor(error, full.stderr);
  }
}

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  const code = await runCli(process.argv.slice(2));
  // Let pending stdout writes flush before exiting (large CSVs to a pipe).
  process.exitCode = code;
}
