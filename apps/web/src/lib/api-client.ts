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

/**
 * The error body every failing request answers with. The OpenAPI document does not declare error
 * responses yet, so this is the one shape described here (see the report: the API should publish it).
 */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  fields?: { field: string; messages: string[] }[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: { field: string; messages: string[] }[];

  constructor(status: number, body: Partial<ApiErrorBody> | undefined) {
    super(body?.message ?? `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body?.code ?? (status === 0 ? 'network' : 'unknown');
    this.fields = Array.isArray(body?.fields) ? body.fields : [];
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
    throw new ApiError(0, { code: 'network', message: 'The server could not be reached.' });
  }
  if (!result.response.ok) {
    const body = typeof result.error === 'object' && result.error !== null ? (result.error as Partial<ApiErrorBody>) : undefined;
    throw new ApiError(result.response.status, body);
  }
  return result.data as T;
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
