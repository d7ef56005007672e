import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { PartBufferPool, streamInParts, type PartSink } from './part-streamer.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A sink that records what it receives and checks that no buffer changes while its part is being sent. */
function recordingSink(options: { failPart?: number; delayMs?: number } = {}) {
  const log: string[] = [];
  const parts = new Map<number, Buffer>();
  let whole: Buffer | null = null;
  // the distinct memory the parts were sent from: (ArrayBuffer, offset), as small buffers share a pool
  const memory = new Map<ArrayBufferLike, Set<number>>();
  const sink: PartSink = {
    putWhole: async (body) => {
      whole = Buffer.from(body);
      log.push(`whole ${body.length}`);
    },
    begin: async () => (log.push('begin'), 'up-1'),
    uploadPart: async (uploadId, n, body) => {
      expect(uploadId).toBe('up-1');
      const before = sha(body);
      memory.set(body.buffer, (memory.get(body.buffer) ?? new Set()).add(body.byteOffset));
      await new Promise((r) => setTimeout(r, options.delayMs ?? 2));
      // the streamer must not refill a buffer that is still being sent
      expect(sha(body)).toBe(before);
      if (n === options.failPart) throw new Error('part refused');
      parts.set(n, Buffer.from(body));
      log.push(`part ${n} ${body.length}`);
      return `etag-${n}`;
    },
    complete: async (_id, list) => void log.push(`complete ${list.map((p) => `${p.partNumber}:${p.etag}`).join(',')}`),
    abort: async () => void log.push('abort'),
  };
  const assembled = () => whole ?? Buffer.concat([...parts.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b));
  return { sink, log, assembled, buffersUsed: () => [...memory.values()].reduce((n, offsets) => n + offsets.size, 0) };
}

/** `data` as a stream of chunks of awkward sizes, so parts never line up with chunks. */
function chunked(data: Buffer, chunk = 777): Readable {
  const pieces: Buffer[] = [];
  for (let i = 0; i < data.length; i += chunk) pieces.push(data.subarray(i, i + chunk));
  return Readable.from(pieces);
}

describe('streamInParts', () => {
  it('cuts a stream into fixed parts, reusing its buffers, and completes with every part in order', async () => {
    const data = randomBytes(10 * 1024 + 5);
    const r = recordingSink();
    const put = await streamInParts(chunked(data), r.sink, { pool: new PartBufferPool(1024), partBuffers: 3 });
    expect(put).toEqual({ size: data.length, sha256: sha(data) });
    expect(r.assembled().equals(data)).toBe(true);
    expect(r.log[0]).toBe('begin');
    expect(r.log.filter((l) => l.startsWith('part'))).toHaveLength(11);
    expect(r.log.at(-1)).toBe(`complete ${Array.from({ length: 11 }, (_, i) => `${i + 1}:etag-${i + 1}`).join(',')}`);
    // eleven parts went through the same three buffers
    expect(r.buffersUsed()).toBe(3);
  });

  it('sends a stream that fits in one part as one object', async () => {
    const data = randomBytes(1000);
    const r = recordingSink();
    const put = await streamInParts(chunked(data, 100), r.sink, { pool: new PartBufferPool(1024) });
    expect(put.sha256).toBe(sha(data));
    expect(r.log).toEqual(['whole 1000']);
    expect(r.assembled().equals(data)).toBe(true);
  });

  it('stores an empty stream as an empty object', async () => {
    const r = recordingSink();
    expect(await streamInParts(Readable.from([]), r.sink, { pool: new PartBufferPool(1024) })).toEqual({ size: 0, sha256: sha(Buffer.alloc(0)) });
    expect(r.log).toEqual(['whole 0']);
  });

  it('handles a stream of exactly whole parts without an empty last part', async () => {
    const data = randomBytes(3 * 1024);
    const r = recordingSink();
    await streamInParts(chunked(data, 1024), r.sink, { pool: new PartBufferPool(1024) });
    expect(r.log).toEqual(['begin', 'part 1 1024', 'part 2 1024', 'part 3 1024', 'complete 1:etag-1,2:etag-2,3:etag-3']);
  });

  it('aborts the upload when the source breaks', async () => {
    const r = recordingSink();
    const source = new Readable({ read() {} });
    const put = streamInParts(source, r.sink, { pool: new PartBufferPool(1024) });
    source.push(randomBytes(3000));
    setTimeout(() => source.destroy(new Error('connection lost')), 20);
    await expect(put).rejects.toThrow('connection lost');
    expect(r.log[0]).toBe('begin');
    expect(r.log.at(-1)).toBe('abort');
    expect(r.log.some((l) => l.startsWith('complete'))).toBe(false);
  });

  it('reuses its part buffers from one upload to the next, and keeps no more than it was told', async () => {
    const pool = new PartBufferPool(1024, 3);
    await streamInParts(chunked(randomBytes(4000), 1500), recordingSink().sink, { pool });
    expect(pool.available).toBe(2);
    await streamInParts(chunked(randomBytes(4000), 1500), recordingSink({ delayMs: 20 }).sink, { pool, partBuffers: 4 });
    // the second upload took the two kept buffers and two new ones; the pool keeps three
    expect(pool.available).toBe(3);
    await expect(streamInParts(chunked(randomBytes(5000)), recordingSink({ failPart: 1 }).sink, { pool })).rejects.toThrow('part refused');
    expect(pool.available).toBe(3);
  });

  it('aborts the upload when a part is refused', async () => {
    const r = recordingSink({ failPart: 2 });
    await expect(streamInParts(chunked(randomBytes(5000)), r.sink, { pool: new PartBufferPool(1024) })).rejects.toThrow('part refused');
    expect(r.log.at(-1)).toBe('abort');
    expect(r.log.some((l) => l.startsWith('complete'))).toBe(false);
  });
});
