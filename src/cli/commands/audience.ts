/** `clv audience`: select customers from scored predictions and export them for ad platforms. */
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { AUDIENCE_FORMATS, buildAudience } from '../../audience/build-audience.js';
import { parseCustomerAttributes } from '../../audience/customer-attributes.js';
import { parseSuppressionList } from '../../audience/suppression-list.js';
import { UsageError } from '../../errors.js';
import { readScoredCustomers } from '../../io/read-scored-customers.js';
import { addOptions, nonNegativeNumber, OUTPUT_OPTIONS, positiveInteger } from '../options.js';
import { printJson, progressFor, type CliContext, type OutputFlags } from '../command-kit.js';
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

interface AudienceFlags extends OutputFlags {
  top?: number;
  topN?: number;
  segment?: string[];
  minLtv?: number;
  minPAlive?: number;
  attributes?: string;
  exclude?: string;
  format: (typeof AUDIENCE_FORMATS)[number];
  defaultCallingCode?: string;
}

/** "10%" or "10" → 10 (percent of the base). */
function percentArgument(value: string): number {
  const n = Number(value.trim().replace(/%$/, ''));
  if (!(n > 0 && n <= 100)) throw new InvalidArgumentError(`expected a percentage in (0, 100], got "${value}"`);
  return n;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as Error).message}`);
  }
}

export function registerAudience(program: Command, context: CliContext): void {
  const command = program
    .command('audience')
    .summary('select high-value customers and export them (CSV, JSON, Google Customer Match, Meta)')
    .description(
      'Select customers from a predictions file (clv predict or clv run customers.csv). Criteria combine with AND; ' +
        'order is by predicted LTV, highest first, then customer id. The ad-platform formats normalise and SHA-256-hash ' +
        'email and phone from --attributes as the platforms document.',
    )
    .argument('<predictions>', 'predictions.csv or customers.csv')
    .addOption(new Option('--top <percent>', 'top share of the base by predicted LTV, e.g. 10%').argParser(percentArgument))
    .addOption(new Option('--top-n <n>', 'the N highest predicted LTVs').argParser(positiveInteger))
    .addOption(
      new Option('--segment <names>', 'segments, comma-separated (any of them), e.g. top-1,top-5 or lifecycle:at-risk').argParser(
        (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean),
      ),
    )
    .addOption(new Option('--min-ltv <x>', 'predicted LTV at least x').argParser(nonNegativeNumber))
    .addOption(new Option('--min-p-alive <p>', 'P(alive) at least p').argParser(nonNegativeNumber))
    .option('--attributes <file>', 'customer attributes CSV (customer_id, email, phone, first_name, last_name, country, zip …)')
    .option('--exclude <file>', 'suppression list: customer ids and/or emails to leave out')
    .addOption(new Option('--format <format>', 'output format').choices([...AUDIENCE_FORMATS]).default('csv'))
    .option('--default-calling-code <code>', 'country calling code for phone numbers written without + (e.g. 1, 44)');
  addOptions(command, OUTPUT_OPTIONS);
  command.action(async (file: string, flags: AudienceFlags) => {
    const progress = progressFor(flags, context);
    const customers = readScoredCustomers(file);
    const selection = { topPercent: flags.top, topN: flags.topN, segments: flags.segment, minLtv: flags.minLtv, minPAlive: flags.minPAlive };
    if (Object.values(selection).every((value) => value === undefined)) {
      throw new UsageError('choose who to export: --top, --top-n, --segment, --min-ltv and/or --min-p-alive');
    }
    const attributes = flags.attributes ? parseCustomerAttributes(readText(flags.attributes, 'attributes'), flags.attributes) : undefined;
    const suppression = flags.exclude ? parseSuppressionList(readText(flags.exclude, 'suppression list'), flags.exclude) : undefined;
    const audience = buildAudience({ customers, selection, format: flags.format, attributes, suppression, defaultCallingCode: flags.defaultCallingCode });
    if (flags.output && flags.output !== '-') {
      await mkdir(dirname(flags.output), { recursive: true });
      await writeFile(flags.output, audience.content);
    } else if (flags.json) {
      throw new UsageError('--json prints the summary on stdout, so the audience needs a file: add -o');
    } else {
      context.stdout.write(audience.content);
    }
    const s = audience.summary;
    progress.info(
      `${s.selected} of ${s.customers} customers selected; ${s.excluded} excluded by the suppression list, ` +
        `${s.lackingIdentifiers} without a usable identifier; ${s.written} written (${s.format})`,
    );
    if (flags.json) printJson({ output: flags.output, ...s, skippedRejected: customers.skippedRejected }, context);
  });
}
