import { PassThrough } from 'node:stream';
import type { Request, Response } from 'express';
import multer, { type StorageEngine } from 'multer';
import { CommonReason, FieldReason, VideosReason } from '@clapper/domain/refusals';
import { DomainError, fieldRefusal } from '../common/domain-error.js';
import { controlCharacterError, findControlCharacter } from '../common/text-input.pipe.js';
import type { IncomingFile, OpenedFile } from './stream-to-storage.js';

/**
 * The controllers' side of a file upload, and the one place outside the controllers that reads a multipart request:
 * multer (over busboy) splits the form, and the file's bytes are handed on as a stream, with its name and declared
 * type, to the service that checks and stores them (videos/stream-to-storage.ts).
 */

const FIELD = 'file';
// the file's size is the service's to limit (it knows the competition's rules); the form's other parts are ours
const LIMITS = { files: 1, fields: 5, fieldSize: 1024, fieldNameSize: 100, parts: 6, headerPairs: 50 };

/** The reasons a file upload may give as field problems, for the @Refuses of the endpoints that take a file. */
export const FILE_FIELD_REFUSALS = [VideosReason.EmptyFile, VideosReason.NotMultipart, VideosReason.OneFileOnly] as const;

/**
 * Runs `use` with the one file of the request (multipart/form-data, field "file"), which it opens once it has decided
 * to take it. When `use` fails while the request is being read, the answer waits until the rest of the request has
 * been drained (or the client is gone), so that a client still sending reads it instead of a broken pipe.
 */
export async function withOneFile<T>(req: Request, use: (file: IncomingFile) => Promise<T>): Promise<T> {
  const file = new OneFileOfRequest(req);
  try {
    return await use(file);
  } catch (err) {
    await file.settled();
    throw err;
  }
}

class OneFileOfRequest implements IncomingFile {
  private opened: Promise<OpenedFile> | null = null;
  private read: Promise<void> = Promise.resolve();

  constructor(private readonly req: Request) {}

  /** resolves once multer is done with the request (at once if it was never opened) */
  settled(): Promise<void> {
    return this.read;
  }

  open(): Promise<OpenedFile> {
    this.opened ??= new Promise<OpenedFile>((resolve, reject) => {
      let handed: PassThrough | null = null;
      const engine: StorageEngine = {
        _handleFile: (_req, file, cb) => {
          const out = new PassThrough();
          handed = out;
          // the service listens from the moment it has the stream; this keeps an error before that (or after it
          // stopped listening) from being an unhandled one
          out.on('error', () => undefined);
          const source = file.stream;
          let finished = false;
          const finish = (err?: unknown) => {
            if (finished) return;
            finished = true;
            cb(err);
          };
          // the file's end is not the stream's end: that waits until the whole form has been read and accepted
          source.pipe(out, { end: false });
          source.once('end', () => finish());
          source.once('error', (err) => {
            out.destroy(toDomainError(err));
            finish(err);
          });
          source.once('close', () => {
            if (source.readableEnded) return;
            const cut = new Error('Request closed before the file ended');
            out.destroy(toDomainError(cut));
            finish(cut);
          });
          // the service stopped reading (refused the file, or storage failed): multer stops and drains the request
          out.once('close', () => {
            if (source.readableEnded) return;
            source.unpipe(out);
            source.resume();
            finish(new Error('The file was not read to its end'));
          });
          resolve({ stream: out, fileName: file.originalname, contentType: file.mimetype });
        },
        // the service removes what it stored when the stream fails
        _removeFile: (_req, _file, cb) => cb(null),
      };
      const upload = multer({
        storage: engine,
        limits: LIMITS,
        // browsers send file names as raw UTF-8 in the part header: read them so ("วิดีโอ.mp4", not "à¸§à¸´…")
        defParamCharset: 'utf8',
      }).single(FIELD);
      this.read = new Promise<void>((settle) => {
        // multer never touches the response
        upload(this.req, undefined as unknown as Response, (err: unknown) => {
          settle();
          const refusal = err ? toDomainError(err) : textFieldRefusal(this.req.body);
          if (!handed) return reject(refusal ?? fieldRefusal(FIELD, FieldReason.Required, {}, `Send the file as multipart/form-data in the field "${FIELD}".`));
          if (refusal) handed.destroy(refusal);
          else if (!handed.destroyed) handed.end();
        });
      });
    });
    return this.opened;
  }
}

/** text fields of the form obey the rule every other text input does (common/text-input.pipe.ts) */
function textFieldRefusal(body: unknown): DomainError | null {
  const badField = findControlCharacter(body, '');
  return badField === null ? null : controlCharacterError(badField);
}

/** multer's and busboy's errors as our refusals; anything else as it is */
function toDomainError(err: unknown): Error {
  if (err instanceof DomainError) return err;
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_UNEXPECTED_FILE' || err.code === 'LIMIT_FILE_COUNT')
      return fieldRefusal(FIELD, VideosReason.OneFileOnly, { field: FIELD }, `Send exactly one file, in the field "${FIELD}".`);
    return fieldRefusal(err.field ?? FIELD, FieldReason.Invalid, {}, `The form data is not what this endpoint takes: ${err.message}`);
  }
  const message = err instanceof Error ? err.message : '';
  if (/Request (aborted|closed)|Unexpected end of (form|file)|Malformed part header/i.test(message))
    return new DomainError('bad_request', CommonReason.BadRequest, 'The upload was interrupted before it finished.', {});
  // busboy refuses a Content-Type it cannot split into parts (no boundary, not multipart, malformed)
  if (/Boundary not found|Unsupported content type|Malformed content type|Missing Content-Type/i.test(message))
    return fieldRefusal(
      FIELD,
      VideosReason.NotMultipart,
      { field: FIELD },
      `Send the file as multipart/form-data (with its boundary) in the field "${FIELD}". Let the browser or HTTP client set the Content-Type header for the form.`,
    );
  return err instanceof Error ? err : new Error(String(err));
}
