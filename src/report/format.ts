/**
 * Number formatting for the report (en-US separators, fixed rules so the same
 * input always gives the same text). Internal to src/report.
 */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "12,345"; "–" for a missing value. */
export function formatInteger(value: number | undefined | null): string {
  return value === undefined || value === null || !Number.isFinite(value) ? '–' : integer.format(value);
}

/** Significant-digit formatting for model quantities: 0.2426, 4.414, 12.3, 1,234. */
export function formatNumber(value: number | undefined | null, digits = 4): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return integer.format(value);
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: Math.min(decimals, 10), minimumFractionDigits: 0 }).format(value);
}

/** Money with two decimals below 1,000 and none above: "35.08 USD", "12,400 USD". */
export function formatMoney(value: number | undefined | null, currency?: string): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const text = new Intl.NumberFormat('en-US', {
    maximumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2,
    minimumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2,
  }).format(value);
  return currency ? `${text} ${currency}` : text;
}

/** "12.3%" from 0.123. */
export function formatPercent(value: number | undefined | null, decimals = 1): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '–';
  return `${(value * 100).toFixed(decimals)}%`;
}
