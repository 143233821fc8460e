/**
 * Append-only storage for raw transaction rows (customer index, time,
 * amount) as fixed-size typed-array blocks filled in lockstep.
 *
 * Why blocks rather than doubling arrays: growing by reallocation briefly
 * holds the old and the new array (3× the data at the worst moment) and
 * copies everything log₂(n) times; blocks never copy, so 10M rows cost
 * exactly 20 bytes each. Why one class for the three columns: one bounds
 * check per row and monomorphic stores (a generic block class shared by
 * Int32Array and Float64Array columns makes every store polymorphic, which
 * measured slower than the rest of the row's parsing).
 */

/** Rows per block: 64 Ki (1.25 MiB over the three columns). */
const BLOCK_SIZE = 1 << 16;

/** Raw rows in blocks; see the file comment. */
export class RowBlocks {
  private readonly customers: (Int32Array | null)[] = [];
  private readonly times: (Float64Array | null)[] = [];
  private readonly amounts: (Float64Array | null)[] = [];
  private customer = new Int32Array(0);
  private time = new Float64Array(0);
  private amount = new Float64Array(0);
  private fill = 0;
  private completed = 0;

  /** Number of rows stored. */
  get length(): number {
    return this.completed + this.fill;
  }

  /** Appends one row. */
  push(customer: number, time: number, amount: number): void {
    let fill = this.fill;
    if (fill === this.customer.length) {
      this.addBlock();
      fill = 0;
    }
    this.customer[fill] = customer;
    this.time[fill] = time;
    this.amount[fill] = amount;
    this.fill = fill + 1;
  }

  /** Number of blocks (the last one may be partly filled). */
  get blockCount(): number {
    return this.customers.length;
  }

  /** Number of rows in block b. */
  blockFill(b: number): number {
    return b === this.customers.length - 1 ? this.fill : BLOCK_SIZE;
  }

  /** The three arrays of block b (its first blockFill(b) entries are rows). */
  block(b: number): { customer: Int32Array; time: Float64Array; amount: Float64Array } {
    const customer = this.customers[b];
    const time = this.times[b];
    const amount = this.amounts[b];
    if (customer === null || time === null || amount === null) throw new Error(`RowBlocks: block ${b} was released`);
    return { customer, time, amount };
  }

  /**
   * Drops block b so its memory can be reclaimed while a consumer copies the
   * rows elsewhere block by block (then both copies never exist in full).
   */
  release(b: number): void {
    this.customers[b] = null;
    this.times[b] = null;
    this.amounts[b] = null;
  }

  private addBlock(): void {
    this.completed += this.fill;
    this.customer = new Int32Array(BLOCK_SIZE);
    this.time = new Float64Array(BLOCK_SIZE);
    this.amount = new Float64Array(BLOCK_SIZE);
    this.customers.push(this.customer);
    this.times.push(this.time);
    this.amounts.push(this.amount);
    this.fill = 0;
  }
}
