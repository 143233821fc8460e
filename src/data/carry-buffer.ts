/**
 * A reusable byte buffer for streaming parsers: incoming chunks are appended
 * after the bytes still pending (a record cut by the previous chunk), the
 * parser consumes whole records from the front, and the rest moves to the
 * front for the next round.
 *
 * Why: concatenating a leftover with each new chunk allocates a fresh Buffer
 * per chunk, and on a 300 MB file those hundreds of external allocations
 * trigger full garbage collections that walk a heap holding a million
 * customer ids. One buffer, grown only for an unusually long record, keeps
 * reading allocation-free.
 */
export class CarryBuffer {
  private buffer: Buffer;
  private end = 0;

  constructor(initialSize = 1 << 16) {
    this.buffer = Buffer.allocUnsafe(initialSize);
  }

  /** The working buffer; bytes [0, length) are pending. Valid until the next append/discard. */
  get bytes(): Buffer {
    return this.buffer;
  }

  /** Number of pending bytes. */
  get length(): number {
    return this.end;
  }

  /** Copies `chunk` after the pending bytes (the caller may reuse `chunk` afterwards). */
  append(chunk: Uint8Array): void {
    const needed = this.end + chunk.length;
    if (needed > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.end);
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.end);
    this.end = needed;
  }

  /** Drops the first `count` pending bytes, keeping the rest at the front. */
  discard(count: number): void {
    if (count <= 0) return;
    if (count < this.end) this.buffer.copyWithin(0, count, this.end);
    this.end = Math.max(0, this.end - count);
  }
}
