import { CommonReason, Thing, type ErrorReason, type Problem, type ReasonParams } from '@clapper/domain/refusals';

/**
 * Domain errors carry a code; the HTTP status for each code is decided in one place (HTTP_STATUS below),
 * and the exception filter turns them into responses.
 */
export const ERROR_CODES = {
  validation_failed: 400,
  malformed_json: 400,
  bad_request: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  access_undeclared: 403,
  csrf_origin: 403,
  email_unconfirmed: 403,
  not_found: 404,
  request_timeout: 408,
  email_taken: 409,
  conflict: 409,
  invitation_used: 410,
  invitation_expired: 410,
  weak_password: 422,
  rule_violation: 422,
  too_many_attempts: 429,
  headers_too_large: 431,
  storage_unavailable: 503,
  service_unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One field's problems: English `messages` for API users and logs, and `problems` (reasons with facts) for the web. */
export interface FieldError {
  field: string;
  messages: string[];
  problems: Problem[];
}

export interface RefusalExtra {
  fields?: FieldError[];
  /** facts for API users and tools that are not part of the message (e.g. `retryAfterSeconds`) */
  details?: Record<string, unknown>;
}

/**
 * A refusal: the HTTP category (`code`), exactly why (`reason`, from the domain's enum in libs/domain/refusals) with
 * the facts its message needs (`params`, typed per reason), and an English `message` for API users and logs. The
 * web renders the reason in the reader's language and never shows the message.
 */
export class DomainError<R extends ErrorReason = ErrorReason> extends Error {
  readonly fields?: FieldError[];
  readonly details?: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    readonly reason: R,
    message: string,
    readonly params: ReasonParams<R>,
    extra: RefusalExtra = {},
  ) {
    super(message);
    this.fields = extra.fields;
    this.details = extra.details;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

const THING_WORDS: Record<Thing, string> = Object.fromEntries(Object.values(Thing).map((t) => [t, t.replace(/_/g, ' ')])) as Record<Thing, string>;

/** `common.not_found` naming the thing; `what` is the English for the message when "The <thing>" says too little. */
export const notFound = (thing: Thing, what = `The ${THING_WORDS[thing]}`) =>
  new DomainError('not_found', CommonReason.NotFound, `${what} was not found.`, { thing });

/** `common.forbidden`: signed in, but not theirs. A refusal with more to say has a reason of its domain. */
export const forbidden = (why = 'You do not have access to this.') => new DomainError('forbidden', CommonReason.Forbidden, why, {});

/** One field refused by a service's own check (the validation pipe words class-validator's the same way). */
export function fieldRefusal<R extends ErrorReason>(field: string, reason: R, params: ReasonParams<R>, message: string): DomainError {
  return fieldsRefusal([{ field, messages: [message], problems: [{ reason, params }] }]);
}

/** Several fields refused at once by a service's own checks, each with its problems. */
export function fieldsRefusal(fields: FieldError[]): DomainError {
  const names = fields.map((f) => f.field);
  return new DomainError('validation_failed', CommonReason.ValidationFailed, `Please correct: ${names.join(', ')}.`, { fields: names }, { fields });
}
