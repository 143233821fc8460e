import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../../src/errors.js';
import { loadModel, parseModelJson, saveModel, serialiseModel } from '../../src/io/model-file.js';

// A model value as fitBgnbd would produce it (FHL 2005 CDNOW estimates).
const bgnbd = {
  kind: 'bgnbd',
  version: 1,
  timeUnit: 'week',
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  paramNames: ['r', 'alpha', 'a', 'b'],
  standardErrors: { r: 0.013, alpha: 0.38, a: 0.19, b: 0.71 },
  covariance: null,
  logLikelihood: -9582.4,
  converged: true,
  diagnostics: {},
  provenance: { createdAt: '2026-11-23T00:00:00Z', clvkitVersion: '0.1.0', customers: 2357, patterns: 2357 },
};

const reparse = (changes: Record<string, unknown>) => () =>
  parseModelJson(JSON.stringify({ ...bgnbd, ...changes }), 'm.json');

describe('model files', () => {
  it('saveModel then loadModel returns an equal, frozen model', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clv-model-'));
    const path = join(dir, 'nested', 'bgnbd.json');
    await saveModel(bgnbd, path);
    const loaded = await loadModel(path, { kind: 'bgnbd', timeUnit: 'week' });
    expect(loaded).toEqual(bgnbd);
    expect(Object.isFrozen(loaded)).toBe(true);
    expect(Object.isFrozen(loaded.params)).toBe(true);
  });

  it('serialiseModel writes the fields scripts rely on at the top level', () => {
    const json = JSON.parse(serialiseModel(bgnbd));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['kind', 'params', 'logLikelihood', 'converged', 'standardErrors']));
  });

  it('parseModelJson rejects corrupt JSON, naming the file', () => {
    expect(() => parseModelJson('{"kind": "bgnbd", ', 'broken.json')).toThrow(/broken\.json: not valid JSON/);
  });

  it('parseModelJson rejects an unknown kind, a wrong version, a bad unit and a bad parameter', () => {
    expect(reparse({ kind: 'pareto' })).toThrow(/unknown model kind "pareto"/);
    expect(reparse({ version: 99 })).toThrow(/version 99 is not supported/);
    expect(reparse({ timeUnit: 'fortnight' })).toThrow(/invalid "timeUnit"/);
    expect(reparse({ params: { r: 0.2, alpha: -1, a: 1, b: 1 } })).toThrow(/parameter "alpha" must be a positive finite number/);
    expect(reparse({ params: { r: 0.2, alpha: 4, a: 1 } })).toThrow(/parameter "b"/);
    expect(reparse({ converged: 'yes' })).toThrow(ModelFileError);
  });

  it('parseModelJson checks the expected kind and time unit', () => {
    const text = JSON.stringify(bgnbd);
    expect(() => parseModelJson(text, 'm.json', { kind: 'gamma-gamma' })).toThrow(/is a bgnbd model, expected gamma-gamma/);
    expect(() => parseModelJson(text, 'm.json', { timeUnit: 'day' })).toThrow(/model time unit is "week" but the data are in "day"/);
  });

  it('loadModel reports a missing file as a ModelFileError', async () => {
    await expect(loadModel('/nonexistent/model.json')).rejects.toThrow(ModelFileError);
  });

  it('loadModel reports an empty file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clv-model-'));
    const path = join(dir, 'empty.json');
    await writeFile(path, '');
    await expect(loadModel(path)).rejects.toThrow(/empty\.json: not valid JSON/);
  });
});
