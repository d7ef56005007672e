import createClient from 'openapi-fetch';
import type { components, paths } from '@clapper/api-client/schema';

/** The one API client: typed from the generated OpenAPI schema, session cookie sent on same-origin requests. */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  credentials: 'same-origin',
  // looked up on each call, so tests can stub the global fetch
  fetch: (request: Request) => globalThis.fetch(request),
});

export type Schemas = components['schemas'];

/** The error body every failing request answers with, as the OpenAPI document declares it. */
export type ApiErrorBody = components['schemas']['ErrorBody'];

/** A reason with the facts its message needs (libs/domain/src/refusals). */
export type ApiProblem = Schemas['ProblemBody'];
export type ErrorReason = Schemas['ErrorReason'];

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** exactly why (one enum per domain), or null when no error body came back */
  readonly reason: ErrorReason | null;
  /** the facts the reason's message needs */
  readonly params: Record<string, unknown>;
  /** each field's problems; `messages` is English for logs, never shown */
  readonly fields: { field: string; messages: string[]; problems: ApiProblem[] }[];
  /** extra facts some errors carry, e.g. `problems` for a refused submission */
  readonly details: Record<string, unknown>;

  /** the server's error code, or 'network' / 'unknown' when no error body came back */
  constructor(status: number, body: Partial<ApiErrorBody> | undefined, clientCode?: 'network') {
    super(body?.message ?? `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.code = clientCode ?? body?.code ?? 'unknown';
    this.reason = body?.reason ?? null;
    this.params = typeof body?.params === 'object' && body.params !== null ? body.params : {};
    this.fields = Array.isArray(body?.fields) ? body.fields.map((f) => ({ ...f, problems: Array.isArray(f.problems) ? f.problems : [] })) : [];
    this.details = typeof body?.details === 'object' && body.details !== null ? body.details : {};
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolves with the data of a successful response, or throws an ApiError carrying the server's code and fields. */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch {
    throw new ApiError(0, { message: 'The server could not be reached.' }, 'network');
  }
  if (!result.response.ok) {
    const body = typeof result.error === 'object' && result.error !== null ? (result.error as Partial<ApiErrorBody>) : undefined;
    throw new ApiError(result.response.status, body);
  }
  return result.data as T;
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/**
 * The body of a multipart upload of one file in the field "file", for openapi-fetch: the generated types describe
 * the field as a string (binary), so the FormData is passed through the serializer unchanged.
 */
export function fileBody(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return { body: form as unknown as { file: string }, bodySerializer: (b: unknown) => b as FormData };
}
