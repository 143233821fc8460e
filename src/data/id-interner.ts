/**
 * Maps customer ids to dense indices 0, 1, 2, … in first-seen order, keyed
 * by the id's UTF-8 bytes so that the reader never builds a string for an id
 * it has seen before.
 *
 * Why not a Map<string, number>: every lookup would first need the id as a
 * string (a Buffer slice and a UTF-8 decode per row), which costs more than
 * the whole rest of the row's parsing. Here an id is hashed (FNV-1a, 32-bit, with a final bit mix)
 * straight from the input bytes and looked up in an open-addressing table
 * (linear probing, load ≤ 1/2); only a new id is copied and decoded, once.
 *
 * Each slot holds (hash, index, first 8 id bytes packed in two words). Ids of
 * up to 8 bytes without NUL bytes — the usual customer number — are compared
 * inside the slot, so a lookup costs one cache miss instead of three; longer
 * ids are compared against their stored bytes.
 */

const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Dense customer indices keyed by id bytes; see the file comment. */
export class IdInterner {
  /** Ids in first-seen order (index → id). */
  readonly ids: string[] = [];
  /** Slots of 4 words (hash, index, packed bytes 0–3, 4–7); index EMPTY marks a free slot. */
  private slots: Int32Array;
  private mask: number;
  private hashes: Int32Array;
  private packed0: Int32Array;
  private packed1: Int32Array;
  private keyStart: Int32Array;
  private keyBytes: Buffer;
  private keyEnd = 0;
  private readonly scratch = Buffer.allocUnsafe(256);

  /** `expected`: a guess of the number of distinct ids, to size the table once (default 1024). */
  constructor(expected = 1024) {
    const capacity = Math.max(1024, expected);
    let slots = 4096;
    while (slots < capacity * 2) slots *= 2;
    this.slots = new Int32Array(4 * slots).fill(EMPTY);
    this.mask = slots - 1;
    this.hashes = new Int32Array(capacity);
    this.packed0 = new Int32Array(capacity);
    this.packed1 = new Int32Array(capacity);
    this.keyStart = new Int32Array(capacity + 1);
    this.keyBytes = Buffer.alloc(capacity * 12);
  }

