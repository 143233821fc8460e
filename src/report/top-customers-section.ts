import { formatMoney, formatNumber, formatPercent } from './format.js';
import { section, table, type Cell } from './html.js';
import type { ReportInput } from './report-input.js';

/** The most valuable customers by predicted CLV, with their history. Internal to src/report. */
export function topCustomersSection(input: ReportInput): string {
  const customers = input.customers;
  const count = input.topCustomers ?? 20;
  if (!customers?.clv || count <= 0 || customers.customerId.length === 0) return '';
  const clv = customers.clv;
  const order = Array.from({ length: clv.length }, (_, i) => i)
    .filter((i) => Number.isFinite(clv[i]))
    .sort((i, j) => clv[j] - clv[i] || (customers.customerId[i] < customers.customerId[j] ? -1 : 1))
    .slice(0, count);
  const c = input.currency;
  const level = customers.intervalLevel !== undefined ? `${Math.round(customers.intervalLevel * 100)}% interval` : 'interval';
  const columns: { header: string; numeric: boolean; cell: (i: number) => Cell }[] = [
    { header: '#', numeric: true, cell: () => '' },
    { header: 'Customer', numeric: false, cell: (i) => customers.customerId[i] },
    { header: 'Predicted CLV', numeric: true, cell: (i) => formatMoney(clv[i], c) },
  ];
  if (customers.clvLower && customers.clvUpper) {
    const lo = customers.clvLower;
    const hi = customers.clvUpper;
    // Callers may sample intervals only for some customers (NaN elsewhere).
    columns.push({ header: `CLV ${level}`, numeric: true, cell: (i) => (Number.isNaN(lo[i]) || Number.isNaN(hi[i]) ? '–' : `${formatMoney(lo[i])} – ${formatMoney(hi[i])}`) });
  }
  const optional: [string, ArrayLike<number> | undefined, (v: number) => string][] = [
    ['Expected purchases', customers.expectedPurchases, (v) => formatNumber(v, 3)],
    ['P(alive)', customers.pAlive, (v) => formatPercent(v, 0)],
    ['Churn probability', customers.churnProbability, (v) => formatPercent(v, 0)],
    ['Repeat purchases', customers.frequency, (v) => formatNumber(v, 4)],
    ['Recency', customers.recency, (v) => formatNumber(v, 3)],
    ['Age (T)', customers.T, (v) => formatNumber(v, 3)],
    ['Avg. spend', customers.monetaryValue, (v) => formatMoney(v, c)],
  ];
  for (const [header, values, format] of optional) {
    if (values) columns.push({ header, numeric: true, cell: (i) => format(values[i]) });
  }
  if (customers.segment) {
    const segment = customers.segment;
    columns.push({ header: 'Segment', numeric: false, cell: (i) => segment[i] });
  }
  const rows = order.map((i, rank) => columns.map((col, k) => (k === 0 ? String(rank + 1) : col.cell(i))));
  const numeric = columns.flatMap((col, k) => (col.numeric ? [k] : []));
  const unit = input.run?.unit ? ` Recency and age are in ${input.run.unit}s.` : '';
  return section('top-customers', `Top ${order.length} customers`, table(columns.map((col) => col.header), rows, { numeric, className: 'compact' }), `The customers with the highest predicted CLV.${unit}`);
}
