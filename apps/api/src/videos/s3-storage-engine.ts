import { Transform, type TransformCallback } from 'node:stream';
import type { Request } from 'express';
import multer, { type StorageEngine } from 'multer';
import { sniffFileType, SNIFF_BYTES, type SniffedType } from '@clapper/domain/file-signature';
import { DomainError } from '../common/domain-error.js';
import { controlCharacterError, findControlCharacter } from '../common/text-input.pipe.js';
import type { StoragePort } from '../storage/storage.port.js';

export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
  sniffed: SniffedType;
}

export interface S3StorageEngineOptions {
  storage: StoragePort;
  /** where the one file goes */
  key: string;
  contentType: string;
  maxBytes: number;
  /** the kinds of file we take, by content; anything else is refused before a byte is stored */
  accept: readonly SniffedType[];
  /** the refusal for a file of another kind */
  refuse: (sniffed: SniffedType) => DomainError;
  tooLarge: () => DomainError;
}

/** The refusal of a file with no bytes, on either upload path (the web shows its own text for details.reason). */
export const emptyFile = (field: string) =>
  new DomainError(
    'validation_failed',
    'The file is empty (0 bytes). Choose the file again, or export it again if it was saved empty.',
    [{ field, messages: ['the file has no content'] }],
    {
      reason: 'empty_file',
    },
  );

/**
 * Counts bytes and refuses past the limit; holds back the first bytes until it knows what the file is.
 * Nothing reaches storage before the content has been sniffed and accepted.
 */
class GuardStream extends Transform {
  private head: Buffer[] = [];
  private headLength = 0;
  private count = 0;
  sniffed: SniffedType | null = null;
  failure: DomainError | null = null;

  constructor(private readonly o: S3StorageEngineOptions) {
    super();
  }

  private fail(err: DomainError, cb: TransformCallback): void {
    this.failure = err;
    cb(err);
  }

  private release(): DomainError | null {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.sniffed = sniffFileType(head.subarray(0, SNIFF_BYTES));
    if (!this.o.accept.includes(this.sniffed)) return this.o.refuse(this.sniffed);
    if (head.length) this.push(head);
    return null;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.count += chunk.length;
    if (this.count > this.o.maxBytes) return this.fail(this.o.tooLarge(), cb);
    if (this.sniffed) return cb(null, chunk);
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength >= SNIFF_BYTES) {
      const refused = this.release();
      if (refused) return this.fail(refused, cb);
    }
    cb();
  }

  override _flush(cb: TransformCallback): void {
    if (this.count === 0) return this.fail(emptyFile('file'), cb);
    if (!this.sniffed) {
      const refused = this.release();
      if (refused) return this.fail(refused, cb);
    }
    cb();
  }
}

/**
 * A multer storage engine that streams the one file of a request to object storage through StoragePort.put
 * (which hashes it on the way): no memory buffering of the whole file, no temp file. Too large or of the wrong
 * kind, the upload stops and whatever was stored is deleted.
 */
export class S3StorageEngine implements StorageEngine {
  constructor(private readonly o: S3StorageEngineOptions) {}

  _handleFile(_req: Request, file: Express.Multer.File, cb: (error?: unknown, info?: Partial<Express.Multer.File> & Partial<StoredFile>) => void): void {
    const guard = new GuardStream(this.o);
    const source = file.stream;
    guard.on('error', () => {
      // stop feeding the guard, but let the rest of the request drain so the client reads our answer
      source.unpipe(guard);
      source.resume();
    });
    // pipe() passes no error on: a request cut off (client gone, or closed by the server's timeouts) would leave the
    // storage write waiting for bytes for ever, its multipart upload open. Failing the guard aborts it.
    source.once('error', (err) => guard.destroy(err));
    source.once('close', () => !source.readableEnded && guard.destroy(new Error('Request closed before the file ended')));
    source.pipe(guard);
    this.o.storage.put(this.o.key, guard, { contentType: this.o.contentType }).then(
      (put) => {
        if (guard.failure)
          return this.o.storage.delete(this.o.key).then(
            () => cb(guard.failure),
            () => cb(guard.failure),
          );
        cb(null, { key: put.key, size: put.size, sha256: put.sha256, sniffed: guard.sniffed ?? 'unknown' });
      },
      (err: unknown) => cb(guard.failure ?? err),
    );
  }

