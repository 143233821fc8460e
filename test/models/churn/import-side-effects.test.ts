import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// tfjs ships CommonJS builds for Node, so loading it (even via import()) registers its files in require.cache.
const tfjsFilesLoaded = () =>
  Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('@tensorflow')).length;

describe('importing clvkit', () => {
  it('import of src/models/churn loads no TensorFlow.js module', async () => {
    expect(tfjsFilesLoaded()).toBe(0); // precondition: this test file runs in its own process
    const churn = await import('../../../src/models/churn/index.js');
    expect(typeof churn.trainChurnModel).toBe('function');
    expect(tfjsFilesLoaded()).toBe(0);
  });

  it.skipIf(!existsSync(new URL('../../../src/index.ts', import.meta.url)))('import of src/index.ts loads no TensorFlow.js module', async () => {
    await import('../../../src/index.js');
    expect(tfjsFilesLoaded()).toBe(0);
  });

  it('the first training call is what loads TensorFlow.js', async () => {
    const { loadTfBackend } = await import('../../../src/models/churn/index.js');
    await loadTfBackend();
    expect(tfjsFilesLoaded()).toBeGreaterThan(0);
  });
});
