/**
 * Accumulates validated transaction rows into typed columns and turns them
 * into a {@link TransactionLog}. Shared by every source (delimited text, JSON
 * lines, arquero tables) so that validation rules and messages are identical.
 *
 * Memory: per row 4 + 8 + 8 bytes in RowBlocks (customer index, time,
 * amount); customer ids are interned from their bytes (IdInterner). Row text is never kept.
 */
import { InputError, type InputIssue } from '../errors.js';
import { formatDay } from './calendar-days.js';
import { RowBlocks } from './column-blocks.js';
import { groupByCustomer } from './group-by-customer.js';
import { IdInterner } from './id-interner.js';
import { formatCutoff, isAfterCutoff } from './observation-cutoff.js';
import { parseAmountBytes, parseAmountValue } from './parse-amount.js';
import { parseDateBytes, parseDateValue, type DateFormat } from './parse-date.js';
import type { ReadTransactionsResult, Reject } from './read-result.js';
import type { ScannedRecord } from './record-scanner.js';
import type { Grain, TransactionLog } from './transaction-log.js';

/** What to do with invalid rows: stop with an InputError, or set them aside and go on. */
export type InvalidPolicy = 'error' | 'reject';

/** Everything the builder needs to know about the input. */
export interface BuilderConfig {
  /** Shown in messages: a path, "<stdin>", "<table>". */
  readonly source: string;
  readonly customerCol: string;
  readonly dateCol: string;
  /** null when the input has no amount column. */
  readonly amountCol: string | null;
  readonly attributeCols: readonly string[];
  readonly dateFormat: DateFormat;
  readonly grain: Grain;
  /** Rows after this cutoff (see observationCutoff) are invalid; Infinity for none. */
  readonly cutoff: number;
  readonly onInvalid: InvalidPolicy;
  /** With onInvalid 'error': how many issues the InputError lists. */
  readonly maxIssues: number;
}

const SPACE = 32;
const TAB = 9;

/** Builds a TransactionLog row by row; see the file comment. */
export class TransactionLogBuilder {
  private readonly interner = new IdInterner();
  private readonly rowBlocks = new RowBlocks();
  private readonly attributes: string[][];
  private firstTime = new Float64Array(1024);
  private readonly rejects: Reject[] = [];
  private readonly issues: InputIssue[] = [];
  private issueCount = 0;
  private rows = 0;
  private blankRows = 0;
  private rejectedRows = 0;
  private rowRejected = false;
  private readonly lastDate = new Uint8Array(40);
  private lastDateLength = -1;
  private lastDateValue = NaN;

  constructor(private readonly config: BuilderConfig) {
    this.attributes = config.attributeCols.map(() => []);
  }

  /** Counts a blank line (skipped, but it keeps row numbers equal to line positions). */
  blankRow(): void {
    this.blankRows++;
  }

  /** Rejects a whole row (wrong column count, malformed quoting, not an object). */
  rejectRow(row: number, customerId: string, value: string, reason: string): void {
    this.rows++;
    this.rowRejected = false;
    this.issue(row, customerId, '', value, reason);
    this.rejectedRows++;
  }

