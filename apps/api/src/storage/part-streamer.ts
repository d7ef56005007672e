import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

/** Where the parts go: a multipart upload, or one whole object when the stream fits in a single part. */
export interface PartSink {
  putWhole(body: Buffer): Promise<void>;
  begin(): Promise<string>;
  uploadPart(uploadId: string, partNumber: number, body: Buffer): Promise<string>;
  complete(uploadId: string, parts: { partNumber: number; etag: string }[]): Promise<void>;
  abort(uploadId: string): Promise<void>;
}

export interface StreamedPut {
  size: number;
  sha256: string;
}

/** S3's smallest part, 5 MiB, to keep memory low; 10,000 parts still hold 48 GiB. */
export const STREAM_PART_BYTES = 5 * 1024 * 1024;

/**
 * Part buffers kept between uploads. Allocated afresh for every upload, they would outlive a few young-generation
 * collections, be promoted, and wait for a full collection: megabytes per upload piling up in a busy process.
 * Kept here they are reused; after a minute without uploads they are let go.
 */
export class PartBufferPool {
  private readonly free: Buffer[] = [];
  private idle: NodeJS.Timeout | null = null;

  constructor(
    readonly partBytes: number,
    private readonly keep = 4,
    private readonly idleMs = 60_000,
  ) {}

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(this.partBytes);
  }

  give(buffer: Buffer): void {
    if (this.free.length < this.keep) this.free.push(buffer);
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => (this.free.length = 0), this.idleMs).unref();
  }

  get available(): number {
    return this.free.length;
  }
}

const defaultPool = new PartBufferPool(STREAM_PART_BYTES);

/**
 * Writes a stream of unknown length to object storage in fixed-size parts, hashing it on the way. Memory stays
 * at `partBuffers` part buffers whatever the size: the buffers are allocated once and reused, one being filled
 * while the others are uploaded, and the source is not read further until a buffer is free (the `for await`
 * loop is the backpressure). A stream that fits in one part is stored as one object; a stream that
 * breaks aborts the multipart upload, so nothing is left behind.
 */
export async function streamInParts(source: Readable, sink: PartSink, options: { pool?: PartBufferPool; partBuffers?: number } = {}): Promise<StreamedPut> {
  const pool = options.pool ?? defaultPool;
  const partBytes = pool.partBytes;
  const slots = Math.max(2, options.partBuffers ?? 2);
  const buffers: Buffer[] = [];
  const busy: (Promise<void> | null)[] = Array.from({ length: slots }, () => null);
  const parts: { partNumber: number; etag: string }[] = [];
  const hash = createHash('sha256');
  let size = 0;
  let current = 0;
  let filled = 0;
  let uploadId: string | null = null;
  let partCount = 0;
  const failures: unknown[] = [];

  const send = async () => {
    uploadId ??= await sink.begin();
    const id = uploadId;
    const partNumber = ++partCount;
    const body = buffers[current].subarray(0, filled);
    const sending = sink.uploadPart(id, partNumber, body).then(
      (etag) => void parts.push({ partNumber, etag }),
      (err: unknown) => void failures.push(err),
    );
    const slot = current;
    busy[slot] = sending.finally(() => (busy[slot] = null));
    current = (current + 1) % slots;
    filled = 0;
    // the next buffer must be free before it is filled again
    await busy[current];
    if (failures.length > 0) throw failures[0];
  };

  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
      for (let offset = 0; offset < chunk.length;) {
        buffers[current] ??= pool.take();
        const copied = chunk.copy(buffers[current], filled, offset);
        filled += copied;
        offset += copied;
        if (filled === partBytes) await send();
      }
    }
    if (uploadId === null) {
      await sink.putWhole((buffers[current] ?? Buffer.alloc(0)).subarray(0, filled));
    } else {
      if (filled > 0) await send();
      await Promise.all(busy);
      if (failures.length > 0) throw failures[0];
      await sink.complete(
        uploadId,
        [...parts].sort((a, b) => a.partNumber - b.partNumber),
      );
    }
  } catch (err) {
    await Promise.all(busy);
    if (uploadId !== null) await sink.abort(uploadId).catch(() => undefined);
    throw err;
  } finally {
    // every send has settled here, so no part is still being read from these buffers
    await Promise.all(busy);
    for (const b of buffers) if (b) pool.give(b);
  }
  return { size, sha256: hash.digest('hex') };
}
