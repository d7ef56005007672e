import { createHmac } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetBucketLifecycleConfigurationCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  ListPartsCommand,
  PutBucketCorsCommand,
  PutBucketLifecycleConfigurationCommand,
  S3Client,
  PutObjectCommand,
  S3ServiceException,
  UploadPartCommand,
  type LifecycleRule,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import {
  StorageError,
  StoragePort,
  type ByteRange,
  type MultipartUploadInfo,
  type ObjectHead,
  type ObjectStream,
  type PresignGetOptions,
  type PutResult,
  type UploadedPart,
} from './storage.port.js';
import { attachment } from '../common/content-disposition.js';
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
  /**
   * true when the endpoint is the embedded s3rver (runtime.ts started it, or the test harness did): the SDK then
   * adds checksums only where S3 requires them. Against any other S3 server its default integrity stays on.
   */
  embedded: boolean;
}

const DEFAULT_EXPIRY_SECONDS = 15 * 60;
/** the lifecycle rule ensureBucket keeps for unfinished multipart uploads */
export const INCOMPLETE_UPLOAD_RULE_ID = 'clapper-abort-incomplete-uploads';

/** S3's largest part */
const MAX_PART_BYTES = 5 * 1024 * 1024 * 1024;

type ChecksumSetting = 'WHEN_SUPPORTED' | 'WHEN_REQUIRED';
export interface ChecksumSettings {
  requestChecksumCalculation: ChecksumSetting;
  responseChecksumValidation: ChecksumSetting;
}

/**
 * The SDK's data integrity for the requests the server sends itself. By default (WHEN_SUPPORTED) it sends a CRC32
 * with every upload and checks those S3 returns. s3rver stores a streamed upload sent that way corrupted (it does not
 * decode the aws-chunked body that carries the checksum), so on the embedded endpoint checksums go only where S3
 * requires them.
 */
export function checksumSettings(embedded: boolean): ChecksumSettings {
  return embedded
    ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
    : { requestChecksumCalculation: 'WHEN_SUPPORTED', responseChecksumValidation: 'WHEN_SUPPORTED' };
}

/**
 * Presigned URLs carry no checksum on any endpoint: one computed when signing is of the empty body the SDK holds
 * then (the browser sends the bytes later), and S3 would refuse every part as BadDigest. A part's integrity is its
 * signed Content-Length and the ETag the API compares before completing.
 */
