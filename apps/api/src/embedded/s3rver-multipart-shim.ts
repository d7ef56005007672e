import { createRequire } from 'node:module';
import path from 'node:path';
import { readdir, readFile, rm, stat } from 'node:fs/promises';

/**
 * s3rver implements CreateMultipartUpload, UploadPart and CompleteMultipartUpload, but not ListParts,
 * AbortMultipartUpload or ListMultipartUploads, which the platform needs (to check uploads against the
 * size limit, and to clean up abandoned ones). This adds those three to the embedded endpoint, reading
 * s3rver's own upload folders, behind the endpoint's signature check (s3-signature-check.ts) and s3rver's own.
 */
const require = createRequire(import.meta.url);
const Router = require('@koa/router');
const authenticationMiddleware = require('s3rver/lib/middleware/authentication');
const S3Error = require('s3rver/lib/models/error');

interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | undefined>;
  params: { bucket: string; key?: string };
  store: { getResourcePath(bucket: string, key: string | undefined, resource: string): string; getBucket(name: string): Promise<unknown> };
  status: number;
  body: unknown;
}
type Next = () => Promise<void>;
type Middleware = (ctx: KoaContext, next: Next) => Promise<void>;

function uploadsDir(ctx: KoaContext): string {
  return ctx.store.getResourcePath(ctx.params.bucket, undefined, 'uploads');
}

async function uploadDirFor(ctx: KoaContext, uploadId: string): Promise<string> {
  if (!/^[0-9a-f]{32}$/.test(uploadId)) throw new S3Error('NoSuchUpload', 'The specified upload does not exist.');
  const dir = path.join(uploadsDir(ctx), uploadId);
  try {
    const key = (await readFile(path.join(dir, 'key'))).toString();
    if (ctx.params.key !== undefined && key !== ctx.params.key) throw new Error('other key');
  } catch {
    throw new S3Error('NoSuchUpload', 'The specified upload does not exist.');
  }
  return dir;
}

export function multipartShim(): Middleware {
  const router = new Router();
  router.use('/:bucket?/:key*', authenticationMiddleware());
  router.get('/:bucket/:key+', async (ctx: KoaContext) => {
    const dir = await uploadDirFor(ctx, ctx.query.uploadId ?? '');
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
        Bucket: ctx.params.bucket,
        Key: ctx.params.key,
        UploadId: ctx.query.uploadId,
        MaxParts: 10000,
        IsTruncated: false,
        Part: parts,
      },
    };
  });
  router.delete('/:bucket/:key+', async (ctx: KoaContext) => {
    const dir = await uploadDirFor(ctx, ctx.query.uploadId ?? '');
    await rm(dir, { recursive: true, force: true });
    ctx.status = 204;
    ctx.body = '';
  });
  router.get('/:bucket', async (ctx: KoaContext) => {
    if (!(await ctx.store.getBucket(ctx.params.bucket))) throw new S3Error('NoSuchBucket', 'The specified bucket does not exist', { BucketName: ctx.params.bucket });
    const prefix = ctx.query.prefix ?? '';
    const uploads = [];
    for (const id of await readdir(uploadsDir(ctx)).catch(() => [] as string[])) {
      const key = (await readFile(path.join(uploadsDir(ctx), id, 'key')).catch(() => Buffer.from(''))).toString();
      if (!key || !key.startsWith(prefix)) continue;
      const info = await stat(path.join(uploadsDir(ctx), id));
      uploads.push({ Key: key, UploadId: id, Initiated: info.birthtime.toISOString() });
    }
    uploads.sort((a, b) => a.Key.localeCompare(b.Key) || a.UploadId.localeCompare(b.UploadId));
    ctx.body = {
      ListMultipartUploadsResult: {
        '@': { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' },
        Bucket: ctx.params.bucket,
        Prefix: prefix,
        MaxUploads: 1000,
        IsTruncated: false,
        Upload: uploads,
      },
    };
  });
  const routes: Middleware = router.routes();
  return async (ctx, next) => {
    const segments = ctx.path.split('/').filter(Boolean).length;
    const handles =
      (ctx.method === 'GET' && segments >= 2 && 'uploadId' in ctx.query) ||
      (ctx.method === 'DELETE' && segments >= 2 && 'uploadId' in ctx.query) ||
      (ctx.method === 'GET' && segments === 1 && 'uploads' in ctx.query);
    return handles ? routes(ctx, next) : next();
  };
}
