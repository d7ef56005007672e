import { describe, expect, it } from 'vitest';
import { PartSigner, type SignBatch } from './part-signer';

function fakeSign(expiresInMs = 15 * 60_000, now = () => Date.now()) {
  const calls: number[][] = [];
  const sign: SignBatch = async (numbers) => {
    calls.push(numbers);
    return {
      parts: numbers.map((n) => ({ partNumber: n, url: `https://s3/part-${n}?v=${calls.length}` })),
      expiresAt: new Date(now() + expiresInMs).toISOString(),
    };
  };
  return { calls, sign };
}

describe('PartSigner', () => {
  it('signs parts in batches and serves the rest from the batch', async () => {
    const { calls, sign } = fakeSign();
    const signer = new PartSigner(sign, 7, { batchSize: 3 });
    expect(await signer.url(1)).toBe('https://s3/part-1?v=1');
    expect(await signer.url(2)).toBe('https://s3/part-2?v=1');
    expect(await signer.url(3)).toBe('https://s3/part-3?v=1');
    expect(await signer.url(4)).toBe('https://s3/part-4?v=2');
    expect(calls).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('shares one request between parts asked for at the same time', async () => {
    const { calls, sign } = fakeSign();
    const signer = new PartSigner(sign, 4, { batchSize: 10 });
    const urls = await Promise.all([1, 2, 3, 4].map((n) => signer.url(n)));
    expect(urls).toHaveLength(4);
    expect(calls).toEqual([[1, 2, 3, 4]]);
  });

  it('signs again when a URL is about to expire, or after forget()', async () => {
    let t = 1_000_000;
    const { calls, sign } = fakeSign(120_000, () => t);
    const signer = new PartSigner(sign, 2, { batchSize: 2, now: () => t, marginMs: 60_000 });
    await signer.url(1);
    t += 70_000;
    await signer.url(2);
    expect(calls.length).toBe(2);
    signer.forget(2);
    await signer.url(2);
    expect(calls.at(-1)).toEqual([2]);
  });

  it('refuses part numbers outside the upload', async () => {
    const { sign } = fakeSign();
    const signer = new PartSigner(sign, 2);
    await expect(signer.url(3)).rejects.toThrow(RangeError);
  });
});
