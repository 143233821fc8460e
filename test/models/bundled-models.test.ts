import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadChurnModel, loadModel } from '../../src/io/model-file.js';
import { fitBgnbd } from '../../src/models/bgnbd/index.js';
import { fitGammaGamma } from '../../src/models/gamma-gamma/index.js';
import { readSummary } from '../../src/data/read-summary.js';
import { summaryToRfmArrays } from '../../src/data/summary-to-rfm-arrays.js';

const path = (name: string) => new URL(`../../${name}`, import.meta.url).pathname;

// BTYD's cdnowSummary (unrounded weeks) is the same calibration data the bundled models were fitted on.
const rfm = summaryToRfmArrays(readSummary(path('datasets/cdnow_cbs_btyd.csv')), 'week');

describe('the model files in models/', () => {
  it('models/cdnow-bgnbd.json loads, converged, and matches a fresh fit on the same data', async () => {
    const model = await loadModel(path('models/cdnow-bgnbd.json'), { kind: 'bgnbd', timeUnit: 'week' });
    expect(model.converged).toBe(true);
    const fresh = fitBgnbd(rfm);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(model.params[name]).toBeCloseTo(fresh.params[name], 6);
    expect(model.logLikelihood).toBeCloseTo(-9582.43, 1); // FHL 2005: −9582.4
  });

  it('models/cdnow-gamma-gamma.json loads and matches a fresh fit (p = 6.25, q = 3.74, γ = 15.44)', async () => {
    const model = await loadModel(path('models/cdnow-gamma-gamma.json'), { kind: 'gamma-gamma' });
    const fresh = fitGammaGamma(rfm);
    for (const name of ['p', 'q', 'v'] as const) expect(model.params[name]).toBeCloseTo(fresh.params[name], 5);
  });

  it('models/cdnow-churn.json passes the churn model checks', async () => {
    const model = await loadChurnModel(path('models/cdnow-churn.json'));
    expect(model.kind).toBe('churn');
    expect(JSON.parse(readFileSync(path('models/cdnow-churn.json'), 'utf8')).timeUnit).toBe('week');
  });
});
