/**
 * Raw transaction rows, split by a hash of the customer id into 64
 * partitions while the input is read; each partition keeps its rows in file
 * order with the id bytes themselves (not yet an index).
 *
 * Why: looking every id up in one table of a million customers, and later
 * scattering every row to its customer's slot, are two random memory accesses
 * per row over tens of megabytes, and on 10M rows those cache and TLB misses
 * cost more than all the parsing. Appending to 64 partitions touches only 64
 * hot write positions; afterwards each partition (~1/64 of the customers) is
 * interned and grouped on its own with tables that fit in cache
 * (see groupPartitions).
 *
 * Per row: time and amount (8 + 8 bytes), the row's sequence number among
 * valid rows (4, to restore first-seen customer order), and the id bytes with
 * a length prefix; plus the attribute values when requested.
 */

/** log₂ of the number of partitions. */
const PARTITION_BITS = 6;
export const PARTITION_COUNT = 1 << PARTITION_BITS;

/** One partition's rows (arrays have spare capacity; `length` rows are valid). */
export class Partition {
  length = 0;
  time = new Float64Array(256);
  amount = new Float64Array(256);
  /** Sequence number of the row among all valid rows (file order). */
  sequence = new Int32Array(256);
  /** Id bytes, each preceded by its length (1 byte, or 255 then 4 bytes LE). */
  idBytes = new Uint8Array(2048);
  idEnd = 0;
  /** With attributes: start of each row's values in attributeBytes (same encoding as ids). */
  attributeStart: Int32Array | null = null;
  attributeBytes: Uint8Array | null = null;
  attributeEnd = 0;

  /** Frees the arrays once the partition has been grouped. */
  release(): void {
    this.time = new Float64Array(0);
    this.amount = new Float64Array(0);
    this.sequence = new Int32Array(0);
    this.idBytes = new Uint8Array(0);
    this.attributeStart = null;
    this.attributeBytes = null;
  }
}

/** Rows split into partitions by id hash; see the file comment. */
export class PartitionedRows {
  readonly partitions: readonly Partition[];
  private rows = 0;
  private readonly scratch = Buffer.allocUnsafe(1024);

  constructor(readonly withAttributes: boolean) {
    this.partitions = Array.from({ length: PARTITION_COUNT }, () => {
      const partition = new Partition();
      if (withAttributes) {
        partition.attributeStart = new Int32Array(256);
        partition.attributeBytes = new Uint8Array(2048);
      }
      return partition;
    });
  }

  /** Number of rows added. */
  get length(): number {
    return this.rows;
  }

  /**
   * Adds a row whose customer id is the UTF-8 bytes [start, end); returns its
   * partition so that attribute values can follow with addAttribute.
   */
  add(bytes: Uint8Array, start: number, end: number, time: number, amount: number): Partition {
    const partition = this.partitions[partitionOf(bytes, start, end)];
    let k = partition.length;
    if (k === partition.time.length) grow(partition, k);
    partition.time[k] = time;
    partition.amount[k] = amount;
    partition.sequence[k] = this.rows++;
    partition.idEnd = appendId(partition, partition.idEnd, bytes, start, end);
    if (partition.attributeStart !== null) partition.attributeStart[k] = partition.attributeEnd;
    partition.length = ++k;
    return partition;
  }

  /** Adds a row whose customer id is a string (in-memory sources). */
  addText(id: string, time: number, amount: number): Partition {
    const bytes = id.length * 3 <= this.scratch.length ? this.scratch : Buffer.allocUnsafe(id.length * 3);
    return this.add(bytes, 0, bytes.write(id, 0, 'utf8'), time, amount);
  }

  /** Appends one attribute value (bytes) to the row just added to `partition`. */
  addAttribute(partition: Partition, bytes: Uint8Array, start: number, end: number): void {
    partition.attributeEnd = appendAttribute(partition, partition.attributeEnd, bytes, start, end);
  }

  /** Appends one attribute value (text) to the row just added to `partition`. */
  addAttributeText(partition: Partition, text: string): void {
    const bytes = text.length * 3 <= this.scratch.length ? this.scratch : Buffer.allocUnsafe(text.length * 3);
    this.addAttribute(partition, bytes, 0, bytes.write(text, 0, 'utf8'));
  }

  /** Partition of a string id (to look a rejected id up in the right partition). */
  static partitionOfText(id: string): number {
    const bytes = Buffer.from(id, 'utf8');
    return partitionOf(bytes, 0, bytes.length);
  }
}

/**
 * Reads the length-prefixed value starting at `pos` of `bytes`; returns the
 * start of its bytes, and stores its end in `out[0]`.
 */
export function readPrefixed(bytes: Uint8Array, pos: number, out: Int32Array): number {
  const first = bytes[pos];
  if (first < 255) {
    out[0] = pos + 1 + first;
    return pos + 1;
  }
  const length = bytes[pos + 1] | (bytes[pos + 2] << 8) | (bytes[pos + 3] << 16) | (bytes[pos + 4] << 24);
  out[0] = pos + 5 + length;
  return pos + 5;
}

/** Top bits of an FNV-1a hash with a final mix (the interner indexes by low bits). */
function partitionOf(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
  hash = Math.imul(hash ^ (hash >>> 12), 0x297a2d39);
  return (hash ^ (hash >>> 15)) >>> (32 - PARTITION_BITS);
}

/** Grows the per-row arrays of a partition by half. */
function grow(partition: Partition, length: number): void {
  const size = Math.max(256, Math.ceil(length * 1.5));
  const time = new Float64Array(size);
  time.set(partition.time);
  partition.time = time;
  const amount = new Float64Array(size);
  amount.set(partition.amount);
  partition.amount = amount;
  const sequence = new Int32Array(size);
  sequence.set(partition.sequence);
  partition.sequence = sequence;
  if (partition.attributeStart !== null) {
    const starts = new Int32Array(size);
    starts.set(partition.attributeStart);
    partition.attributeStart = starts;
  }
}

/** Appends length-prefixed id bytes to a partition; returns the new end. */
function appendId(partition: Partition, end: number, bytes: Uint8Array, start: number, stop: number): number {
  const length = stop - start;
  if (end + length + 5 > partition.idBytes.length) partition.idBytes = grownBytes(partition.idBytes, end, length);
  return writePrefixed(partition.idBytes, end, bytes, start, length);
}

/** Appends length-prefixed attribute bytes to a partition; returns the new end. */
function appendAttribute(partition: Partition, end: number, bytes: Uint8Array, start: number, stop: number): number {
  const length = stop - start;
  if (end + length + 5 > partition.attributeBytes!.length) partition.attributeBytes = grownBytes(partition.attributeBytes!, end, length);
  return writePrefixed(partition.attributeBytes!, end, bytes, start, length);
}

function grownBytes(target: Uint8Array, end: number, length: number): Uint8Array {
  const grown = new Uint8Array(Math.max(end + length + 5, Math.ceil(target.length * 1.5)));
  grown.set(target.subarray(0, end));
  return grown;
}

function writePrefixed(target: Uint8Array, end: number, bytes: Uint8Array, start: number, length: number): number {
  if (length < 255) {
    target[end++] = length;
  } else {
    target[end] = 255;
    target[end + 1] = length & 255;
    target[end + 2] = (length >>> 8) & 255;
    target[end + 3] = (length >>> 16) & 255;
    target[end + 4] = length >>> 24;
    end += 5;
  }
  for (let i = 0; i < length; i++) target[end + i] = bytes[start + i];
  return end + length;
}
