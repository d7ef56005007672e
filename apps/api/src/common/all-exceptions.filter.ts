import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CommonReason, Thing, type ErrorReason, type ReasonParams } from '@clapper/domain/refusals';
import { DomainError, ERROR_CODES, type ErrorCode, type FieldError } from './domain-error.js';
import { errorFields, LOGGER, type Logger } from '../logging/logger.js';
import { StorageError } from '../storage/storage.port.js';

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  reason: ErrorReason;
  params: Record<string, unknown>;
  message: string;
  fields?: FieldError[];
  details?: Record<string, unknown>;
}

/** A body for a refusal that is not a DomainError (the body parser's, storage's, the framework's). */
const body = <R extends ErrorReason>(
  statusCode: number,
  code: ErrorCode,
  reason: R,
  message: string,
  params: ReasonParams<R>,
  details?: Record<string, unknown>,
): ErrorBody => ({
  statusCode,
  code,
  reason,
  params: params,
  message,
  ...(details ? { details } : {}),
});

/** The one place where errors become HTTP responses. Unknown errors answer 500 without internals. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const answer = toErrorBody(exception);
    const where = { method: req.method, url: req.originalUrl?.split('?')[0] };
    // the database's address and its error stay in the log, never in the answer
    if (answer.reason === CommonReason.DatabaseUnavailable)
      this.logger.warn({ error: errorFields(exception), ...where }, 'request failed: the database is not answering');
    else if (answer.statusCode >= 500) this.logger.error({ err: exception, ...where }, 'request failed');
    if (res.headersSent) return;
    // a 429 or 503 says when to come back (RFC 9110 Retry-After), as its details do
    const retryAfter = answer.params.retryAfterSeconds;
    if ((answer.statusCode === 429 || answer.statusCode === 503) && typeof retryAfter === 'number')
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
    res.status(answer.statusCode).json(answer);
  }
}

export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    const refusal: DomainError = exception as DomainError;
    return {
      statusCode: refusal.status,
      code: refusal.code,
      reason: refusal.reason,
      params: refusal.params,
      message: refusal.message,
      fields: refusal.fields,
      details: refusal.details,
    };
  }
  // body-parser errors (malformed JSON, oversized or too deep body, bad charset or encoding) carry a status and a
  // type; a body that does not decompress as its Content-Encoding says carries zlib's errno and a status of 400
  const bp = exception as { type?: string; status?: number; statusCode?: number; errno?: unknown; expose?: unknown; encoding?: unknown; max?: unknown };
  const bpStatus = bp && typeof bp === 'object' ? (bp.status ?? bp.statusCode) : undefined;
  if (typeof bpStatus === 'number' && typeof bp.type === 'string') {
    if (bp.type === 'entity.parse.failed') return body(400, 'malformed_json', CommonReason.MalformedJson, 'The request body is not valid JSON.', {});
    if (bp.type === 'entity.too.large') return body(413, 'payload_too_large', CommonReason.PayloadTooLarge, 'The request body is too large.', {});
    if (bp.type === 'entity.too.deep')
      return body(400, 'malformed_json', CommonReason.TooDeep, `The request body nests arrays and objects deeper than ${String(bp.max)} levels.`, {
        maxDepth: Number(bp.max),
      });
    if (bp.type === 'encoding.unsupported')
      return body(
        415,
        'unsupported_media_type',
        CommonReason.UnsupportedEncoding,
        `The request body is compressed with "${String(bp.encoding)}", which this server does not read. Send it uncompressed (no Content-Encoding header).`,
        { encoding: String(bp.encoding) },
      );
    if (bp.type === 'charset.unsupported') return body(415, 'unsupported_media_type', CommonReason.UnsupportedCharset, 'The request body must be UTF-8.', {});
    if (bpStatus >= 400 && bpStatus < 500) return body(bpStatus, 'bad_request', CommonReason.BadRequest, 'The request could not be read.', {});
  }
  if (bpStatus === 400 && bp.expose === true && typeof bp.errno === 'number')
    return body(
      400,
      'bad_request',
      CommonReason.InvalidEncoding,
      'The request body could not be decompressed: it is not what its Content-Encoding header says. Send it uncompressed, or with the right header.',
      {},
    );
  if (exception instanceof StorageError) {
    if (exception.code === 'unavailable')
      return body(503, 'storage_unavailable', CommonReason.StorageUnavailable, 'File storage is not answering. Please try again in a minute.', {});
    if (exception.code === 'not_found' || exception.code === 'upload_not_found')
      return body(404, 'not_found', CommonReason.NotFound, 'The file was not found. Upload it again.', { thing: Thing.File });
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = codeForStatus(status);
    const response = exception.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : typeof (response as { message?: unknown }).message === 'string'
          ? (response as { message: string }).message
          : exception.message;
    if (status >= 500) return body(status, code, CommonReason.Internal, 'Something went wrong on our side. Please try again.', {});
    // the framework's own refusals (no route, a body it cannot read) carry no facts beyond the code
    return {
      ...body(status, code, REASON_OF_CODE[code] ?? CommonReason.BadRequest, message, {}),
      ...(code === 'not_found' ? { params: { thing: Thing.Page } } : {}),
    };
  }
  // after storage: a storage error is never the database
  if (isDatabaseUnavailable(exception))
    return body(503, 'service_unavailable', CommonReason.DatabaseUnavailable, 'The database is not answering. Please try again in a moment.', {
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    });
  return body(500, 'internal', CommonReason.Internal, 'Something went wrong on our side. Please try again.', {});
}

/** The common reason for a framework error's code (reasons that need facts are not here). */
const REASON_OF_CODE: Partial<Record<ErrorCode, CommonReason>> = {
  not_found: CommonReason.NotFound,
  unauthenticated: CommonReason.Unauthenticated,
  forbidden: CommonReason.Forbidden,
  payload_too_large: CommonReason.PayloadTooLarge,
  unsupported_media_type: CommonReason.UnsupportedMediaType,
  conflict: CommonReason.Conflict,
  bad_request: CommonReason.BadRequest,
  request_timeout: CommonReason.RequestTimeout,
  headers_too_large: CommonReason.HeadersTooLarge,
  service_unavailable: CommonReason.ServiceUnavailable,
  storage_unavailable: CommonReason.StorageUnavailable,
};