  _removeFile(_req: Request, file: Express.Multer.File & Partial<StoredFile>, cb: (error: Error | null) => void): void {
    if (!file.key) return cb(null);
    this.o.storage.delete(file.key).then(
      () => cb(null),
      (err: Error) => cb(err),
    );
  }
}

/**
 * Runs multer for one request with one file in `field`, streaming it through the engine. Resolves with what was
 * stored; rejects with a DomainError (multer's own errors are turned into ours).
 */
export function receiveOneFile(req: Request, res: unknown, field: string, engine: S3StorageEngine, maxBytes: number): Promise<StoredFile> {
  const upload = multer({
    storage: engine,
    limits: { files: 1, fileSize: maxBytes, fields: 5, fieldSize: 1024, fieldNameSize: 100, parts: 6, headerPairs: 50 },
    // browsers send file names as raw UTF-8 in the part header: read them so ("วิดีโอ.mp4", not "à¸§à¸´…")
    defParamCharset: 'utf8',
  }).single(field);
  return new Promise<StoredFile>((resolve, reject) => {
    upload(req, res as never, (err: unknown) => {
      if (err) return reject(toDomainError(err, field, maxBytes));
      const file = (req as Request & { file?: Express.Multer.File & Partial<StoredFile> }).file;
      // text fields of the form obey the rule every other text input does (common/text-input.pipe.ts)
      const badField = findControlCharacter(req.body as unknown, '');
      if (badField !== null) {
        const stored = file?.key;
        const refusal = controlCharacterError(badField);
        return stored ? engine._removeFile(req, file, () => reject(refusal)) : reject(refusal);
      }
      if (!file?.key)
        return reject(
          new DomainError('validation_failed', `Send the file as multipart/form-data in the field "${field}".`, [{ field, messages: ['a file is required'] }]),
        );
      resolve({ key: file.key, size: file.size ?? 0, sha256: file.sha256 ?? '', sniffed: file.sniffed ?? 'unknown' });
    });
  });
}

function toDomainError(err: unknown, field: string, maxBytes: number): unknown {
  if (err instanceof DomainError) return err;
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE')
      return new DomainError('payload_too_large', `The file is larger than the limit of ${maxBytes} bytes.`, undefined, { maxBytes });
    if (err.code === 'LIMIT_UNEXPECTED_FILE' || err.code === 'LIMIT_FILE_COUNT')
      return new DomainError('validation_failed', `Send exactly one file, in the field "${field}".`, [{ field, messages: ['exactly one file is allowed'] }]);
    return new DomainError('validation_failed', 'The form data is not what this endpoint takes.', [{ field: err.field ?? field, messages: [err.message] }]);
  }
  const storageCode = (err as { code?: string }).code;
  if (storageCode === 'unavailable') return new DomainError('storage_unavailable', 'File storage is not answering. Please try again in a minute.');
  const message = err instanceof Error ? err.message : '';
  if (/Request (aborted|closed)|Unexpected end of form|Malformed part header/i.test(message))
    return new DomainError('bad_request', 'The upload was interrupted before it finished.');
  // busboy refuses a Content-Type it cannot split into parts (no boundary, not multipart, malformed)
  if (/Boundary not found|Unsupported content type|Malformed content type|Missing Content-Type/i.test(message))
    return new DomainError(
      'bad_request',
      `Send the file as multipart/form-data (with its boundary) in the field "${field}". Let the browser or HTTP client set the Content-Type header for the form.`,
      undefined,
      { reason: 'invalid_multipart' },
    );
  return err;
}
