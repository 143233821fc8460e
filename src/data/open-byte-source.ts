/**
 * Opens a transaction source as a stream of Buffers: a file path, '-' for
 * standard input, a Node Readable, or any async iterable of bytes/strings.
 */
import { open, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** Where transactions come from. */
export type TransactionSource = string | NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>;

/** An opened source: its display name and its chunks (each valid until the next is read). */
export interface ByteSource {
  readonly name: string;
  /** Size in bytes when the source is a file. */
  readonly totalBytes?: number;
  readonly chunks: AsyncIterable<Buffer>;
}

/**
 * Opens `source`. Paths are checked first so that a missing file or a
 * directory is an InputError naming the path, not a stream error later.
 */
export async function openByteSource(
  source: TransactionSource,
  options: { readonly chunkSize: number; readonly sourceName?: string },
): Promise<ByteSource> {
  if (typeof source === 'string' && source !== '-') {
    let info;
    try {
      info = await stat(source);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error);
      throw new InputError(`cannot read ${source}: ${why}`, [{ file: source, reason: why }]);
    }
    if (!info.isFile()) throw new InputError(`cannot read ${source}: not a regular file`, [{ file: source, reason: 'not a file' }]);
    return { name: options.sourceName ?? source, totalBytes: info.size, chunks: readFileChunks(source, options.chunkSize) };
  }
  if (source === '-') return { name: options.sourceName ?? '<stdin>', chunks: asBuffers(process.stdin) };
  return { name: options.sourceName ?? '<stream>', chunks: asBuffers(source as AsyncIterable<Uint8Array | string>) };
}

/**
 * Reads a file into one reused buffer: each chunk yielded is a view that is
 * valid only until the next iteration (every consumer copies or parses it
 * synchronously), so a 300 MB file costs no per-chunk allocation.
 */
async function* readFileChunks(path: string, chunkSize: number): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkSize);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, chunkSize, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

async function* asBuffers(chunks: AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  for await (const chunk of chunks as AsyncIterable<Uint8Array | string>) {
    if (typeof chunk === 'string') yield Buffer.from(chunk, 'utf8');
    else if (Buffer.isBuffer(chunk)) yield chunk;
    else yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
}

/**
 * Reads chunks until the first line break (or 64 KiB, or the end) so the
 * caller can sniff the layout; returns that prefix and the remaining chunks.
 */
export async function peekFirstLine(chunks: AsyncIterable<Buffer>): Promise<{ prefix: Buffer; rest: AsyncIterator<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let size = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    parts.push(Buffer.from(next.value)); // a copy: file chunks share one buffer
    size += next.value.length;
    if (next.value.includes(10) || size >= 65_536) break;
  }
  return { prefix: Buffer.concat(parts), rest: iterator };
}
