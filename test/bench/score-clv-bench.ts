/**
 * Benchmark: what `clv predict` / `clv run` compute per customer on one
 * million simulated customers — expected purchases, P(alive), Gamma-Gamma
 * spend and discounted CLV over a year — with the weekly grid (library
 * default of discountedClv) and the monthly grid scoreCustomers uses. Prints one JSON line per case.
 *
 * Run: npm run build && node dist/test/bench/score-clv-bench.js
 */
import { createRandom } from '../../src/math/random-source.js';
import { fitBgnbd } from '../../src/models/bgnbd/fit.js';
import { simulateBgnbd } from '../../src/models/bgnbd/simulate.js';
import { fitGammaGamma } from '../../src/models/gamma-gamma/fit.js';
import { simulateGammaGamma } from '../../src/models/gamma-gamma/simulate.js';
import { scoreCustomers } from '../../src/pipeline/score-customers.js';
import { measure } from './_measure.js';

const CUSTOMERS = 1_000_000;
const random = createRandom(11);
const T = new Float64Array(CUSTOMERS).map(() => 1 + 77 * random.next());
const rfm = simulateBgnbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { customers: CUSTOMERS, T, seed: 12 });
const monetaryValue = simulateGammaGamma({ p: 6.25, q: 3.74, v: 15.44 }, rfm.frequency, 13);
const data = { ...rfm, monetaryValue, customerId: Array.from({ length: CUSTOMERS }, (_, i) => String(i)) };
const bgnbd = fitBgnbd(data);
const gammaGamma = fitGammaGamma(data);

for (const [label, clvSteps] of [['weekly grid, 52 steps', 52], ['monthly grid, 12 steps (default)', undefined]] as const) {
  await measure(
    `score 1M with CLV over 52 weeks (${label})`,
    () => scoreCustomers(data, bgnbd, gammaGamma, { horizon: 52, annualDiscountRate: 0.1, margin: 0.3, clvSteps }),
    (scores) => ({ customers: CUSTOMERS, meanClv: Number((scores.clv!.reduce((a, b) => a + b, 0) / CUSTOMERS).toFixed(4)) }),
  );
}