  /** Number of distinct ids. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * Index of the id in `bytes[start, end)` (UTF-8), adding it if new.
   *
   * @example interner.internBytes(Buffer.from('a,b'), 2, 3) // 0 for the first id seen
   */
  internBytes(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length > 0 && length <= 8) {
      // Pack the bytes while hashing; a NUL byte would make packing ambiguous.
      let w0 = 0;
      let w1 = 0;
      let zero = false;
      for (let i = 0; i < length; i++) {
        const b = bytes[start + i];
        zero ||= b === 0;
        if (i < 4) w0 |= b << (8 * i);
        else w1 |= b << (8 * (i - 4));
      }
      if (!zero) {
        const hash = mix(Math.imul(w0, 0x9e3779b1) ^ Math.imul(w1 ^ 0x7f4a7c15, 0x85ebca77) ^ length);
        const slots = this.slots;
        let slot = hash & this.mask;
        for (;;) {
          const at = 4 * slot;
          const index = slots[at + 1];
          if (index === EMPTY) return this.add(bytes, start, end, hash, null, w0, w1);
          if (slots[at + 2] === w0 && slots[at + 3] === w1) return index;
          slot = (slot + 1) & this.mask;
        }
      }
    }
    const hash = hashBytes(bytes, start, end);
    const found = this.find(bytes, start, end, hash);
    if (found !== EMPTY) return found;
    return this.add(bytes, start, end, hash, null, 0, 0);
  }

  /** Index of a string id, adding it if new (same identity as its UTF-8 bytes). */
  intern(id: string): number {
    if (id.length * 3 <= this.scratch.length) return this.internBytes(this.scratch, 0, this.scratch.write(id, 0, 'utf8'));
    const bytes = Buffer.from(id, 'utf8');
    return this.internBytes(bytes, 0, bytes.length);
  }

  /** Whether a string id has been interned. */
  has(id: string): boolean {
    const before = this.ids.length;
    const index = this.intern(id);
    if (index < before) return true;
    this.removeLast();
    return false;
  }

  /** Lookup of an id that is not stored packed (longer than 8 bytes, or with a NUL byte). */
  private find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    const slots = this.slots;
    const keys = this.keyBytes;
    let slot = hash & this.mask;
    for (;;) {
      const at = 4 * slot;
      const index = slots[at + 1];
      if (index === EMPTY) return EMPTY;
      if (slots[at] === hash && slots[at + 2] === 0 && slots[at + 3] === 0) {
        const from = this.keyStart[index];
        if (this.keyStart[index + 1] - from === length) {
          let same = true;
          for (let i = 0; i < length; i++) {
            if (keys[from + i] !== bytes[start + i]) {
              same = false;
              break;
            }
          }
          if (same) return index;
        }
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number, id: string | null, w0: number, w1: number): number {
    const index = this.ids.length;
    const length = end - start;
    if (index + 2 > this.keyStart.length) this.keyStart = grownInt32(this.keyStart, this.keyStart.length * 2);
    if (index >= this.hashes.length) {
      this.hashes = grownInt32(this.hashes, this.hashes.length * 2);
      this.packed0 = grownInt32(this.packed0, this.packed0.length * 2);
      this.packed1 = grownInt32(this.packed1, this.packed1.length * 2);
    }
    if (this.keyEnd + length > this.keyBytes.length) {
      const grown = Buffer.alloc(Math.max(this.keyBytes.length * 2, this.keyEnd + length));
      this.keyBytes.copy(grown, 0, 0, this.keyEnd);
      this.keyBytes = grown;
    }
    const keys = this.keyBytes;
    const from = this.keyEnd;
    let high = 0;
    for (let i = 0; i < length; i++) high |= keys[from + i] = bytes[start + i];
    this.keyEnd += length;
    this.keyStart[index + 1] = this.keyEnd;
    this.hashes[index] = hash;
    this.packed0[index] = w0;
    this.packed1[index] = w1;
    this.ids.push(id ?? (high < 128 && length <= 12 ? shortAscii(keys, from, length) : keys.toString('utf8', from, from + length)));
    if ((index + 1) * 2 > this.mask + 1) this.rehash();
    else this.place(index);
    return index;
  }

  /** Undoes the latest add (used by `has`, which must not keep a probe id). */
  private removeLast(): void {
    const index = this.ids.length - 1;
    this.ids.pop();
    this.keyEnd = this.keyStart[index];
    const size = this.mask + 1;
    this.slots = new Int32Array(4 * size).fill(EMPTY);
    for (let i = 0; i < this.ids.length; i++) this.place(i);
  }

  private place(index: number): void {
    let slot = this.hashes[index] & this.mask;
    while (this.slots[4 * slot + 1] !== EMPTY) slot = (slot + 1) & this.mask;
    const at = 4 * slot;
    this.slots[at] = this.hashes[index];
    this.slots[at + 1] = index;
    this.slots[at + 2] = this.packed0[index];
    this.slots[at + 3] = this.packed1[index];
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(4 * size).fill(EMPTY);
    this.mask = size - 1;
    for (let index = 0; index < this.ids.length; index++) this.place(index);
  }
}

/**
 * A short ASCII id as a string. `String.fromCharCode` with explicit arguments
 * is several times faster than a Buffer decode for ids this short, and a
 * million customers means a million of these.
 */
function shortAscii(b: Uint8Array, at: number, length: number): string {
  const c = String.fromCharCode;
  switch (length) {
    case 0: return '';
    case 1: return c(b[at]);
    case 2: return c(b[at], b[at + 1]);
    case 3: return c(b[at], b[at + 1], b[at + 2]);
    case 4: return c(b[at], b[at + 1], b[at + 2], b[at + 3]);
    case 5: return c(b[at], b[at + 1], b[at + 2], b[at + 3], b[at + 4]);
    case 6: return c(b[at], b[at + 1], b[at + 2], b[at + 3], b[at + 4], b[at + 5]);
    case 7: return c(b[at], b[at + 1], b[at + 2], b[at + 3], b[at + 4], b[at + 5], b[at + 6]);
    case 8: return c(b[at], b[at + 1], b[at + 2], b[at + 3], b[at + 4], b[at + 5], b[at + 6], b[at + 7]);
    default: {
      let text = c(b[at], b[at + 1], b[at + 2], b[at + 3], b[at + 4], b[at + 5], b[at + 6], b[at + 7]);
      for (let i = 8; i < length; i++) text += c(b[at + i]);
      return text;
    }
  }
}

/**
 * FNV-1a over the bytes, then the MurmurHash3 finaliser: FNV's multiply only
 * carries bits upwards, and the table indexes by the low bits.
 */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
  return mix(hash);
}

/** MurmurHash3's 32-bit finaliser: every input bit affects the low bits used as the slot. */
function mix(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) | 0;
}

function grownInt32(from: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(size);
  grown.set(from);
  return grown;
}
