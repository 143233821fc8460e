/**
 * One declarative table of the CLI's options. Commands pick the groups they
 * need, so a flag means the same thing, with the same default and check,
 * everywhere it appears.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { TIME_UNITS } from '../data/time-unit.js';

export interface OptionSpec {
  readonly flags: string;
  readonly description: string;
  readonly defaultValue?: string | number | boolean;
  readonly choices?: readonly string[];
  readonly parse?: (value: string) => unknown;
}

/** Parses a number, optionally bounded; messages name the option's value. */
export function numberParser(check: (n: number) => boolean, expectation: string) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || !check(n)) {
      throw new InvalidArgumentError(`expected ${expectation}, got "${value}"`);
    }
    return n;
  };
}

export const positiveNumber = numberParser((n) => n > 0, 'a number > 0');
export const nonNegativeNumber = numberParser((n) => n >= 0, 'a number ≥ 0');
export const positiveInteger = numberParser((n) => Number.isInteger(n) && n > 0, 'a whole number > 0');
export const fraction = numberParser((n) => n > 0 && n <= 1, 'a number in (0, 1]');

/** Accepts YYYY-MM-DD or YYYYMMDD and normalises to YYYY-MM-DD. */
export function dateArgument(value: string): string {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD or YYYYMMDD, got "${value}"`);
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    throw new InvalidArgumentError(`"${value}" is not a calendar date`);
  }
  return `${y}-${m}-${d}`;
}

const commaList = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** How to read a transaction file (shared by summarise, churn, evaluate, run). */
export const TRANSACTION_OPTIONS: readonly OptionSpec[] = [
  { flags: '--customer-col <name>', description: 'customer id column', defaultValue: 'customer_id' },
  { flags: '--date-col <name>', description: 'transaction date column', defaultValue: 'date' },
  { flags: '--amount-col <name>', description: 'transaction amount column (optional; needed for spend and CLV)' },
  { flags: '--channel-col <name>', description: 'acquisition channel column (optional; per-channel CAC)' },
  {
    flags: '--date-format <format>',
    description: 'date format: auto, iso (YYYY-MM-DD[ THH:mm:ss]) or yyyyMMdd',
    defaultValue: 'auto',
    choices: ['auto', 'iso', 'yyyyMMdd'],
  },
  {
    flags: '--delimiter <d>',
    description: "field delimiter: a single character, 'tab', 'whitespace' (runs of spaces, as in CDNOW_sample.txt) or 'auto'",
    defaultValue: 'auto',
  },
  { flags: '--header', description: 'the first line names the columns (default: detected from the first line)' },
  { flags: '--no-header', description: 'the file has no header row (name the columns with --columns)' },
  { flags: '--columns <names>', description: 'comma-separated column names, for files without a header', parse: commaList },
  {
    flags: '--format <format>',
    description: 'input format: csv (delimited text), jsonl (JSON lines) or auto (by file name / first character)',
    defaultValue: 'auto',
    choices: ['auto', 'csv', 'jsonl'],
  },
  {
    flags: '--grain <grain>',
    description: 'purchases in the same period merge into one: day (same calendar day, the BTYD convention) or none',
    defaultValue: 'day',
    choices: ['day', 'none'],
  },
  {
    flags: '--on-invalid <policy>',
    description: 'invalid rows: error (stop, exit 2) or reject (skip them, list each in the rejects file)',
    defaultValue: 'error',
    choices: ['error', 'reject'],
  },
  { flags: '--rejects <file>', description: 'where rejected rows and customers go (with --on-invalid reject)' },
];

/** Time unit and observation window. */
export const PERIOD_OPTIONS: readonly OptionSpec[] = [
  { flags: '--unit <unit>', description: 'time unit of the summary and models', defaultValue: 'week', choices: TIME_UNITS },
  {
    flags: '--calibration-end <date>',
    description: 'last day of the calibration period (adds holdout columns)',
    parse: dateArgument,
  },
  {
    flags: '--observation-end <date>',
    description: 'last day of observation (default: the last transaction date)',
    parse: dateArgument,
  },
];

/** Money and horizon of a value calculation. */
export const VALUE_OPTIONS: readonly OptionSpec[] = [
  { flags: '--horizon <h>', description: 'prediction horizon, in the model time unit', parse: positiveNumber },
  {
    flags: '--discount-rate <r>',
    description: 'annual discount rate, e.g. 0.1 for 10%/year (converted exactly to the model unit)',
    defaultValue: 0.1,
    parse: nonNegativeNumber,
  },
  { flags: '--margin <m>', description: 'profit margin on revenue, in (0, 1]', defaultValue: 1, parse: fraction },
];

export const OUTPUT_OPTIONS: readonly OptionSpec[] = [
  { flags: '-o, --output <file>', description: "output file ('-' or absent: stdout)" },
  { flags: '--json', description: 'print a machine-readable JSON result on stdout' },
  { flags: '-q, --quiet', description: 'no progress messages on stderr' },
];

/** Adds option specs to a command. */
export function addOptions(command: Command, specs: readonly OptionSpec[]): Command {
  for (const spec of specs) {
    const option = new Option(spec.flags, spec.description);
    if (spec.choices) option.choices([...spec.choices]);
    if (spec.parse) option.argParser(spec.parse);
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
    command.addOption(option);
  }
  return command;
}
