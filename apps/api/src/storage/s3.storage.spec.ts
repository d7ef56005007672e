import type { S3Client } from '@aws-sdk/client-s3';
import { checksumSettings, S3Storage, type S3StorageOptions } from './s3.storage.js';

const options = (embedded: boolean, publicEndpoint = 'http://127.0.0.1:9'): S3StorageOptions => ({
  endpoint: 'http://127.0.0.1:9',
  publicEndpoint,
  region: 'us-east-1',
  bucket: 'clapper',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'secret-example-secret-example',
  forcePathStyle: true,
  embedded,
});

/** What the SDK client was built with (read through the private field: the choice is what this file tests). */
async function integrityOf(storage: S3Storage, field: 'client' | 'publicSigner'): Promise<[string, string]> {
  const client = (storage as unknown as Record<string, S3Client>)[field];
  return [await client.config.requestChecksumCalculation(), await client.config.responseChecksumValidation()];
}

describe('the S3 driver’s data integrity', () => {
  let storages: S3Storage[] = [];
  const make = (o: S3StorageOptions) => {
    const s = new S3Storage(o);
    storages.push(s);
    return s;
  };
  afterEach(() => {
    for (const s of storages) s.destroy();
    storages = [];
  });

  it('keeps the SDK’s default checksums against a real S3 server, and turns them down to "when required" for the embedded s3rver only', async () => {
    expect(checksumSettings(false)).toEqual({ requestChecksumCalculation: 'WHEN_SUPPORTED', responseChecksumValidation: 'WHEN_SUPPORTED' });
    expect(checksumSettings(true)).toEqual({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
    expect(await integrityOf(make(options(false)), 'client')).toEqual(['WHEN_SUPPORTED', 'WHEN_SUPPORTED']);
    expect(await integrityOf(make(options(true)), 'client')).toEqual(['WHEN_REQUIRED', 'WHEN_REQUIRED']);
  });

  it.each([false, true])('signs part URLs with their Content-Length and no checksum of an empty body (embedded: %s)', async (embedded) => {
    const storage = make(options(embedded, 'https://media.example.org'));
    const url = new URL(await storage.presignUploadPart('entries/e/video/a/original', 'upload-1', 3, 8 * 1024 * 1024, 60));
    expect(url.origin).toBe('https://media.example.org');
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual(['content-length', 'host']);
    expect(url.searchParams.get('partNumber')).toBe('3');
    expect(url.searchParams.get('uploadId')).toBe('upload-1');
    // a CRC32 computed at signing time is of no body at all: S3 would refuse every part with it
    expect([...url.searchParams.keys()].filter((k) => /checksum/i.test(k))).toEqual([]);
    expect(await integrityOf(storage, 'publicSigner')).toEqual(['WHEN_REQUIRED', 'WHEN_REQUIRED']);
  });

  it('refuses to sign a part of no valid size or number', async () => {
    const storage = make(options(false));
    for (const [part, size] of [
      [0, 10],
      [10_001, 10],
      [1, -1],
      [1, 1.5],
      [1, 5 * 1024 ** 3 + 1],
      [1, Number.NaN],
    ])
      await expect(storage.presignUploadPart('k', 'u', part, size)).rejects.toMatchObject({ code: 'invalid_part' });
  });
});
