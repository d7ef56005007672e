import { createRequire } from 'node:module';
import path from 'node:path';
import { access, readdir, readFile, rm, stat } from 'node:fs/promises';

/**
 * s3rver implements CreateMultipartUpload, UploadPart and CompleteMultipartUpload, but not ListParts,
 * AbortMultipartUpload or ListMultipartUploads, which the platform needs (to check uploads against the
 * size limit, and to clean up abandoned ones). This adds those three to the embedded endpoint, reading
 * s3rver's own upload folders. It also makes UploadPart and CompleteMultipartUpload answer NoSuchUpload for an
 * upload that is not open (never begun, completed or aborted), as S3 does: s3rver itself would store the part in a
 * new folder that no listing ever shows.
 *
 * It runs behind the endpoint's signature check (s3-signature-check.ts), which has authenticated every request
 * that reaches it; it reads the bucket and key from the path itself (no router).
 */
const require = createRequire(import.meta.url);
const S3Error = require('s3rver/lib/models/error') as new (code: string, message: string, detail?: Record<string, string>) => Error;

interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  store: { getResourcePath(bucket: string, key: string | undefined, resource: string): string; getBucket(name: string): Promise<unknown> };
  status: number;
  body: unknown;
}
type Next = () => Promise<void>;
type Middleware = (ctx: KoaContext, next: Next) => Promise<void>;

const noSuchUpload = () =>
  new S3Error('NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.');

/** "/bucket/some/key" as S3 reads it: the first segment is the bucket, the rest (decoded) the key. */
function target(ctx: KoaContext): { bucket: string; key: string | undefined } {
  const rest = ctx.path.replace(/^\/+/, '');
  const slash = rest.indexOf('/');
  try {
    if (slash < 0) return { bucket: decodeURIComponent(rest), key: undefined };
    const key = decodeURIComponent(rest.slice(slash + 1));
    return { bucket: decodeURIComponent(rest.slice(0, slash)), key: key === '' ? undefined : key };
  } catch {
    throw new S3Error('InvalidURI', "Couldn't parse the specified URI.");
  }
}

function one(ctx: KoaContext, name: string): string {
  const v = ctx.query[name];
  return typeof v === 'string' ? v : '';
}

function uploadsDir(ctx: KoaContext, bucket: string): string {
  return ctx.store.getResourcePath(bucket, undefined, 'uploads');
}

/** The folder of an open upload of `key`, or NoSuchUpload. */
async function uploadDirFor(ctx: KoaContext, bucket: string, key: string | undefined, uploadId: string): Promise<string> {
  if (!/^[0-9a-f]{32}$/.test(uploadId)) throw noSuchUpload();
  const dir = path.join(uploadsDir(ctx, bucket), uploadId);
  try {
    const stored = (await readFile(path.join(dir, 'key'))).toString();
    if (key !== undefined && stored !== key) throw new Error('other key');
  } catch {
    throw noSuchUpload();
  }
  return dir;
}

async function listParts(ctx: KoaContext, bucket: string, key: string): Promise<void> {
  const uploadId = one(ctx, 'uploadId');
  const dir = await uploadDirFor(ctx, bucket, key, uploadId);
  const parts = [];
  for (const name of await readdir(dir)) {
    if (!/^\d+$/.test(name)) continue;
    const info = await stat(path.join(dir, name));
    const md5 = (await readFile(path.join(dir, `${name}.md5`)).catch(() => Buffer.from(''))).toString().trim();
    parts.push({ PartNumber: Number(name), ETag: JSON.stringify(md5), Size: info.size, LastModified: info.mtime.toISOString() });
  }
  parts.sort((a, b) => a.PartNumber - b.PartNumber);
  ctx.body = {
    ListPartsResult: {
      '@': { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' },
      Bucket: bucket,
      Key: key,
      UploadId: uploadId,
      MaxParts: 10000,
      IsTruncated: false,
      Part: parts,
    },
  };
}

async function abortUpload(ctx: KoaContext, bucket: string, key: string): Promise<void> {
  const dir = await uploadDirFor(ctx, bucket, key, one(ctx, 'uploadId'));
  await rm(dir, { recursive: true, force: true });
  ctx.status = 204;
  ctx.body = '';
}

async function listUploads(ctx: KoaContext, bucket: string): Promise<void> {
  if (!(await ctx.store.getBucket(bucket))) throw new S3Error('NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });
  const prefix = one(ctx, 'prefix');
  const uploads = [];
  for (const id of await readdir(uploadsDir(ctx, bucket)).catch(() => [] as string[])) {
    const key = (await readFile(path.join(uploadsDir(ctx, bucket), id, 'key')).catch(() => Buffer.from(''))).toString();
    if (!key || !key.startsWith(prefix)) continue;
    const info = await stat(path.join(uploadsDir(ctx, bucket), id));
    uploads.push({ Key: key, UploadId: id, Initiated: info.birthtime.toISOString() });
  }
  uploads.sort((a, b) => a.Key.localeCompare(b.Key) || a.UploadId.localeCompare(b.UploadId));
  ctx.body = {
    ListMultipartUploadsResult: {
      '@': { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' },
      Bucket: bucket,
      Prefix: prefix,
      MaxUploads: 1000,
      IsTruncated: false,
      Upload: uploads,
    },
  };
}

/**
 * UploadPart (PUT) and CompleteMultipartUpload (POST) go on to s3rver only for an open upload of that key, and a
 * part number from 1 to 10000. A part that arrives while its upload is aborted is removed with the folder s3rver
 * made for it again.
 */
async function guardOpenUpload(ctx: KoaContext, next: Next, bucket: string, key: string): Promise<void> {
  const uploadId = one(ctx, 'uploadId');
  const dir = await uploadDirFor(ctx, bucket, key, uploadId);
  if (ctx.method === 'PUT') {
    const partNumber = one(ctx, 'partNumber');
    if (!/^[1-9]\d{0,4}$/.test(partNumber) || Number(partNumber) > 10_000)
      throw new S3Error('InvalidArgument', 'Part number must be an integer between 1 and 10000, inclusive', {
        ArgumentName: 'partNumber',
        ArgumentValue: partNumber,
      });
  }
  await next();
  if (
    ctx.method === 'PUT' &&
    !(await access(path.join(dir, 'key')).then(
      () => true,
      () => false,
    ))
  ) {
    await rm(dir, { recursive: true, force: true });
    throw noSuchUpload();
  }
}

export function multipartShim(): Middleware {
  return async (ctx, next) => {
    const hasUploadId = 'uploadId' in ctx.query;
    if (!hasUploadId && !(ctx.method === 'GET' && 'uploads' in ctx.query)) return next();
    const { bucket, key } = target(ctx);
    if (key === undefined) return ctx.method === 'GET' && 'uploads' in ctx.query ? listUploads(ctx, bucket) : next();
    if (!hasUploadId) return next();
    if (ctx.method === 'GET') return listParts(ctx, bucket, key);
    if (ctx.method === 'DELETE') return abortUpload(ctx, bucket, key);
    if (ctx.method === 'PUT' || ctx.method === 'POST') return guardOpenUpload(ctx, next, bucket, key);
    return next();
  };
}
