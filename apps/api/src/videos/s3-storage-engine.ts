import { Transform, type TransformCallback } from 'node:stream';
import type { Request } from 'express';
import multer, { type StorageEngine } from 'multer';
import { sniffFileType, SNIFF_BYTES, type SniffedType } from '@clapper/domain/file-signature';
import { CommonReason, FieldReason, VideosReason } from '@clapper/domain/refusals';
import { DomainError, fieldRefusal } from '../common/domain-error.js';
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

/**
 * The refusal of a file with no bytes, on either upload path. The engine's own refusals (this one, a body that is not
 * a form with one file) are field problems of a common.validation_failed, so every endpoint that takes a file may
 * give them without declaring them; the endpoints of the videos domain declare the videos reasons among them.
 */
export const emptyFile = (field: string) =>
  fieldRefusal(field, VideosReason.EmptyFile, {}, 'The file is empty (0 bytes). Choose the file again, or export it again if it was saved empty.');

/** The reasons the engine may give as field problems, for the @Refuses of the endpoints that take a file. */
export const FILE_FIELD_REFUSALS = [VideosReason.EmptyFile, VideosReason.NotMultipart, VideosReason.OneFileOnly] as const;

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

  /** the refusal of a file over the limit, whichever check finds it */
  readonly tooLarge = (): DomainError => this.o.tooLarge();

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
      if (err) return reject(toDomainError(err, field, engine.tooLarge));
      const file = (req as Request & { file?: Express.Multer.File & Partial<StoredFile> }).file;
      // text fields of the form obey the rule every other text input does (common/text-input.pipe.ts)
      const badField = findControlCharacter(req.body as unknown, '');
      if (badField !== null) {
        const stored = file?.key;
        const refusal = controlCharacterError(badField);
        return stored ? engine._removeFile(req, file, () => reject(refusal)) : reject(refusal);
      }
      if (!file?.key) return reject(fieldRefusal(field, FieldReason.Required, {}, `Send the file as multipart/form-data in the field "${field}".`));
      resolve({ key: file.key, size: file.size ?? 0, sha256: file.sha256 ?? '', sniffed: file.sniffed ?? 'unknown' });
    });
  });
}

function toDomainError(err: unknown, field: string, tooLarge: () => DomainError): unknown {
  if (err instanceof DomainError) return err;
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') return tooLarge();
    if (err.code === 'LIMIT_UNEXPECTED_FILE' || err.code === 'LIMIT_FILE_COUNT')
      return fieldRefusal(field, VideosReason.OneFileOnly, { field }, `Send exactly one file, in the field "${field}".`);
    return fieldRefusal(err.field ?? field, FieldReason.Invalid, {}, `The form data is not what this endpoint takes: ${err.message}`);
  }
  const storageCode = (err as { code?: string }).code;
  if (storageCode === 'unavailable')
    return new DomainError('storage_unavailable', CommonReason.StorageUnavailable, 'File storage is not answering. Please try again in a minute.', {});
  const message = err instanceof Error ? err.message : '';
  if (/Request (aborted|closed)|Unexpected end of form|Malformed part header/i.test(message))
    return new DomainError('bad_request', CommonReason.BadRequest, 'The upload was interrupted before it finished.', {});
  // busboy refuses a Content-Type it cannot split into parts (no boundary, not multipart, malformed)
  if (/Boundary not found|Unsupported content type|Malformed content type|Missing Content-Type/i.test(message))
    return fieldRefusal(
      field,
      VideosReason.NotMultipart,
      { field },
      `Send the file as multipart/form-data (with its boundary) in the field "${field}". Let the browser or HTTP client set the Content-Type header for the form.`,
    );
  return err;
}
