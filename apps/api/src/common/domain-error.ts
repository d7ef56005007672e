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

export interface FieldError {
  field: string;
  messages: string[];
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found.`);
export const forbidden = (why = 'You do not have access to this.') => new DomainError('forbidden', why);