function codeForStatus(status: number): ErrorCode {
  if (status === 404) return 'not_found';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'too_many_attempts';
  if (status === 409) return 'conflict';
  if (status >= 500) return 'internal';
  const found = (Object.keys(ERROR_CODES) as ErrorCode[]).find((c) => ERROR_CODES[c] === status);
  return found ?? 'bad_request';
}

/** How long a client should wait before trying again while the database is down (a restart takes seconds). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Socket errors that mean the server cannot be reached, or dropped the connection. */
const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
]);
/**
 * Postgres SQLSTATEs of a server that is not there for us: class 08 (connection exception), admin or crash
 * shutdown, starting up or recovering (57P01–57P03), too many connections (53300).
 */
const UNAVAILABLE_SQLSTATE = /^(08\d{3}|57P0[1-3]|53300)$/;
/** node-postgres and its pool say so in words, without a code. */
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated due to connection timeout)/;

/**
 * Whether a failure came from the database being unreachable (refused, dropped, restarting, or the pool timing
 * out), as opposed to a query that failed. Looks through TypeORM's wrapper (driverError), causes and the
 * AggregateError a connection attempt to several addresses throws.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown; syscall?: unknown };
  if (typeof e.code === 'string') {
    if (
      CONNECTION_ERRNOS.has(e.code) &&
      (e.syscall === undefined || e.syscall === 'connect' || e.syscall === 'read' || e.syscall === 'write' || e.syscall === 'getaddrinfo')
    )
      return true;
    if (UNAVAILABLE_SQLSTATE.test(e.code)) return true;
  }
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  if (isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1)) return true;
  return Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
