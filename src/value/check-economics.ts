/**
 * Checks of the business inputs to the value functions (margin, discount
 * rate, LTV:CAC ratio, payback period). Internal; each message names the
 * calling function, the option and the rejected value, because these come
 * straight from CLI flags and a silent clamp would hide a typo (margin 30
 * meant as 30 %).
 */
import { UsageError } from '../errors.js';

/** Margin is a share of revenue kept as contribution: (0, 1]. */
export function checkMargin(caller: string, margin: number): void {
  if (!(margin > 0 && margin <= 1)) {
    const hint = margin > 1 && margin <= 100 ? ` (a percentage? use ${margin / 100})` : '';
    throw new UsageError(`${caller}: margin must be in (0, 1], got ${margin}${hint}`);
  }
}

/** Annual discount rate R ≥ 0, finite (0.1 = 10 %/year). */
export function checkDiscountRate(caller: string, annualDiscountRate: number): void {
  if (!(annualDiscountRate >= 0) || !Number.isFinite(annualDiscountRate)) {
    throw new UsageError(`${caller}: annual discount rate must be a finite number ≥ 0, got ${annualDiscountRate}`);
  }
}

/** Target LTV:CAC ratio > 0, finite (3 means "LTV must be three times CAC"). */
export function checkRatio(caller: string, targetLtvCacRatio: number): void {
  if (!(targetLtvCacRatio > 0) || !Number.isFinite(targetLtvCacRatio)) {
    throw new UsageError(`${caller}: target LTV:CAC ratio must be a finite number > 0, got ${targetLtvCacRatio}`);
  }
}

/** Payback period in months > 0, finite. */
export function checkPaybackMonths(caller: string, paybackMonths: number): void {
  if (!(paybackMonths > 0) || !Number.isFinite(paybackMonths)) {
    throw new UsageError(`${caller}: payback period must be a finite number of months > 0, got ${paybackMonths}`);
  }
}

/** Horizon > 0 and finite, in the given unit. */
export function checkHorizon(caller: string, horizon: number, unit: string): void {
  if (!(horizon > 0) || !Number.isFinite(horizon)) {
    throw new UsageError(`${caller}: horizon must be a finite number > 0 (in ${unit}s), got ${horizon}`);
  }
}

/** Expected spend per purchase ≥ 0 and finite. */
export function checkSpend(caller: string, expectedSpend: number): void {
  if (!(expectedSpend >= 0) || !Number.isFinite(expectedSpend)) {
    throw new UsageError(`${caller}: expected spend per purchase must be a finite number ≥ 0, got ${expectedSpend}`);
  }
}
