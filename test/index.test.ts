import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const INDEX = fileURLToPath(new URL('../dist/src/index.js', import.meta.url));

describe('the public door (src/index.ts)', () => {
  it('importing clvkit prints nothing, loads no TensorFlow.js, leaves nothing running and exposes every stage', () => {
    const script = `
      const { createRequire } = await import('node:module');
      const clv = await import(${JSON.stringify(INDEX)});
      const tf = Object.keys(createRequire(import.meta.url).cache).filter((p) => p.includes('@tensorflow')).length;
      await new Promise((resolve) => setTimeout(resolve, 50)); // let the module loader's own file handles close
      const handles = process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap' && r !== 'Timeout');
      process.stdout.write(JSON.stringify({ tf, handles, names: Object.keys(clv) }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { tf: number; handles: string[]; names: string[] };
    expect(result.tf).toBe(0);
    expect(result.handles).toEqual([]);
    for (const name of ['summariseTransactions', 'fitBgnbd', 'fitGammaGamma', 'expectedPurchases', 'probabilityAlive', 'discountedClv', 'trainChurnModel', 'segmentCustomers', 'cacCeiling', 'buildAudience', 'runPipeline', 'saveModel', 'loadModel']) {
      expect(result.names).toContain(name);
    }
  });
});