  /**
   * Validates and adds one delimited record; `ci`, `di`, `ai` are the field
   * indices of customer, date and amount (ai −1 when there is none).
   */
  acceptFields(row: number, record: ScannedRecord, ci: number, di: number, ai: number, attributeIdx: readonly number[]): void {
    this.rows++;
    this.rowRejected = false;
    const bytes = record.bytes;
    let cs = record.starts[ci];
    let ce = record.ends[ci];
    while (cs < ce && (bytes[cs] === SPACE || bytes[cs] === TAB)) cs++;
    while (ce > cs && (bytes[ce - 1] === SPACE || bytes[ce - 1] === TAB)) ce--;
    const config = this.config;
    if (cs === ce) this.issue(row, '', config.customerCol, record.text(ci), 'missing customer id');
    const time = this.dateOf(bytes, record.starts[di], record.ends[di]);
    if (Number.isNaN(time)) this.issue(row, record.trimmed(ci), config.dateCol, record.text(di), dateReason(config.dateFormat));
    let amount = 0;
    if (ai >= 0) {
      amount = parseAmountBytes(bytes, record.starts[ai], record.ends[ai]);
      if (Number.isNaN(amount)) this.issue(row, record.trimmed(ci), config.amountCol!, record.text(ai), 'unparseable amount');
      else if (amount < 0) this.issue(row, record.trimmed(ci), config.amountCol!, record.text(ai), 'negative amount');
    }
    if (!Number.isNaN(time) && isAfterCutoff(time, config.cutoff, config.grain)) {
      this.issue(row, record.trimmed(ci), config.dateCol, record.text(di), `after the observation end ${formatCutoff(config.cutoff, config.grain)}`);
    }
    if (this.rowRejected) {
      this.rejectedRows++;
      return;
    }
    const c = record.escaped[ci] === 1 ? this.intern(record.trimmed(ci)) : this.internBytes(bytes, cs, ce);
    this.push(c, time, amount);
    if (attributeIdx.length > 0) this.updateAttributes(c, time, (k) => record.trimmed(attributeIdx[k]));
  }

  /** Validates and adds one row from an in-memory source (arquero table, JSON line). */
  acceptValues(row: number, id: unknown, date: unknown, amountValue: unknown, attributeValues: readonly unknown[]): void {
    this.rows++;
    this.rowRejected = false;
    const config = this.config;
    const customerId = id === null || id === undefined ? '' : String(id).trim();
    if (customerId === '') this.issue(row, '', config.customerCol, cellText(id), 'missing customer id');
    const time = parseDateValue(date, config.dateFormat);
    if (Number.isNaN(time)) this.issue(row, customerId, config.dateCol, cellText(date), dateReason(config.dateFormat));
    let amount = 0;
    if (config.amountCol !== null) {
      amount = parseAmountValue(amountValue);
      if (Number.isNaN(amount)) this.issue(row, customerId, config.amountCol, cellText(amountValue), 'unparseable amount');
      else if (amount < 0) this.issue(row, customerId, config.amountCol, cellText(amountValue), 'negative amount');
    }
    if (!Number.isNaN(time) && isAfterCutoff(time, config.cutoff, config.grain)) {
      this.issue(row, customerId, config.dateCol, cellText(date), `after the observation end ${formatCutoff(config.cutoff, config.grain)}`);
    }
    if (this.rowRejected) {
      this.rejectedRows++;
      return;
    }
    const c = this.intern(customerId);
    this.push(c, time, amount);
    if (attributeValues.length > 0) this.updateAttributes(c, time, (k) => cellText(attributeValues[k]).trim());
  }

  /**
   * Groups the rows into a TransactionLog. Throws InputError when the input
   * had no data rows, when every row was rejected, or (onInvalid 'error')
   * when any row was invalid.
   */
  finish(): ReadTransactionsResult {
    const config = this.config;
    if (this.rows === 0) {
      throw new InputError(`${config.source}: no transactions found (the input has no data rows)`, [
        { file: config.source, reason: 'empty input' },
      ]);
    }
    if (this.issueCount > 0 && config.onInvalid === 'error') {
      throw new InputError(
        `${config.source}: ${this.rejectedRows} of ${this.rows} rows are invalid (${this.issueCount} problems; first ${this.issues.length} listed). Fix them, or read with onInvalid 'reject' to set them aside.`,
        this.issues,
      );
    }
    if (this.rowBlocks.length === 0) {
      throw new InputError(
        `${config.source}: all ${this.rows} rows were rejected; no valid transaction left`,
        this.rejects.slice(0, config.maxIssues).map((r) => toIssue(config.source, r)),
      );
    }
    const validRows = this.rowBlocks.length;
    const customers = this.interner.size;
    const grouped = groupByCustomer(customers, this.rowBlocks, config.grain);
    const attributes: Record<string, readonly string[]> = {};
    config.attributeCols.forEach((name, k) => {
      attributes[name] = this.attributes[k];
    });
    const log: TransactionLog = {
      customerId: this.interner.ids,
      offsets: grouped.offsets,
      time: grouped.time,
      amount: grouped.amount,
      count: grouped.count,
      grain: config.grain,
      hasAmount: config.amountCol !== null,
      attributes,
    };
    let first = Infinity;
    let last = -Infinity;
    for (let c = 0; c < customers; c++) {
      first = Math.min(first, grouped.time[grouped.offsets[c]]);
      last = Math.max(last, grouped.time[grouped.offsets[c + 1] - 1]);
    }
    const onlyRejected = new Set<string>();
    for (const reject of this.rejects) {
      if (reject.customerId !== '' && !this.interner.has(reject.customerId)) onlyRejected.add(reject.customerId);
    }
    return {
      log,
      rejects: this.rejects,
      stats: {
        source: config.source,
        rows: this.rows,
        validRows,
        rejectedRows: this.rejectedRows,
        blankRows: this.blankRows,
        customers,
        customersOnlyRejected: onlyRejected.size,
        periods: grouped.time.length,
        firstDate: formatDay(first),
        lastDate: formatDay(last),
      },
    };
  }

