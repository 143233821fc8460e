import { ModelFileError } from '../../errors.js';
import { TIME_UNITS } from '../../data/time-unit.js';
import { freezeModel } from '../fitted-model.js';
import { CHURN_BASE_FEATURES, STACKED_FEATURES } from './churn-features.js';
import { CHURN_MODEL_VERSION, type ChurnModel } from './churn-model.js';

const BACKENDS = ['tensorflow', 'wasm', 'cpu'];

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Checks that a parsed JSON value is a churn model this version of clvkit can
 * score, and returns it deep-frozen (a copy: the argument is not frozen).
 * Checked: kind 'churn', format version {@link CHURN_MODEL_VERSION}, time
 * unit, window, the feature spec (known features, column names consistent
 * with base + categorical levels + stacked columns, finite means, positive
 * sds, the embedded BG/NBD model), the architecture, and every weight
 * array's shape and finiteness — so that scoring can never index past an
 * array or silently produce NaN. Any problem is a ModelFileError naming the
 * file and the field.
 *
 * @example
 * const model = parseChurnModel(JSON.parse(await readFile('churn.json', 'utf8')), 'churn.json');
 */
export function parseChurnModel(json: unknown, file?: string): ChurnModel {
  const fail = (message: string): never => {
    throw new ModelFileError(message, file);
  };
  if (!isObject(json)) return fail('expected a JSON object');
  if (json.kind !== 'churn') fail(`is not a churn model (kind ${JSON.stringify(json.kind)})`);
  if (json.version !== CHURN_MODEL_VERSION) {
    fail(`churn model file version ${JSON.stringify(json.version)} is not supported (this clvkit reads version ${CHURN_MODEL_VERSION})`);
  }
  if (typeof json.timeUnit !== 'string' || !(TIME_UNITS as readonly string[]).includes(json.timeUnit)) {
    fail(`invalid "timeUnit" ${JSON.stringify(json.timeUnit)} (expected ${TIME_UNITS.join(', ')})`);
  }
  if (!isFiniteNumber(json.window) || json.window <= 0) fail(`"window" must be a positive number, got ${JSON.stringify(json.window)}`);
  if (typeof json.backend !== 'string' || !BACKENDS.includes(json.backend)) {
    fail(`invalid "backend" ${JSON.stringify(json.backend)} (expected ${BACKENDS.join(', ')})`);
  }
  for (const field of ['training', 'metrics', 'trainedOn', 'provenance']) {
    if (!isObject(json[field])) fail(`missing object "${field}"`);
  }

  const spec = json.featureSpec;
  if (!isObject(spec)) return fail('missing object "featureSpec"');
  const base = spec.base;
  if (!Array.isArray(base) || !base.every((f) => (CHURN_BASE_FEATURES as readonly unknown[]).includes(f))) {
    fail(`"featureSpec.base" must list features among ${CHURN_BASE_FEATURES.join(', ')}`);
  }
  const categorical = spec.categorical;
  if (
    !Array.isArray(categorical) ||
    !categorical.every(
      (c) => isObject(c) && typeof c.column === 'string' && Array.isArray(c.levels) && c.levels.every((l) => typeof l === 'string'),
    )
  ) {
    fail('"featureSpec.categorical" must be a list of { column, levels: string[] }');
  }
  const stacked = spec.stackedBgnbd;
  if (stacked !== null) {
    const params = isObject(stacked) ? stacked.params : undefined;
    if (
      !isObject(stacked) ||
      stacked.kind !== 'bgnbd' ||
      stacked.timeUnit !== json.timeUnit ||
      typeof stacked.converged !== 'boolean' ||
      !isObject(params) ||
      !['r', 'alpha', 'a', 'b'].every((p) => isFiniteNumber(params[p]) && (params[p] as number) > 0)
    ) {
      fail('"featureSpec.stackedBgnbd" must be null or a BG/NBD model in the same time unit with positive r, alpha, a, b');
    }
  }
  const expectedNames = [
    ...(base as string[]),
    ...(categorical as { column: string; levels: string[] }[]).flatMap((c) => c.levels.map((l) => `${c.column}=${l}`)),
    ...(stacked !== null ? STACKED_FEATURES : []),
  ];
  if (!Array.isArray(spec.names) || spec.names.join('\u0000') !== expectedNames.join('\u0000')) {
    fail(`"featureSpec.names" does not match base, categorical levels and stacked columns (expected ${expectedNames.join(', ')})`);
  }
  const p = expectedNames.length;
  if (!Array.isArray(spec.means) || spec.means.length !== p || !spec.means.every(isFiniteNumber)) {
    fail(`"featureSpec.means" must be ${p} finite numbers`);
  }
  if (!Array.isArray(spec.sds) || spec.sds.length !== p || !spec.sds.every((s) => isFiniteNumber(s) && s > 0)) {
    fail(`"featureSpec.sds" must be ${p} positive numbers`);
  }

  const architecture = json.architecture;
  if (!isObject(architecture)) return fail('missing object "architecture"');
  let widths: number[];
  if (architecture.type === 'logistic') {
    widths = [p, 1];
  } else if (architecture.type === 'mlp') {
    const hidden = architecture.hidden;
    if (!Number.isInteger(hidden) || (hidden as number) < 1) fail(`"architecture.hidden" must be a positive integer`);
    if (architecture.activation !== 'relu') fail(`"architecture.activation" must be "relu"`);
    widths = [p, hidden as number, 1];
  } else {
    return fail(`unknown "architecture.type" ${JSON.stringify(architecture.type)} (expected logistic or mlp)`);
  }
  const weights = json.weights;
  if (!Array.isArray(weights) || weights.length !== widths.length - 1) {
    return fail(`"weights" must hold ${widths.length - 1} layer(s)`);
  }
  weights.forEach((layer: unknown, i) => {
    const [inputs, outputs] = [widths[i], widths[i + 1]];
    const ok =
      isObject(layer) &&
      Array.isArray(layer.kernel) &&
      layer.kernel.length === inputs &&
      layer.kernel.every((row) => Array.isArray(row) && row.length === outputs && row.every(isFiniteNumber)) &&
      Array.isArray(layer.bias) &&
      layer.bias.length === outputs &&
      layer.bias.every(isFiniteNumber);
    if (!ok) fail(`"weights[${i}]" must be { kernel: ${inputs}×${outputs} finite numbers, bias: ${outputs} finite numbers }`);
  });
  return freezeModel(structuredClone(json)) as unknown as ChurnModel;
}
