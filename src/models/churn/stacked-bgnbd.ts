import { FitError } from '../../errors.js';
import type { TransactionLog } from '../../data/transaction-log.js';
import type { TimeUnit } from '../../data/time-unit.js';
import type { CalibrationSummary } from './calibration-summary.js';
import type { StackedColumns } from './churn-features.js';
import type { StackedBgnbdParams } from './churn-model.js';

// PLACEHOLDER until src/models/bgnbd lands.
export function fitStackedBgnbd(_log: TransactionLog, _end: number, _unit: TimeUnit, _rows: Int32Array): StackedBgnbdParams {
  throw new FitError('stacked BG/NBD features are not available yet');
}
export function stackedBgnbdColumns(
  _params: StackedBgnbdParams,
  _window: number,
  _unit: TimeUnit,
): (summary: CalibrationSummary) => StackedColumns {
  throw new FitError('stacked BG/NBD features are not available yet');
}
