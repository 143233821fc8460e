/**
 * Benchmark: scoring one million customers with a fitted BG/NBD model —
 * expected purchases over the next 52 weeks plus P(alive). Target < 0.55 s.
 * Prints one JSON line per case.
 *
 * Run: npm run build && node dist/test/bench/bgnbd-score.js
 */
import { createRandom } from '../../src/math/random-source.js';
import { expectedPurchases } from '../../src/models/bgnbd/expected-purchases.js';
import { fitBgnbd } from '../../src/models/bgnbd/fit.js';
import { probabilityAlive } from '../../src/models/bgnbd/probability-alive.js';
import { simulateBgnbd } from '../../src/models/bgnbd/simulate.js';
import { measure } from './_measure.js';

const CUSTOMERS = 1_000_000;
const TRUTH = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

const random = createRandom(7);
const T = new Float64Array(CUSTOMERS).map(() => 1 + 77 * random.next());
for (const wholeDays of [false, true]) {
  const data = simulateBgnbd(TRUTH, { customers: CUSTOMERS, T, seed: 2005, wholeDays });
  const model = fitBgnbd(data);
  const score = () => {
    const started = process.cpuUsage();
    const expected = expectedPurchases(model, 52, data.frequency, data.recency, data.T);
    const alive = probabilityAlive(model, data.frequency, data.recency, data.T);
    const used = process.cpuUsage(started);
    return { expected, alive, cpuMs: Math.round((used.user + used.system) / 1000) };
  };
  await measure(
    `bgnbd score 1M: expectedPurchases(52) + probabilityAlive (${wholeDays ? 'whole days' : 'continuous'})`,
    score,
    ({ expected, cpuMs }) => ({
      cpuMs,
      customers: CUSTOMERS,
      patterns: model.provenance.patterns,
      params: Object.fromEntries(Object.entries(model.params).map(([k, v]) => [k, Number(v.toPrecision(5))])),
      meanExpected: Number((expected.reduce((s, v) => s + v, 0) / CUSTOMERS).toPrecision(6)),
    }),
    { warmup: true },
  );
}
