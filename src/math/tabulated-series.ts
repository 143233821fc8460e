/**
 * A hypergeometric-type power series Σ_{k ≥ first} cₖ yᵏ whose coefficients
 * obey c_{k+1} = cₖ·(p + k)(q + k)/((s + k)(k + 1)), tabulated once and
 * reused for many arguments y — e.g. one table per customer frequency x, then
 * a multiply-add per term per customer.
 */
export interface TabulatedSeries {
  readonly p: number;
  readonly q: number;
  readonly s: number;
  readonly first: number;
  /** cₖ (entries below `first` are 0); grown on demand. */
  coef: Float64Array;
  /** bound[k] = max(|k+p|/|k+s|, 1)·max(|k+q|/(k+1), 1); y·bound[k] bounds every term ratio from k on. */
  bound: Float64Array;
  /** Past this index all four factors of the ratio are positive and monotone in k. */
  readonly monotoneFrom: number;
}

/**
 * Creates a {@link TabulatedSeries} starting at index `first` (0 or 1) with
 * coefficient `initial`, and tabulates its first 64 coefficients.
 *
 * Example: createTabulatedSeries(1, 1, 2, 0, 1) tabulates ₂F₁(1, 1; 2; y) = −ln(1−y)/y.
 */
export function createTabulatedSeries(p: number, q: number, s: number, first: number, initial: number): TabulatedSeries {
  const series: TabulatedSeries = {
    p,
    q,
    s,
    first,
    coef: new Float64Array(0),
    bound: new Float64Array(0),
    monotoneFrom: Math.max(0, -p, -q, -s),
  };
  growTable(series, 64, initial);
  return series;
}

function growTable(series: TabulatedSeries, length: number, initial = 0): void {
  const { p, q, s, first } = series;
  const coef = new Float64Array(length);
  const bound = new Float64Array(length);
  coef.set(series.coef);
  bound.set(series.bound);
  let k = series.coef.length;
  if (k === 0) {
    coef[first] = initial;
    k = first + 1;
  }
  for (; k < length; k++) {
    const j = k - 1;
    coef[k] = (coef[j] * ((p + j) * (q + j))) / ((s + j) * (j + 1));
  }
  for (let j = series.bound.length; j < length; j++) {
    bound[j] = Math.max(Math.abs(j + p) / Math.abs(j + s), 1) * Math.max(Math.abs(j + q) / (j + 1), 1);
  }
  series.coef = coef;
  series.bound = bound;
}

/**
 * Σ cₖ yᵏ (0 ≤ y < 1) to relative accuracy 1e-16, or NaN if more than
 * `maxTerms` terms would be needed.
 *
 * Stops when the last term is below 1e-16 of the sum and, once past
 * `monotoneFrom`, the geometric tail bound |term|·ρ/(1 − ρ) with
 * ρ = y·bound[k] is too — rigorous, because each factor of the term ratio is
 * monotone in k and tends to 1. Four terms per step with independent
 * products, so the loop is not bound by one multiply chain.
 *
 * Example: sumTabulatedSeries(createTabulatedSeries(1, 1, 2, 0, 1), 0.5, 1000) ≈ 2 ln 2.
 */
export function sumTabulatedSeries(series: TabulatedSeries, y: number, maxTerms: number): number {
  const y2 = y * y;
  const y3 = y2 * y;
  const y4 = y2 * y2;
  let sum = 0;
  let power = series.first === 0 ? 1 : y;
  const last = series.first + maxTerms;
  for (let k = series.first; k + 3 < last; k += 4) {
    if (k + 3 >= series.coef.length) growTable(series, Math.max(2 * series.coef.length, k + 4));
    const coef = series.coef;
    const fourth = coef[k + 3] * power * y3;
    sum += coef[k] * power + coef[k + 1] * power * y + (coef[k + 2] * power * y2 + fourth);
    power *= y4;
    const absFourth = Math.abs(fourth);
    if (absFourth <= 1e-16 * Math.abs(sum) && k + 3 > series.monotoneFrom) {
      if (coef[k + 3] === 0) return sum; // terminating or underflowed coefficients
      const rho = y * series.bound[k + 3];
      if (rho < 1 && absFourth * rho <= 1e-16 * Math.abs(sum) * (1 - rho)) return sum;
    }
  }
  return Number.NaN;
}
