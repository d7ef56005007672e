import type { Readable } from 'node:stream';

export interface ObjectHead {
  key: string;
  size: number;
  contentType: string | null;
  etag: string | null;
  lastModified: Date | null;
}

export interface ObjectStream {
  body: Readable;
  size: number;
  contentType: string | null;
  /** present when a range was asked for: "bytes start-end/total" */
  contentRange: string | null;
}

export interface ByteRange {
  start: number;
  /** inclusive; omitted means to the end */
  end?: number;
}

export interface PutResult {
  key: string;
  size: number;
  sha256: string;
}

export interface UploadedPart {
  partNumber: number;
  etag: string;
  size: number;
}

export interface MultipartUploadInfo {
  key: string;
  uploadId: string;
  initiatedAt: Date | null;
}

export type StorageErrorCode = 'not_found' | 'unavailable' | 'invalid_range' | 'upload_not_found' | 'invalid_part' | 'failed';

/** Storage failures, in our own words. AWS errors never leave the S3 driver. */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface PresignGetOptions {
  expiresInSeconds?: number;
  downloadName?: string;
  /** signed for the endpoint the servers use (workers reading originals), not the one browsers see */
  internal?: boolean;
  /** the Cache-Control the response carries (e.g. 'private, max-age=3600' for a segment of an unpublished video) */
  cacheControl?: string;
}

/**
 * The one small interface for object storage. Nothing stored through it is ever public:
 * browsers get time-limited presigned URLs.
 */
export abstract class StoragePort {
  /** Streams a body to the key, hashing on the way; never holds the whole object in memory. */
  abstract put(key: string, body: Readable, options?: { contentType?: string; contentLength?: number }): Promise<PutResult>;
  abstract get(key: string, range?: ByteRange): Promise<ObjectStream>;
  /** null when the object does not exist */
  abstract head(key: string): Promise<ObjectHead | null>;
  abstract delete(key: string): Promise<void>;
  abstract list(prefix: string): Promise<ObjectHead[]>;
  /**
   * A time-limited GET, served as an attachment when opened as a page, never with another content type.
   */
  abstract presignGet(key: string, options?: PresignGetOptions): Promise<string>;

  /**
   * A secret key for the platform's own signed URLs (e.g. the ladder's playlists), derived from the storage's secret,
   * so every replica of the API gets the same key for the same purpose and none stores another secret.
   */
  abstract signingKey(purpose: string): Buffer;

  /** The content type is the platform's choice (from an allow-list), fixed here for the whole object. */
  abstract createMultipartUpload(key: string, contentType: string): Promise<string>;
  /** A PUT URL for one part, good only for a body of exactly `contentLength` bytes (signed into the URL). */
  abstract presignUploadPart(key: string, uploadId: string, partNumber: number, contentLength: number, expiresInSeconds?: number): Promise<string>;
  abstract listParts(key: string, uploadId: string): Promise<UploadedPart[]>;
  abstract completeMultipartUpload(key: string, uploadId: string, parts: { partNumber: number; etag: string }[]): Promise<ObjectHead>;
  abstract abortMultipartUpload(key: string, uploadId: string): Promise<void>;
  abstract listMultipartUploads(prefix?: string): Promise<MultipartUploadInfo[]>;

  /**
   * Creates the bucket when missing and sets its CORS for the given browser origins; with
   * abortIncompleteUploadsAfterDays, also a lifecycle rule that aborts multipart uploads left unfinished that long.
   */
  abstract ensureBucket(allowedOrigins: string[], options?: { abortIncompleteUploadsAfterDays?: number }): Promise<void>;
  /** For health checks: can we reach the bucket? */
  abstract ping(): Promise<void>;
}
