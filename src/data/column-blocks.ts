/**
 * An append-only numeric column stored as fixed-size typed-array blocks.
 *
 * Why blocks rather than a doubling array: growing by reallocation briefly
 * holds the old and the new array (3× the data at the worst moment) and copies
 * everything log₂(n) times; blocks never copy, so reading 10M transactions
 * costs exactly 8 bytes per Float64 value (plus one partly filled block).
 */

/** Values per block: 64 Ki entries (512 KiB for Float64). */
const BLOCK_SIZE = 1 << 16;

type NumericArray = Float64Array | Int32Array;

/** Append-only block column over Float64Array or Int32Array. */
export class ColumnBlocks<T extends NumericArray> {
  private readonly blocks: T[] = [];
  private current: T;
  private fill = 0;
  private total = 0;

  constructor(private readonly create: (size: number) => T) {
    this.current = create(BLOCK_SIZE);
    this.blocks.push(this.current);
  }

  get length(): number {
    return this.total;
  }

  push(value: number): void {
    if (this.fill === BLOCK_SIZE) {
      this.current = this.create(BLOCK_SIZE);
      this.blocks.push(this.current);
      this.fill = 0;
    }
    this.current[this.fill++] = value;
    this.total++;
  }

  /** Number of blocks (the last one may be partly filled). */
  get blockCount(): number {
    return this.blocks.length;
  }

  /** Block b; its first `blockFill(b)` entries are values. */
  block(b: number): T {
    return this.blocks[b];
  }

  /** Number of values in block b. */
  blockFill(b: number): number {
    return b === this.blocks.length - 1 ? this.fill : BLOCK_SIZE;
  }

  /**
   * Drops block b so its memory can be reclaimed while a consumer copies the
   * column elsewhere block by block (then both copies never exist in full).
   * The column must not be used for b afterwards.
   */
  release(b: number): void {
    (this.blocks as (T | null)[])[b] = null;
  }
}

/** A new empty Float64 block column. */
export function float64Blocks(): ColumnBlocks<Float64Array> {
  return new ColumnBlocks((size) => new Float64Array(size));
}

/** A new empty Int32 block column. */
export function int32Blocks(): ColumnBlocks<Int32Array> {
  return new ColumnBlocks((size) => new Int32Array(size));
}
