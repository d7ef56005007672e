import { PassThrough, Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  ListPartsCommand,
  PutBucketCorsCommand,
  S3Client,
  PutObjectCommand,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import {
  StorageError,
  StoragePort,
  type ByteRange,
  type MultipartUploadInfo,
  type ObjectHead,
  type ObjectStream,
  type PutResult,
  type UploadedPart,
} from './storage.port.js';
import { streamInParts, type PartSink } from './part-streamer.js';

export interface S3StorageOptions {
  endpoint: string;
  /** the endpoint browsers see; presigned URLs are signed for it */
  publicEndpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

const DEFAULT_EXPIRY_SECONDS = 15 * 60;

function makeClient(endpoint: string, o: S3StorageOptions): S3Client {
  return new S3Client({
    endpoint,
    region: o.region,
    forcePathStyle: o.forcePathStyle,
    credentials: { accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey },
    // With the SDK's default checksums a streamed PutObject is stored corrupted on s3rver (STACK.md).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
}

export class S3Storage extends StoragePort {
  private readonly client: S3Client;
  private readonly publicClient: S3Client;
  private readonly bucket: string;

  constructor(options: S3StorageOptions) {
    super();
    this.client = makeClient(options.endpoint, options);
    this.publicClient = options.publicEndpoint === options.endpoint ? this.client : makeClient(options.publicEndpoint, options);
    this.bucket = options.bucket;
  }

  async put(key: string, body: Readable, options: { contentType?: string; contentLength?: number } = {}): Promise<PutResult> {
    const Bucket = this.bucket;
    const ContentType = options.contentType ?? 'application/octet-stream';
    const sink: PartSink = {
      putWhole: async (Body) => void (await this.client.send(new PutObjectCommand({ Bucket, Key: key, Body, ContentType }))),
      begin: () => this.createMultipartUpload(key, ContentType),
      uploadPart: async (UploadId, PartNumber, Body) => (await this.client.send(new UploadPartCommand({ Bucket, Key: key, UploadId, PartNumber, Body }))).ETag!,
      complete: async (UploadId, parts) =>
        void (await this.client.send(
          new CompleteMultipartUploadCommand({ Bucket, Key: key, UploadId, MultipartUpload: { Parts: parts.map((p) => ({ PartNumber: p.partNumber, ETag: p.etag })) } }),
        )),
      abort: (uploadId) => this.abortMultipartUpload(key, uploadId),
    };
    try {
      const put = await streamInParts(body, sink);
      return { key, ...put };
    } catch (err) {
      if (err instanceof StorageError) throw err;
      throw toStorageError(err, key);
    }
  }

  async get(key: string, range?: ByteRange): Promise<ObjectStream> {
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end ?? ''}` : undefined }),
      );
      const body = out.Body instanceof Readable ? out.Body : Readable.from(new PassThrough());
      return { body, size: out.ContentLength ?? 0, contentType: out.ContentType ?? null, contentRange: out.ContentRange ?? null };
    } catch (err) {
      throw toStorageError(err, key);
    }
  }

  async head(key: string): Promise<ObjectHead | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { key, size: out.ContentLength ?? 0, contentType: out.ContentType ?? null, etag: out.ETag ?? null, lastModified: out.LastModified ?? null };
    } catch (err) {
      const e = toStorageError(err, key);
      if (e.code === 'not_found') return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (err) {
      const e = toStorageError(err, key);
      if (e.code !== 'not_found') throw e;
    }
  }

  async list(prefix: string): Promise<ObjectHead[]> {
    const out: ObjectHead[] = [];
    let token: string | undefined;
    try {
      do {
        const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? [])
          out.push({ key: o.Key!, size: o.Size ?? 0, contentType: null, etag: o.ETag ?? null, lastModified: o.LastModified ?? null });
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    } catch (err) {
      throw toStorageError(err, prefix);
    }
    return out;
  }

  /**
   * Signs a GET that is served as a download if it is ever opened as a page (media elements play it all the same).
   * The only response override ever signed is that attachment disposition: never a content type, so an object is
   * served with the type the platform recorded when it stored it.
   */
  async presignGet(key: string, options: { expiresInSeconds?: number; downloadName?: string; internal?: boolean } = {}): Promise<string> {
    const disposition = options.downloadName ? `attachment; filename*=UTF-8''${encodeURIComponent(options.downloadName)}` : 'attachment';
    return getSignedUrl(options.internal ? this.client : this.publicClient, new GetObjectCommand({ Bucket: this.bucket, Key: key, ResponseContentDisposition: disposition }), {
      expiresIn: options.expiresInSeconds ?? DEFAULT_EXPIRY_SECONDS,
    });
  }

  async createMultipartUpload(key: string, contentType: string): Promise<string> {
    try {
      const out = await this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: contentType }));
      if (!out.UploadId) throw new StorageError('failed', 'The storage service returned no upload id.');
      return out.UploadId;
    } catch (err) {
      if (err instanceof StorageError) throw err;
      throw toStorageError(err, key);
    }
  }

  /**
   * A part of an upload begun with createMultipartUpload: the object's content type was fixed there, by the
   * platform, and nothing the browser sends with a part changes it.
   */
  async presignUploadPart(key: string, uploadId: string, partNumber: number, expiresInSeconds = DEFAULT_EXPIRY_SECONDS): Promise<string> {
    if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10_000) throw new StorageError('invalid_part', 'Part numbers run from 1 to 10000.');
    return getSignedUrl(this.publicClient, new UploadPartCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, PartNumber: partNumber }), {
      expiresIn: expiresInSeconds,
    });
  }

  async listParts(key: string, uploadId: string): Promise<UploadedPart[]> {
    const parts: UploadedPart[] = [];
    let marker: string | undefined;
    try {
      do {
        const page = await this.client.send(new ListPartsCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, PartNumberMarker: marker }));
        for (const p of page.Parts ?? []) parts.push({ partNumber: p.PartNumber!, etag: p.ETag!, size: p.Size ?? 0 });
        marker = page.IsTruncated ? page.NextPartNumberMarker : undefined;
      } while (marker);
    } catch (err) {
      throw toStorageError(err, key, 'upload_not_found');
    }
    return parts.sort((a, b) => a.partNumber - b.partNumber);
  }

  async completeMultipartUpload(key: string, uploadId: string, parts: { partNumber: number; etag: string }[]): Promise<ObjectHead> {
    try {
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key: key,
          UploadId: uploadId,
          MultipartUpload: { Parts: [...parts].sort((a, b) => a.partNumber - b.partNumber).map((p) => ({ PartNumber: p.partNumber, ETag: p.etag })) },
        }),
      );
    } catch (err) {
      throw toStorageError(err, key, 'upload_not_found');
    }
    const head = await this.head(key);
    if (!head) throw new StorageError('failed', 'The upload completed but the object cannot be found.');
    return head;
  }

  async abortMultipartUpload(key: string, uploadId: string): Promise<void> {
    try {
      await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId }));
    } catch (err) {
      const e = toStorageError(err, key, 'upload_not_found');
      if (e.code !== 'upload_not_found') throw e;
    }
  }

  async listMultipartUploads(prefix?: string): Promise<MultipartUploadInfo[]> {
    const out: MultipartUploadInfo[] = [];
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    try {
      do {
        const page = await this.client.send(
          new ListMultipartUploadsCommand({ Bucket: this.bucket, Prefix: prefix, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker }),
        );
        for (const u of page.Uploads ?? []) out.push({ key: u.Key!, uploadId: u.UploadId!, initiatedAt: u.Initiated ?? null });
        keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
        uploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
      } while (keyMarker);
    } catch (err) {
      throw toStorageError(err, prefix ?? '');
    }
    return out;
  }

  async ensureBucket(allowedOrigins: string[]): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (err) {
      const e = toStorageError(err, this.bucket);
      if (e.code !== 'not_found') throw e;
      try {
        await this.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
      } catch (createErr) {
        const name = (createErr as { name?: string }).name;
        if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw toStorageError(createErr, this.bucket);
      }
    }
    try {
      await this.client.send(
        new PutBucketCorsCommand({
          Bucket: this.bucket,
          CORSConfiguration: {
            CORSRules: [
              {
                AllowedOrigins: allowedOrigins,
                AllowedMethods: ['GET', 'PUT', 'HEAD'],
                AllowedHeaders: ['*'],
                ExposeHeaders: ['ETag', 'Content-Length', 'Content-Range', 'Accept-Ranges'],
                MaxAgeSeconds: 3600,
              },
            ],
          },
        }),
      );
    } catch (err) {
      throw toStorageError(err, this.bucket);
    }
  }

  async ping(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (err) {
      throw toStorageError(err, this.bucket);
    }
  }

  destroy(): void {
    this.client.destroy();
    if (this.publicClient !== this.client) this.publicClient.destroy();
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

function toStorageError(err: unknown, key: string, notFoundCode: 'not_found' | 'upload_not_found' = 'not_found'): StorageError {
  if (err instanceof StorageError) return err;
  if (err instanceof S3ServiceException) {
    const status = err.$metadata?.httpStatusCode;
    if (err.name === 'NoSuchUpload') return new StorageError('upload_not_found', `No upload in progress for ${key}.`);
    if (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.name === 'NoSuchBucket' || status === 404)
      return new StorageError(notFoundCode, `Nothing is stored at ${key}.`);
    if (err.name === 'InvalidRange' || status === 416) return new StorageError('invalid_range', 'The requested byte range is outside the object.');
    if (err.name === 'InvalidPart' || err.name === 'InvalidPartOrder' || err.name === 'EntityTooSmall')
      return new StorageError('invalid_part', 'The uploaded parts do not fit together; upload the missing parts again.');
    if (status !== undefined && status >= 500) return new StorageError('unavailable', 'The storage service is not answering.');
    return new StorageError('failed', `The storage service refused the request (${err.name}).`);
  }
  const e = err as { code?: string; name?: string; message?: string; cause?: { code?: string }; errors?: { code?: string }[] };
  const codes = [e.code, e.cause?.code, ...(e.errors ?? []).map((x) => x.code), ...(String(e.message ?? '').match(/\bE[A-Z_]{4,}\b/g) ?? [])];
  if (codes.some((c) => c && NETWORK_CODES.has(c)) || e.name === 'TimeoutError')
    return new StorageError('unavailable', 'The storage service cannot be reached.');
  return new StorageError('failed', 'The storage request failed.');
}
