/**
 * Accumulates validated transaction rows into typed columns and turns them
 * into a {@link TransactionLog}. Shared by every source (delimited text, JSON
 * lines, arquero tables) so that validation rules and messages are identical.
 *
 * Valid rows go to PartitionedRows (time, amount, sequence number and the id
 * bytes, ~30 bytes a row); customers are interned and grouped per partition
 * at the end (groupPartitions). Row text is never kept otherwise.
 */
import { InputError, type InputIssue } from '../errors.js';
import { formatDay } from './calendar-days.js';
import { groupPartitions } from './group-partitions.js';
import { PartitionedRows } from './partitioned-rows.js';
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
/** Rows that may all be rejected before reading stops (see countRejectedRow). */
const REJECT_ALL_LIMIT = 1000;

/** Builds a TransactionLog row by row; see the file comment. */
export class TransactionLogBuilder {
  private readonly rowStore: PartitionedRows;
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
    this.rowStore = new PartitionedRows(config.attributeCols.length > 0);
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
    this.countRejectedRow();
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
      this.countRejectedRow();
      return;
    }
    const store = this.rowStore;
    const partition = record.escaped[ci] === 1 ? store.addText(record.trimmed(ci), time, amount) : store.add(bytes, cs, ce, time, amount);
    for (const field of attributeIdx) {
      if (record.escaped[field] === 1) {
        store.addAttributeText(partition, record.trimmed(field));
        continue;
      }
      let start = record.starts[field];
      let end = record.ends[field];
      while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
      while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
      store.addAttribute(partition, bytes, start, end);
    }
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
      this.countRejectedRow();
      return;
    }
    const partition = this.rowStore.addText(customerId, time, amount);
    for (const value of attributeValues) this.rowStore.addAttributeText(partition, cellText(value).trim());
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
    if (this.rowStore.length === 0) {
      throw new InputError(
        `${config.source}: all ${this.rows} rows were rejected; no valid transaction left`,
        this.rejects.slice(0, config.maxIssues).map((r) => toIssue(config.source, r)),
      );
    }
    const validRows = this.rowStore.length;
    const rejectedIds = this.rejects.flatMap((r) => (r.customerId === '' ? [] : [r.customerId]));
    const grouped = groupPartitions(this.rowStore, config.grain, config.attributeCols.length, rejectedIds);
    const customers = grouped.customerId.length;
    const attributes: Record<string, readonly string[]> = {};
    config.attributeCols.forEach((name, k) => {
      attributes[name] = grouped.attributes[k];
    });
    const log: TransactionLog = {
      customerId: grouped.customerId,
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
        customersOnlyRejected: grouped.onlyRejected,
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

  /**
   * Counts a rejected row. When the first REJECT_ALL_LIMIT rows are all
   * rejected, an option is almost surely wrong (date format, delimiter,
   * columns): stop with an InputError instead of collecting millions of
   * rejects.
   */
  private countRejectedRow(): void {
    this.rejectedRows++;
    if (this.rejectedRows === REJECT_ALL_LIMIT && this.rowStore.length === 0) {
      const config = this.config;
      const shown = config.onInvalid === 'reject' ? this.rejects.slice(0, config.maxIssues).map((r) => toIssue(config.source, r)) : this.issues;
      throw new InputError(
        `${config.source}: the first ${REJECT_ALL_LIMIT} rows are all invalid; stopped reading. Check the column names, delimiter, header and dateFormat options.`,
        shown,
      );
    }
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
