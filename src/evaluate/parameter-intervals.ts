import { UsageError } from '../errors.js';
import { normalQuantile } from './normal-quantile.js';

/** The parts of a fitted model (FittedModel) that parameter intervals need. */
export interface ModelWithUncertainty {
  readonly params: Readonly<Record<string, number>>;
  readonly paramNames: readonly string[];
  readonly standardErrors: Readonly<Record<string, number>> | null;
  readonly covariance: readonly (readonly number[])[] | null;
}

/** A parameter estimate with its confidence interval. */
export interface ParameterInterval {
  readonly name: string;
  readonly estimate: number;
  /** Natural-scale standard error (delta method), or null when the Hessian was singular. */
  readonly standardError: number | null;
  /** Interval bounds, or null without a standard error. Always > 0 and around the estimate. */
  readonly lower: number | null;
  readonly upper: number | null;
  readonly level: number;
}

/**
 * Confidence intervals for positive model parameters, built on the log
 * scale where the likelihood is closer to quadratic and the interval cannot
 * cross zero: exp(ln θ̂ ± z·SE(ln θ̂)), with SE(ln θ̂) = SE(θ̂)/θ̂ (the delta
 * method run backwards: the fits optimise over ln θ and map the covariance
 * to the natural scale as Σ = D Σ_ln D, D = diag θ̂, so this recovers the
 * log-scale standard error exactly). z = Φ⁻¹((1 + level)/2).
 *
 * The interval is asymmetric on the natural scale (wider above), as the
 * sampling distribution of a positive scale parameter such as α usually is.
 *
 * Example: θ̂ = 4.414, SE = 0.38 at 95% → exp(ln 4.414 ± 1.96·0.38/4.414) = [3.73, 5.23].
 *
 * @throws UsageError unless 0 < level < 1 or when a parameter is not > 0.
 */
export function parameterIntervals(model: ModelWithUncertainty, level = 0.95): ParameterInterval[] {
  if (!(level > 0 && level < 1)) throw new UsageError(`parameterIntervals: level must be in (0, 1), got ${level}`);
  const z = normalQuantile((1 + level) / 2);
  return model.paramNames.map((name) => {
    const estimate = model.params[name];
    if (!(estimate > 0) || !Number.isFinite(estimate)) {
      throw new UsageError(`parameterIntervals: parameter ${name} must be finite and > 0 for a log-scale interval, got ${estimate}`);
    }
    const se = model.standardErrors?.[name];
    if (se === undefined || !Number.isFinite(se) || se < 0) {
      return { name, estimate, standardError: null, lower: null, upper: null, level };
    }
    const halfWidth = (z * se) / estimate;
    return { name, estimate, standardError: se, lower: estimate * Math.exp(-halfWidth), upper: estimate * Math.exp(halfWidth), level };
  });
}