const PRESIGN_CHECKSUMS: ChecksumSettings = { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' };

function makeClient(endpoint: string, o: S3StorageOptions, checksums: ChecksumSettings): S3Client {
  return new S3Client({
    endpoint,
    region: o.region,
    forcePathStyle: o.forcePathStyle,
    credentials: { accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey },
    ...checksums,
    maxAttempts: 3,
  });
}

export class S3Storage extends StoragePort {
  /** the server's own requests, with the integrity checksumSettings chose */
  private readonly client: S3Client;
  /** signs URLs for the servers' endpoint (workers reading originals) */
  private readonly signer: S3Client;
  /** signs URLs for the endpoint browsers see */
  private readonly publicSigner: S3Client;
  private readonly bucket: string;
  private readonly secret: string;

  constructor(options: S3StorageOptions) {
    super();
    this.secret = options.secretAccessKey;
    this.client = makeClient(options.endpoint, options, checksumSettings(options.embedded));
    this.signer = options.embedded ? this.client : makeClient(options.endpoint, options, PRESIGN_CHECKSUMS);
    this.publicSigner = options.publicEndpoint === options.endpoint ? this.signer : makeClient(options.publicEndpoint, options, PRESIGN_CHECKSUMS);
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
          new CompleteMultipartUploadCommand({
            Bucket,
            Key: key,
            UploadId,
            MultipartUpload: { Parts: parts.map((p) => ({ PartNumber: p.partNumber, ETag: p.etag })) },
          }),
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
   * The only response overrides ever signed are that attachment disposition and a Cache-Control: never a content type,
   * so an object is served with the type the platform recorded when it stored it.
   */
  async presignGet(key: string, options: PresignGetOptions = {}): Promise<string> {
    const disposition = options.downloadName ? attachment(options.downloadName) : 'attachment';
    return getSignedUrl(
      options.internal ? this.signer : this.publicSigner,
      new GetObjectCommand({ Bucket: this.bucket, Key: key, ResponseContentDisposition: disposition, ResponseCacheControl: options.cacheControl }),
      {
        expiresIn: options.expiresInSeconds ?? DEFAULT_EXPIRY_SECONDS,
      },
    );
  }

  signingKey(purpose: string): Buffer {
    return createHmac('sha256', this.secret).update(`clapper:${purpose}`).digest();
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
   * platform, and nothing the browser sends with a part changes it. The part's length is signed into the URL
   * (Content-Length among the signed headers), so a PUT of any other size fails the signature.
   */
  async presignUploadPart(
    key: string,
    uploadId: string,
    partNumber: number,
    contentLength: number,
    expiresInSeconds = DEFAULT_EXPIRY_SECONDS,
  ): Promise<string> {
    if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10_000) throw new StorageError('invalid_part', 'Part numbers run from 1 to 10000.');
    if (!Number.isSafeInteger(contentLength) || contentLength < 0 || contentLength > MAX_PART_BYTES)
      throw new StorageError('invalid_part', 'A part holds from 0 bytes to 5 GiB.');
    return getSignedUrl(
      this.publicSigner,
      new UploadPartCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, PartNumber: partNumber, ContentLength: contentLength }),
      { expiresIn: expiresInSeconds, signableHeaders: new Set(['content-length']) },
    );
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

  /**
   * Creates the bucket when missing and sets its CORS. With abortIncompleteUploadsAfterDays, also keeps the bucket's
   * lifecycle rule INCOMPLETE_UPLOAD_RULE_ID aborting multipart uploads left unfinished that many days (the bucket's
   * other lifecycle rules are kept): servers without lifecycle rules (s3rver) refuse it with StorageError 'failed'.
   */
  async ensureBucket(allowedOrigins: string[], options: { abortIncompleteUploadsAfterDays?: number } = {}): Promise<void> {
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
    if (options.abortIncompleteUploadsAfterDays !== undefined) await this.ensureIncompleteUploadRule(options.abortIncompleteUploadsAfterDays);
  }

  private async ensureIncompleteUploadRule(days: number): Promise<void> {
    const refused = (err: unknown): StorageError => {
      // a 501, which toStorageError would take for a server that is down and worth waiting for
      if ((err as { name?: string }).name === 'NotImplemented')
        return new StorageError('failed', 'The storage service has no bucket lifecycle rules: it answered NotImplemented to PutBucketLifecycleConfiguration.');
      const e = toStorageError(err, this.bucket);
      return new StorageError(e.code, `Setting the bucket's lifecycle rule failed: ${e.message}`);
    };
    let rules: LifecycleRule[] = [];
    try {
      rules = (await this.client.send(new GetBucketLifecycleConfigurationCommand({ Bucket: this.bucket }))).Rules ?? [];
    } catch (err) {
      if ((err as { name?: string }).name !== 'NoSuchLifecycleConfiguration') throw refused(err);
    }
    // the prefix inside Filter, not the deprecated Rule-level Prefix, which some servers (Garage) refuse
    const rule: LifecycleRule = {
      ID: INCOMPLETE_UPLOAD_RULE_ID,
      Status: 'Enabled',
      Filter: { Prefix: '' },
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: days },
    };
    try {
      await this.client.send(
        new PutBucketLifecycleConfigurationCommand({
          Bucket: this.bucket,
          LifecycleConfiguration: { Rules: [...rules.filter((r) => r.ID !== INCOMPLETE_UPLOAD_RULE_ID), rule] },
        }),
      );
    } catch (err) {
      throw refused(err);
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
    for (const c of new Set([this.client, this.signer, this.publicSigner])) c.destroy();
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
