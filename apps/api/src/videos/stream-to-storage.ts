import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { sniffFileType, SNIFF_BYTES, type SniffedType } from '@clapper/domain/file-signature';
import { CommonReason, VideosReason } from '@clapper/domain/refusals';
import { DomainError, fieldRefusal } from '../common/domain-error.js';
import { StorageError, type StoragePort } from '../storage/storage.port.js';

/**
 * One file sent with a request, handed to a service before a byte of it is read: the service first decides whether
 * it takes a file from this actor at all (a refusal then leaves the request body unread), and only then opens it.
 * The controller builds it from the request (videos/multipart-request.ts); services see no HTTP objects.
 */
export interface IncomingFile {
  /**
   * Starts reading the request. Resolves when the file begins; rejects with the refusal (a DomainError) when the
   * request holds no such file (not a form, no file, another field).
   */
  open(): Promise<OpenedFile>;
}

export interface OpenedFile {
  /**
   * The file's bytes. The stream ends only once the whole request has been read and holds nothing that is refused
   * (a second file, a text field with a control character); otherwise it fails with that refusal, or with the reason
   * the request stopped (client gone, timed out). Destroy it to stop reading: the rest of the request is drained.
   */
  stream: Readable;
  /** the name the client gave the file, as sent (clean it before keeping it) */
  fileName: string;
  /** the Content-Type the client declared for the file: a claim only, the bytes decide what it is */
  contentType: string;
}

export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
  sniffed: SniffedType;
}

export interface StreamToStorageOptions {
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
 * The refusal of a file with no bytes, on either upload path. It and the refusals of a body that is not a form with
 * one file (videos/multipart-request.ts) are field problems of a common.validation_failed, so every endpoint that
 * takes a file may give them without declaring them; the endpoints of the videos domain declare the videos reasons.
 */
export const emptyFile = (field: string) =>
  fieldRefusal(field, VideosReason.EmptyFile, {}, 'The file is empty (0 bytes). Choose the file again, or export it again if it was saved empty.');

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

  constructor(private readonly o: StreamToStorageOptions) {
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
 * Streams one file to object storage through StoragePort.put (which hashes it on the way): no memory buffering of
 * the whole file, no temp file. Too large, of the wrong kind or empty, the upload stops and whatever was stored is
 * deleted; so it is when the file fails (the request was refused or cut off), with the file's own error.
 */
export async function streamToStorage(file: Readable, o: StreamToStorageOptions): Promise<StoredFile> {
  // refused or cut off between the file's opening and now: its error has gone by before anyone here listened
  if (file.destroyed) throw file.errored ?? new Error('The file closed before it was read');
  const guard = new GuardStream(o);
  let fileFailure: unknown = null;
  // refused: stop reading (the rest of the request is drained, so the client reads our answer)
  guard.on('error', () => {
    file.unpipe(guard);
    file.destroy();
  });
  // pipe() passes no error on: a file cut off (client gone, request closed by the server's timeouts, or refused
  // after it) would leave the storage write waiting for bytes for ever, its multipart upload open. Failing the
  // guard aborts it.
  file.once('error', (err) => {
    fileFailure = err;
    guard.destroy(err);
  });
  file.once('close', () => !file.readableEnded && guard.destroy(new Error('The file closed before it ended')));
  file.pipe(guard);
  try {
    const put = await o.storage.put(o.key, guard, { contentType: o.contentType });
    if (guard.failure) {
      await o.storage.delete(o.key).catch(() => undefined);
      throw guard.failure;
    }
    return { key: put.key, size: put.size, sha256: put.sha256, sniffed: guard.sniffed ?? 'unknown' };
  } catch (err) {
    // storage failed on its own (not answering): stop reading the request too
    if (!file.destroyed) file.destroy();
    throw guard.failure ?? fileFailure ?? storageFailure(err);
  }
}

function storageFailure(err: unknown): unknown {
  if (err instanceof StorageError && err.code === 'unavailable')
    return new DomainError('storage_unavailable', CommonReason.StorageUnavailable, 'File storage is not answering. Please try again in a minute.', {});
  return err;
}
