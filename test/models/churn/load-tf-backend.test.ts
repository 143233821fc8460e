import { describe, expect, it } from 'vitest';
import { loadTfBackend } from '../../../src/models/churn/load-tf-backend.js';
import { ClvError } from '../../../src/errors.js';

/** A module loader where the listed packages fail to load, as when an optional dependency is absent. */
const failing =
  (...missing: string[]) =>
  (specifier: string): Promise<unknown> =>
    missing.includes(specifier) ? Promise.reject(new Error(`Cannot find module '${specifier}'`)) : import(specifier);

describe('loadTfBackend', () => {
  it('loadTfBackend(...) falls back to the wasm backend when tfjs-node cannot be loaded, and reports why', async () => {
    const loaded = await loadTfBackend({ importModule: failing('@tensorflow/tfjs-node') });
    expect(loaded.backend).toBe('wasm');
    expect(loaded.tf.getBackend()).toBe('wasm');
    expect(loaded.fallbacks).toEqual([{ backend: 'tensorflow', reason: "Cannot find module '@tensorflow/tfjs-node'" }]);
    // the wasm binaries are read from node_modules, so the backend computes offline
    expect(Array.from(loaded.tf.matMul([[1, 2]], [[3], [4]]).dataSync())).toEqual([11]);
  });

  it('loadTfBackend(...) falls back to the plain JavaScript cpu backend when wasm fails too', async () => {
    const loaded = await loadTfBackend({ importModule: failing('@tensorflow/tfjs-node', '@tensorflow/tfjs-backend-wasm') });
    expect(loaded.backend).toBe('cpu');
    expect(loaded.fallbacks.map((f) => f.backend)).toEqual(['tensorflow', 'wasm']);
  });

  it('loadTfBackend() restores its cached backend if something switched the global backend since', async () => {
    const first = await loadTfBackend();
    await first.tf.setBackend('cpu');
    const again = await loadTfBackend();
    expect(again.tf.getBackend()).toBe(first.backend);
  });

  it('loadTfBackend(...) throws a ClvError listing every failure when no backend loads', async () => {
    const attempt = loadTfBackend({ prefer: ['tensorflow'], importModule: failing('@tensorflow/tfjs-node') });
    await expect(attempt).rejects.toThrow(ClvError);
    await expect(attempt).rejects.toThrow(/tensorflow: Cannot find module/);
  });
});