  /**
   * Parses a date field, reusing the previous row's value when the bytes are
   * the same: logs are usually in time order, so most rows repeat the date
   * of the row before and a 10-byte compare replaces a parse.
   */
  private dateOf(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const last = this.lastDate;
    if (length === this.lastDateLength) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (bytes[start + i] !== last[i]) {
          same = false;
          break;
        }
      }
      if (same) return this.lastDateValue;
    }
    const value = parseDateBytes(bytes, start, end, this.config.dateFormat);
    if (length <= last.length) {
      for (let i = 0; i < length; i++) last[i] = bytes[start + i];
      this.lastDateLength = length;
      this.lastDateValue = value;
    }
    return value;
  }

  private issue(row: number, customerId: string, column: string, value: string, reason: string): void {
    this.rowRejected = true;
    const reject: Reject = { row, customerId, column, value, reason };
    if (this.config.onInvalid === 'reject') {
      this.rejects.push(reject);
    } else {
      this.issueCount++;
      if (this.issues.length < this.config.maxIssues) this.issues.push(toIssue(this.config.source, reject));
    }
  }

  private push(customer: number, time: number, amount: number): void {
    this.rowBlocks.push(customer, time, amount);
  }

  private internBytes(bytes: Uint8Array, start: number, end: number): number {
    const before = this.interner.size;
    const c = this.interner.internBytes(bytes, start, end);
    if (c === before) this.addCustomer(c);
    return c;
  }

  private intern(id: string): number {
    const before = this.interner.size;
    const c = this.interner.intern(id);
    if (c === before) this.addCustomer(c);
    return c;
  }

  /** Per-customer state for a newly seen customer c. */
  private addCustomer(c: number): void {
    if (c === this.firstTime.length) {
      const grown = new Float64Array(c * 2);
      grown.set(this.firstTime);
      this.firstTime = grown;
    }
    this.firstTime[c] = Infinity;
    for (const values of this.attributes) values.push('');
  }

  /** Attributes come from the customer's earliest transaction (first in file order on ties). */
  private updateAttributes(c: number, time: number, value: (k: number) => string): void {
    if (!(time < this.firstTime[c])) return;
    this.firstTime[c] = time;
    for (let k = 0; k < this.attributes.length; k++) this.attributes[k][c] = value(k);
  }
}

function dateReason(format: DateFormat): string {
  return format === 'auto'
    ? 'unparseable date (expected YYYY-MM-DD, an ISO datetime or yyyyMMdd)'
    : `unparseable date (expected format ${format})`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function toIssue(file: string, reject: Reject): InputIssue {
  return {
    file,
    row: reject.row,
    ...(reject.column !== '' ? { column: reject.column } : {}),
    value: reject.value,
    reason: reject.reason,
  };
}
