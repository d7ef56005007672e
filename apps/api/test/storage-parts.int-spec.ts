import { randomBytes, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { CompleteMultipartUploadCommand, S3Client, UploadPartCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { S3Storage } from '../src/storage/s3.storage.js';
import { readServices } from './harness/services-file.js';
import { s3OptionsFor } from './harness/test-app.js';

/**
 * Parts on the embedded S3 endpoint (s3rver behind our signature check and multipart additions), as the harness
 * started it: a part URL is good for exactly the length signed into it, and nothing is stored for an upload that is
 * not open (never begun, completed or aborted), where s3rver alone would keep the part in a folder no listing shows.
 */
const services = readServices();
const bucket = `pt-${randomUUID().slice(0, 12)}`;
let storage: S3Storage;
let client: S3Client;

const errorCode = (xml: string) => /<Code>([^<]+)<\/Code>/.exec(xml)?.[1] ?? null;

/** Every file and folder s3rver keeps for the bucket, as paths below the bucket's folder. */
async function bucketFiles(): Promise<string[]> {
  const root = path.join(services.dir, 's3', bucket);
  const entries = await readdir(root, { recursive: true });
  return entries.map(String);
}

async function refusedWith(res: Response, status: number, code: string): Promise<void> {
  const body = await res.text();
  expect({ status: res.status, code: errorCode(body) }).toEqual({ status, code });
}

/** An SDK error's S3 code and HTTP status. */
async function sdkRefusal(promise: Promise<unknown>): Promise<{ name: string; status: number | undefined }> {
  try {
    await promise;
  } catch (err) {
    const e = err as { name: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('the request was accepted');
}

beforeAll(async () => {
  storage = new S3Storage(s3OptionsFor(bucket));
  await storage.ensureBucket(['http://localhost:3000']);
  client = new S3Client({
    endpoint: services.s3Endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: services.s3Credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 1,
  });
});
afterAll(() => {
  storage.destroy();
  client.destroy();
});

describe('a part URL', () => {
  it('takes exactly the signed length: more bytes, fewer bytes or no length at all are refused, and nothing is stored', async () => {
    const key = 'entries/e1/video/a1/original';
    const uploadId = await storage.createMultipartUpload(key, 'video/mp4');
    const url = await storage.presignUploadPart(key, uploadId, 1, 1000, 60);

    await refusedWith(await fetch(url, { method: 'PUT', body: randomBytes(1001) }), 403, 'SignatureDoesNotMatch');
    await refusedWith(await fetch(url, { method: 'PUT', body: randomBytes(999) }), 403, 'SignatureDoesNotMatch');
    await refusedWith(await fetch(url, { method: 'PUT', body: randomBytes(8 * 1024 * 1024) }), 403, 'SignatureDoesNotMatch');
    // a streamed body goes chunked, with no Content-Length: the signed header is missing
    const chunked = new ReadableStream({
      start(controller) {
        controller.enqueue(randomBytes(1000));
        controller.close();
      },
    });
    await refusedWith(await fetch(url, { method: 'PUT', body: chunked, duplex: 'half' }), 403, 'AccessDenied');
    expect(await storage.listParts(key, uploadId)).toEqual([]);

    const ok = await fetch(url, { method: 'PUT', body: randomBytes(1000) });
    expect(ok.status).toBe(200);
    expect((await storage.listParts(key, uploadId)).map((p) => [p.partNumber, p.size])).toEqual([[1, 1000]]);
    await storage.abortMultipartUpload(key, uploadId);
  });

  it('is refused by the embedded endpoint when its Content-Length is not signed', async () => {
    const key = 'entries/e1/video/a2/original';
    const uploadId = await storage.createMultipartUpload(key, 'video/mp4');
    // signed by hand with the endpoint's own key pair, but without the length
    const unpinned = await getSignedUrl(client, new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: 1 }), { expiresIn: 60 });
    expect(new URL(unpinned).searchParams.get('X-Amz-SignedHeaders')).toBe('host');
    const res = await fetch(unpinned, { method: 'PUT', body: randomBytes(100) });
    const body = await res.text();
    expect(res.status).toBe(403);
    expect(errorCode(body)).toBe('AccessDenied');
    expect(body).toContain('must sign its Content-Length');
    expect(await storage.listParts(key, uploadId)).toEqual([]);
    await storage.abortMultipartUpload(key, uploadId);
  });
});

describe('a part for an upload that is not open', () => {
  it('is answered NoSuchUpload after an abort, by URL and by a signed UploadPart, and leaves no folder behind', async () => {
    const key = 'entries/e2/video/a3/original';
    const uploadId = await storage.createMultipartUpload(key, 'video/mp4');
    const url = await storage.presignUploadPart(key, uploadId, 2, 10, 60);
    expect((await bucketFiles()).some((f) => f.includes(uploadId))).toBe(true);
    await storage.abortMultipartUpload(key, uploadId);
    expect((await bucketFiles()).some((f) => f.includes(uploadId))).toBe(false);

    await refusedWith(await fetch(url, { method: 'PUT', body: randomBytes(10) }), 404, 'NoSuchUpload');
    expect(
      await sdkRefusal(client.send(new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: 1, Body: randomBytes(10) }))),
    ).toEqual({
      name: 'NoSuchUpload',
      status: 404,
    });
    expect(
      await sdkRefusal(
        client.send(
          new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"x"' }] } }),
        ),
      ),
    ).toEqual({ name: 'NoSuchUpload', status: 404 });
    expect((await bucketFiles()).some((f) => f.includes(uploadId))).toBe(false);
    expect((await storage.listMultipartUploads('entries/e2/')).map((u) => u.uploadId)).toEqual([]);
  });

  it('is answered NoSuchUpload after a complete, for an upload id never given, a malformed one, or another key’s', async () => {
    const key = 'entries/e3/video/a4/original';
    const uploadId = await storage.createMultipartUpload(key, 'video/mp4');
    const part = randomBytes(100);
    const put = await fetch(await storage.presignUploadPart(key, uploadId, 1, part.length, 60), { method: 'PUT', body: part });
    expect(put.status).toBe(200);
    await storage.completeMultipartUpload(key, uploadId, [{ partNumber: 1, etag: put.headers.get('etag')! }]);
    const before = await bucketFiles();

    const send = (Key: string, UploadId: string) =>
      sdkRefusal(client.send(new UploadPartCommand({ Bucket: bucket, Key, UploadId, PartNumber: 1, Body: randomBytes(10) })));
    expect(await send(key, uploadId)).toEqual({ name: 'NoSuchUpload', status: 404 });
    const never = randomBytes(16).toString('hex');
    expect(await send(key, never)).toEqual({ name: 'NoSuchUpload', status: 404 });
    expect(await send(key, '../../../escape')).toEqual({ name: 'NoSuchUpload', status: 404 });
    // an open upload of another key is not this key's
    const other = await storage.createMultipartUpload('entries/e3/video/a5/original', 'video/mp4');
    expect(await send(key, other)).toEqual({ name: 'NoSuchUpload', status: 404 });
    await storage.abortMultipartUpload('entries/e3/video/a5/original', other);

    expect(await bucketFiles()).toEqual(before);
    expect((await bucketFiles()).some((f) => f.includes(never) || f.includes('escape'))).toBe(false);
    // the object stands as completed
    expect((await storage.head(key))?.size).toBe(100);
  });

  it('refuses a part number outside 1 to 10000 on an open upload (400)', async () => {
    const key = 'entries/e4/video/a6/original';
    const uploadId = await storage.createMultipartUpload(key, 'video/mp4');
    for (const PartNumber of [0, 10_001])
      expect(await sdkRefusal(client.send(new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber, Body: randomBytes(10) })))).toEqual(
        {
          name: 'InvalidArgument',
          status: 400,
        },
      );
    expect(await storage.listParts(key, uploadId)).toEqual([]);
    await storage.abortMultipartUpload(key, uploadId);
  });
});
