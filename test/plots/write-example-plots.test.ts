/**
 * Writes the CDNOW example plots committed in docs/img/. Not a check: run it
 * on purpose after changing a plot, then look at the images —
 *   CLVKIT_WRITE_DOCS_IMG=1 npx vitest run test/plots/write-example-plots.test.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { valueConcentration } from '../../src/evaluate/value-concentration.js';
import { probabilityAlive, type BgnbdModel } from '../../src/models/bgnbd/index.js';
import { conditionalExpectationsSpec } from '../../src/plots/conditional-expectations-spec.js';
import { frequencyRecencyGrid } from '../../src/plots/frequency-recency-grid.js';
import { frequencyRecencyMatrixSpec } from '../../src/plots/frequency-recency-matrix-spec.js';
import { ltvDistributionSpec } from '../../src/plots/ltv-distribution-spec.js';
import { periodTransactionsSpec } from '../../src/plots/period-transactions-spec.js';
import { renderPng } from '../../src/plots/render-png.js';
import { trackingSpec } from '../../src/plots/tracking-spec.js';
import { valueConcentrationSpec } from '../../src/plots/value-concentration-spec.js';
import { cdnowReportInput } from '../report/cdnow-report-input.js';

describe.runIf(process.env.CLVKIT_WRITE_DOCS_IMG)('docs/img example plots', () => {
  it('writes the CDNOW plots', async () => {
    const out = fileURLToPath(new URL('../../docs/img/', import.meta.url));
    mkdirSync(out, { recursive: true });
    const input = cdnowReportInput();
    const evaluation = input.evaluation!;
    const model = input.models![0] as BgnbdModel;
    const one = (v: number) => Float64Array.of(v);
    const alive = frequencyRecencyGrid((x, tx) => probabilityAlive(model, one(x), one(x === 0 ? 0 : tx), one(38.86))[0], { T: 38.86 });
    const plots = {
      'cdnow-tracking-cumulative.png': trackingSpec(evaluation.tracking!),
      'cdnow-tracking-weekly.png': trackingSpec(evaluation.tracking!, { mode: 'incremental' }),
      'cdnow-calibration-vs-holdout.png': conditionalExpectationsSpec(evaluation.conditionalExpectations),
      'cdnow-period-transactions.png': periodTransactionsSpec(evaluation.periodTransactions),
      'cdnow-p-alive-matrix.png': frequencyRecencyMatrixSpec(alive, { quantity: 'probability-alive', unit: 'week' }),
      'cdnow-clv-distribution.png': ltvDistributionSpec(input.customers!.clv!, { currency: 'USD', horizon: '52 weeks' }),
      'cdnow-value-concentration.png': valueConcentrationSpec(valueConcentration(input.customers!.clv!)),
    };
    for (const [name, spec] of Object.entries(plots)) {
      const png = await renderPng(spec, { scale: 1.5 });
      writeFileSync(out + name, png);
      expect(png.byteLength).toBeGreaterThan(10_000);
    }
  });
});
