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

/** Reads and validates a model file. */
export async function loadModel(path: string, expected: ModelExpectation = {}): Promise<ParametricModel> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ModelFileError(`cannot read model file: ${(error as Error).message}`, path);
  }
  return parseModelJson(text, path, expected);
}

/**
 * Parses and validates a parametric model (BG/NBD, Gamma-Gamma) from JSON text.
 * Throws ModelFileError with the file name and what is wrong.
 */
export function parseModelJson(text: string, file?: string, expected: ModelExpectation = {}): ParametricModel {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ModelFileError(`not valid JSON (${(error as Error).message})`, file);
  }
  return validateParametricModel(value, file, expected);
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
