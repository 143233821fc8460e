/**
 * Versioned model files: every fitted model is saved as plain JSON and checked
 * on load (kind, format version, time unit, parameter names and values), so a
 * batch job never scores with a file it does not understand.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ModelFileError } from '../errors.js';
import { TIME_UNITS, type TimeUnit } from '../data/time-unit.js';
import { freezeModel, type FittedModel } from '../models/fitted-model.js';
import { parseChurnModel } from '../models/churn/parse-churn-model.js';
import type { ChurnModel } from '../models/churn/churn-model.js';

/** What each parametric model kind must look like in a file. */
const PARAMETRIC_KINDS: Readonly<Record<string, { version: number; paramNames: readonly string[] }>> = {
  bgnbd: { version: 1, paramNames: ['r', 'alpha', 'a', 'b'] },
  'gamma-gamma': { version: 1, paramNames: ['p', 'q', 'v'] },
};

export type ParametricModel = FittedModel<string, Readonly<Record<string, number>>>;

/** What the caller expects to load; any mismatch is a ModelFileError naming the file. */
export interface ModelExpectation {
  readonly kind?: string | readonly string[];
  readonly timeUnit?: TimeUnit;
}

/** Serialises a model to pretty JSON (typed arrays never appear in model values). */
export function serialiseModel(model: { readonly kind: string }): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** Writes a model file, creating the folder if needed. */
export async function saveModel(model: { readonly kind: string }, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, serialiseModel(model), 'utf8');
}

/** Reads a model file's JSON; a missing, unreadable or malformed file is a ModelFileError naming it. */
async function readModelJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ModelFileError(`cannot read model file: ${(error as Error).message}`, path);
  }
  return parseJsonText(text, path);
}

function parseJsonText(text: string, file: string | undefined): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ModelFileError(`not valid JSON (${(error as Error).message})`, file);
  }
}

/** Reads and validates a parametric model file (BG/NBD, Gamma-Gamma). */
export async function loadModel(path: string, expected: ModelExpectation = {}): Promise<ParametricModel> {
  return validateParametricModel(await readModelJson(path), path, expected);
}

/** Reads and validates a churn model file (see parseChurnModel). */
export async function loadChurnModel(path: string): Promise<ChurnModel> {
  return parseChurnModel(await readModelJson(path), path);
}

/**
 * Parses and validates a parametric model (BG/NBD, Gamma-Gamma) from JSON text.
 * Throws ModelFileError with the file name and what is wrong.
 */
export function parseModelJson(text: string, file?: string, expected: ModelExpectation = {}): ParametricModel {
  return validateParametricModel(parseJsonText(text, file), file, expected);
}

function validateParametricModel(value: unknown, file: string | undefined, expected: ModelExpectation): ParametricModel {
  const fail = (message: string): never => {
    throw new ModelFileError(message, file);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('expected a JSON object');
  const model = value as Record<string, unknown>;
  const kind = model.kind;
  if (typeof kind !== 'string') return fail('missing "kind"');
  const spec = PARAMETRIC_KINDS[kind];
  if (!spec) return fail(`unknown model kind "${kind}" (known: ${Object.keys(PARAMETRIC_KINDS).join(', ')})`);
  const wanted = expected.kind === undefined ? undefined : ([] as string[]).concat(expected.kind);
  if (wanted && !wanted.includes(kind)) fail(`is a ${kind} model, expected ${wanted.join(' or ')}`);
  if (model.version !== spec.version) {
    fail(`${kind} model file version ${String(model.version)} is not supported (this clvkit reads version ${spec.version})`);
  }
  const unit = model.timeUnit;
  if (typeof unit !== 'string' || !(TIME_UNITS as readonly string[]).includes(unit)) {
    fail(`invalid "timeUnit" ${JSON.stringify(unit)} (expected ${TIME_UNITS.join(', ')})`);
  }
  if (expected.timeUnit && unit !== expected.timeUnit) {
    fail(`model time unit is "${String(unit)}" but the data are in "${expected.timeUnit}"`);
  }
  const params = model.params as Record<string, unknown> | undefined;
  if (params === null || typeof params !== 'object') return fail('missing "params"');
  for (const name of spec.paramNames) {
    const p = params[name];
    if (typeof p !== 'number' || !Number.isFinite(p) || p <= 0) {
      fail(`parameter "${name}" must be a positive finite number, got ${JSON.stringify(p)}`);
    }
  }
  if (typeof model.converged !== 'boolean') fail('missing boolean "converged"');
  if (typeof model.logLikelihood !== 'number') fail('missing numeric "logLikelihood"');
  return freezeModel(model) as unknown as ParametricModel;
}
