import { formatInteger, formatMoney, formatNumber, formatPercent } from './format.js';
import { escapeHtml, facts, section, table } from './html.js';
import type { ReportInput } from './report-input.js';

/** Segment tables (value tiers, lifecycle stages …). Internal to src/report. */
export function segmentsSection(input: ReportInput): string {
  const groups = input.segments ?? [];
  if (groups.length === 0) return '';
  const c = input.currency;
  const body = groups
    .map((g) =>
      `<h3>${escapeHtml(g.title)}</h3>` +
      table(
        ['Segment', 'Customers', 'Share', 'Mean CLV', 'Total CLV', 'Share of CLV', 'Mean P(alive)', 'Revenue to date'],
        g.rows.map((r) => [
          r.segment,
          formatInteger(r.customers),
          formatPercent(r.share),
          formatMoney(r.meanPredictedLtv, c),
          formatMoney(r.totalPredictedLtv, c),
          formatPercent(r.ltvShare),
          formatPercent(r.meanPAlive, 0),
          formatMoney(r.historicalRevenue, c),
        ]),
        { numeric: [1, 2, 3, 4, 5, 6, 7] },
      ),
    )
    .join('');
  return section('segments', 'Segments', body, 'Customers grouped by predicted value and activity: where the value sits, and who is slipping away.');
}

/** CAC ceilings: for a new customer, and by group. Internal to src/report. */
export function cacSection(input: ReportInput): string {
  const cac = input.cac;
  if (!cac || (!cac.newCustomer && !(cac.groups ?? []).length)) return '';
  const c = input.currency;
  let body = '';
  if (cac.newCustomer) {
    const n = cac.newCustomer;
    body += `<h3>New customer</h3>${facts([
      { label: 'Expected value of a new customer', value: formatMoney(n.newCustomerLtv, c) },
      { label: 'Target LTV : CAC ratio', value: `${formatNumber(n.targetLtvCacRatio, 3)} : 1` },
      { label: 'Ceiling from the ratio', value: formatMoney(n.ratioCeiling, c) },
      { label: `Margin earned within ${formatNumber(n.paybackMonths)} months`, value: formatMoney(n.paybackMargin, c) },
      { label: 'Ceiling from payback', value: formatMoney(n.paybackCeiling, c) },
      { label: 'CAC ceiling (the lower)', value: formatMoney(n.ceiling, c) },
      { label: 'Binding constraint', value: n.binding === 'payback' ? 'payback period' : 'LTV : CAC ratio' },
    ])}`;
  }
  for (const g of cac.groups ?? []) {
    body +=
      `<h3>${escapeHtml(g.title)}</h3>` +
      table(
        ['Group', 'Customers', 'Realised value', 'Predicted value', 'Value per customer', 'Ratio ceiling', 'Payback ceiling', 'CAC ceiling', 'Binding'],
        g.rows.map((r) => [
          r.group,
          formatInteger(r.customers),
          formatMoney(r.realisedValue, c),
          formatMoney(r.predictedValue, c),
          formatMoney(r.valuePerCustomer, c),
          formatMoney(r.ratioCeiling, c),
          formatMoney(r.paybackCeiling, c),
          formatMoney(r.ceiling, c),
          r.binding === 'payback' ? 'payback' : 'ratio',
        ]),
        { numeric: [1, 2, 3, 4, 5, 6, 7] },
      );
  }
  return section('cac', 'Acquisition cost ceilings', body, 'The most you can pay to acquire a customer and still meet the target return: the lower of value ÷ target ratio and the margin earned within the payback period.');
}
