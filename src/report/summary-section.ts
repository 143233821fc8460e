import { valueConcentration } from '../evaluate/value-concentration.js';
import { formatInteger, formatMoney, formatNumber, formatPercent } from './format.js';
import { escapeHtml, facts, section } from './html.js';
import type { ReportInput } from './report-input.js';

/**
 * Headline numbers for a marketer (customers, total and average predicted
 * value, concentration, active customers, CAC ceiling) and the run facts
 * for a data scientist. Internal to src/report.
 */
export function summarySection(input: ReportInput): string {
  const cards: { value: string; label: string }[] = [];
  const run = input.run ?? {};
  const customers = input.customers;
  const n = customers?.customerId.length ?? run.customers;
  if (n !== undefined) cards.push({ value: formatInteger(n), label: 'customers scored' });
  const horizonText = run.horizon !== undefined && run.unit ? ` over ${formatNumber(run.horizon)} ${run.unit}s` : '';
  if (customers?.clv && customers.clv.length > 0) {
    let total = 0;
    let positive = false;
    for (let i = 0; i < customers.clv.length; i++) {
      total += customers.clv[i];
      if (customers.clv[i] > 0) positive = true;
    }
    cards.push({ value: formatMoney(total, input.currency), label: `total predicted CLV${horizonText}` });
    cards.push({ value: formatMoney(total / customers.clv.length, input.currency), label: 'average predicted CLV per customer' });
    if (positive && Array.from(customers.clv).every((v) => v >= 0 && Number.isFinite(v))) {
      const top = valueConcentration(customers.clv).top.find((t) => t.customerShare === 0.2);
      if (top) cards.push({ value: formatPercent(top.valueShare, 0), label: 'of predicted value from the top 20% of customers' });
    }
  }
  if (customers?.expectedPurchases) {
    let total = 0;
    for (let i = 0; i < customers.expectedPurchases.length; i++) total += customers.expectedPurchases[i];
    cards.push({ value: formatInteger(total), label: `expected purchases${horizonText}` });
  }
  if (customers?.pAlive) {
    let active = 0;
    for (let i = 0; i < customers.pAlive.length; i++) if (customers.pAlive[i] >= 0.5) active++;
    cards.push({ value: formatPercent(active / Math.max(1, customers.pAlive.length), 0), label: 'of customers probably still active (P(alive) ≥ 50%)' });
  }
  if (input.cac?.newCustomer) {
    cards.push({ value: formatMoney(input.cac.newCustomer.ceiling, input.currency), label: 'maximum acquisition cost (CAC ceiling) for a new customer' });
  }
  const runFacts: { label: string; value: string }[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined) runFacts.push({ label, value });
  };
  add('Data source', run.dataSource);
  add('Customers in input', run.customers !== undefined ? formatInteger(run.customers) : undefined);
  add('Transactions', run.transactions !== undefined ? formatInteger(run.transactions) : undefined);
  add('Rejected rows', run.rejectedRows !== undefined ? formatInteger(run.rejectedRows) : undefined);
  add('Excluded customers', run.excludedCustomers !== undefined ? formatInteger(run.excludedCustomers) : undefined);
  add('First purchase', run.firstPurchase);
  add('Calibration ends', run.calibrationEnd);
  add('Observation ends', run.observationEnd);
  add('Time unit', run.unit);
  add('Forecast horizon', run.horizon !== undefined ? `${formatNumber(run.horizon)}${run.unit ? ` ${run.unit}s` : ''}` : undefined);
  add('Annual discount rate', run.annualDiscountRate !== undefined ? formatPercent(run.annualDiscountRate) : undefined);
  add('Margin', run.margin !== undefined ? formatPercent(run.margin, 0) : undefined);
  add('Run time', run.elapsedMs !== undefined ? `${formatNumber(run.elapsedMs / 1000, 3)} s` : undefined);
  add('clvkit version', run.clvkitVersion);
  runFacts.push(...(run.facts ?? []));
  if (cards.length === 0 && runFacts.length === 0) return '';
  const cardHtml = cards.length
    ? `<div class="cards">${cards.map((c) => `<div class="card"><div class="value">${escapeHtml(c.value)}</div><div class="label">${escapeHtml(c.label)}</div></div>`).join('')}</div>`
    : '';
  return section('summary', 'Summary', cardHtml + facts(runFacts));
}
