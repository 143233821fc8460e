/**
 * What {@link renderReport} accepts: one plain object whose sections are all
 * optional, so a pipeline passes what it has and the report shows exactly
 * that (a section without input is left out, not shown empty).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { TimeUnit } from '../data/time-unit.js';
import type { HoldoutEvaluation } from '../evaluate/evaluate-holdout.js';
import type { FitDiagnostics } from '../models/fitted-model.js';
import type { CacCeiling } from '../value/cac-ceiling.js';
import type { GroupCacCeiling } from '../value/group-cac-ceilings.js';
import type { SegmentSummaryRow } from '../value/summarise-segments.js';

/** Facts about the run shown at the top. Every field is optional. */
export interface ReportRun {
  /** Where the data came from (file name, table …). */
  readonly dataSource?: string;
  readonly customers?: number;
  readonly transactions?: number;
  readonly rejectedRows?: number;
  readonly excludedCustomers?: number;
  readonly unit?: TimeUnit;
  /** Dates as YYYY-MM-DD. */
  readonly firstPurchase?: string;
  readonly calibrationEnd?: string;
  readonly observationEnd?: string;
  /** Forecast horizon, in `unit`. */
  readonly horizon?: number;
  readonly annualDiscountRate?: number;
  readonly margin?: number;
  readonly clvkitVersion?: string;
  readonly elapsedMs?: number;
  /** Any further label/value rows. */
  readonly facts?: readonly { readonly label: string; readonly value: string }[];
}

/** A fitted model as stored in a model file (FittedModel), reduced to what the report shows. */
export interface ReportModel {
  readonly kind: string;
  readonly timeUnit?: TimeUnit;
  readonly params: Readonly<Record<string, number>>;
  readonly paramNames: readonly string[];
  readonly standardErrors: Readonly<Record<string, number>> | null;
  readonly covariance: readonly (readonly number[])[] | null;
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly diagnostics: FitDiagnostics;
  readonly provenance: { readonly customers: number; readonly patterns?: number; readonly data?: Readonly<Record<string, string | number | null>> };
}

/** Per-customer columns, aligned by index; each optional except the ids. */
export interface ReportCustomers {
  readonly customerId: readonly string[];
  /** Predicted (discounted) CLV over the horizon. */
  readonly clv?: ArrayLike<number>;
  /** Interval bounds of CLV (e.g. from clvIntervals), with their level. */
  readonly clvLower?: ArrayLike<number>;
  readonly clvUpper?: ArrayLike<number>;
  readonly intervalLevel?: number;
  readonly expectedPurchases?: ArrayLike<number>;
  readonly pAlive?: ArrayLike<number>;
  readonly churnProbability?: ArrayLike<number>;
  readonly frequency?: ArrayLike<number>;
  readonly recency?: ArrayLike<number>;
  readonly T?: ArrayLike<number>;
  readonly monetaryValue?: ArrayLike<number>;
  /** A segment or tier label per customer. */
  readonly segment?: readonly string[];
}

/** A binary score to evaluate (churn model, P(alive) …) against what happened. */
export interface ReportScoreEvaluation {
  readonly title: string;
  /** One sentence on what is scored against what. */
  readonly description?: string;
  /** Probabilities in [0, 1] (high = the event is predicted). */
  readonly scores: ArrayLike<number>;
  /** 1 = the event happened, 0 = it did not. */
  readonly labels: ArrayLike<number>;
}

/** Everything the report can show. */
export interface ReportInput {
  readonly title?: string;
  readonly subtitle?: string;
  /** Shown in the header when given (leave out for byte-identical reruns). */
  readonly generatedAt?: string;
  /** Currency label of money values, e.g. "USD". */
  readonly currency?: string;
  readonly run?: ReportRun;
  /** Extra warnings; the report adds its own (non-convergence, spend correlation, …). */
  readonly warnings?: readonly string[];
  /** Fitted models (BG/NBD, Gamma-Gamma, …) for the parameter and diagnostics tables. */
  readonly models?: readonly ReportModel[];
  /** Holdout validation from evaluateHoldout: tables, tracking and calibration plots. */
  readonly evaluation?: HoldoutEvaluation;
  readonly customers?: ReportCustomers;
  /** Segment tables (e.g. value tiers, lifecycle stages), each titled. */
  readonly segments?: readonly { readonly title: string; readonly rows: readonly SegmentSummaryRow[] }[];
  /** CAC ceilings: for a new customer, and by group (channel, tier …). */
  readonly cac?: {
    readonly newCustomer?: CacCeiling;
    readonly groups?: readonly { readonly title: string; readonly rows: readonly GroupCacCeiling[] }[];
  };
  /** Binary scores to show as ROC and calibration plots (e.g. a churn model on a holdout). */
  readonly scoreEvaluations?: readonly ReportScoreEvaluation[];
  /** How many of the most valuable customers to list (default 20; 0 hides the table). */
  readonly topCustomers?: number;
  /** Further plots. */
  readonly extraFigures?: readonly { readonly title?: string; readonly caption?: string; readonly spec: TopLevelSpec }[];
  /** Free-text notes shown at the end (methods, caveats). */
  readonly notes?: readonly string[];
}
