import { createRequire } from 'node:module';
import { timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@smithy/core/checksum';
import { escapeUri } from '@smithy/core/protocols';

/**
 * s3rver answers anonymous requests and never checks SigV4 signatures (its own check only looks the access key up).
 * This middleware, spliced in front of s3rver's router, makes the embedded endpoint check who is asking as S3 does:
 * every request but a CORS preflight carries SigV4, in the Authorization header or in a presigned query, and the
 * AWS SDK's own signer recomputes the signature from the request as received (method, path, query, the signed
 * headers, the client's Host included) with the endpoint's secret; the two are compared in constant time.
 * Anything else is answered 403 with an S3 XML error. It also keeps stored bytes from ever being served as a page.
 */
const require = createRequire(import.meta.url);
const S3Error = require('s3rver/lib/models/error') as new (code: string, message: string, detail?: Record<string, string>) => Error;

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

interface CorsRule {
  hasWildcardOrigin: boolean;
  exposeHeaders: string[];
}
interface KoaContext {
  method: string;
  querystring: string;
  req: { url?: string; headers: Record<string, string | string[] | undefined> };
  res: ServerResponse;
  set(name: string, value: string): void;
  store: { getSubresource(bucket: string, key: undefined, type: 'cors'): Promise<{ matchRule(origin: string, method: string): CorsRule | undefined } | null> };
}
type Next = () => Promise<void>;
type Middleware = (ctx: KoaContext, next: Next) => Promise<void>;
type Query = Record<string, string | string[]>;

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_PRESIGNED_SECONDS = 7 * 24 * 3600;
const MAX_SKEW_MS = 15 * 60 * 1000;
const PAYLOAD_HASH = /^(UNSIGNED-PAYLOAD|STREAMING-UNSIGNED-PAYLOAD-TRAILER|STREAMING-AWS4-HMAC-SHA256-PAYLOAD(-TRAILER)?|[0-9a-f]{64})$/;

const denied = (message: string) => new S3Error('AccessDenied', message);
const mismatch = () =>
  new S3Error('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.');

/** Adds, to every response of the embedded endpoint (errors included), the headers that keep a browser from rendering or sniffing it. */
export function noPageHeaders(): Middleware {
  return async (ctx, next) => {
    const res = ctx.res;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied to this same response below
    const writeHead = res.writeHead;
    // s3rver's error handler clears headers before writing, so they are set at the last moment
    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      if (!this.headersSent) {
        this.setHeader('X-Content-Type-Options', 'nosniff');
        this.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      }
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    };
    await next();
  };
}

/** Checks the SigV4 signature of every request except CORS preflights; see the module comment. */
export function signatureCheck(credentials: S3Credentials, now: () => Date = () => new Date()): Middleware {
  const signer = new SignatureV4({ service: 's3', region: 'us-east-1', credentials, sha256: Sha256, uriEscapePath: false, applyChecksum: true });
  return async (ctx, next) => {
    // a preflight carries no credentials by nature; s3rver answers it from the bucket's CORS rules
    if (ctx.method === 'OPTIONS') return next();
    const [rawPath] = (ctx.req.url ?? '/').split('?');
    const request = {
      method: ctx.method,
      protocol: 'http:',
      hostname: '',
      path: canonicalPath(rawPath),
      query: parseQuery(ctx.querystring),
      headers: {} as Record<string, string>,
    };
    const authorization = header(ctx, 'authorization');
    const presigned = 'X-Amz-Algorithm' in request.query || 'X-Amz-Signature' in request.query || 'Signature' in request.query;
    try {
      if (authorization !== undefined && presigned) throw denied('Only one authentication mechanism is allowed.');
      if (authorization !== undefined) await checkHeaderAuth(signer, credentials, ctx, request, authorization, now());
      else if (presigned) await checkPresigned(signer, credentials, ctx, request, now());
      else throw denied('Access Denied');
      refuseContentOverrides(ctx.method, request.query);
    } catch (err) {
      await allowCorsRead(ctx, rawPath).catch(() => undefined);
      throw err;
    }
    return next();
  };
}

/**
 * As S3 does, a refusal carries the bucket's CORS headers for an allowed origin, so that the browser can read the
 * 403 (an expired part URL, say) instead of seeing a network error. (s3rver sets them later, in its router.)
 */
async function allowCorsRead(ctx: KoaContext, rawPath: string): Promise<void> {
  const origin = header(ctx, 'origin');
  const bucket = rawPath.split('/')[1] ?? '';
  if (!origin || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) return;
  const rule = (await ctx.store.getSubresource(bucket, undefined, 'cors'))?.matchRule(origin, ctx.method);
  if (!rule) return;
  ctx.set('Access-Control-Allow-Origin', rule.hasWildcardOrigin ? '*' : origin);
  if (rule.exposeHeaders.length) ctx.set('Access-Control-Expose-Headers', rule.exposeHeaders.join(', '));
  ctx.set('Vary', 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method');
}

/** S3's canonical URI: each path segment decoded, then encoded once (RFC 3986). */
function canonicalPath(rawPath: string): string {
  try {
    return rawPath
      .split('/')
      .map((segment) => escapeUri(decodeURIComponent(segment)))
      .join('/');
  } catch {
    throw denied('The request path is not valid.');
  }
}

function parseQuery(querystring: string): Query {
  const query: Query = {};
  for (const [key, value] of new URLSearchParams(querystring)) {
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else query[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

function header(ctx: KoaContext, name: string): string | undefined {
  const v = ctx.req.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

function single(query: Query, name: string): string {
  const v = query[name];
  if (typeof v !== 'string' || v === '') throw denied(`Query-string authentication requires a single ${name} parameter.`);
  return v;
}

/** "20261206T071044Z" to a date, strictly. */
function parseAmzDate(value: string | undefined): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : new Date(NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().replace(/[-:]|\.\d{3}/g, '') !== value)
    throw denied('AWS authentication requires a valid X-Amz-Date.');
  return date;
}

/** "AKID/20261206/us-east-1/s3/aws4_request": the key must be this endpoint's, the date the request's. */
function credentialScope(credential: string, credentials: S3Credentials, date: Date): string {
  const parts = credential.split('/');
  if (parts.length !== 5 || parts[3] !== 's3' || parts[4] !== 'aws4_request' || parts[2] === '') throw denied('The credential scope is malformed.');
  if (parts[0] !== credentials.accessKeyId) throw new S3Error('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  if (parts[1] !== date.toISOString().slice(0, 10).replace(/-/g, '')) throw denied('The credential date does not match the request date.');
  return parts[2];
}

function signedHeadersOf(list: string, ctx: KoaContext): { names: string[]; headers: Record<string, string> } {
  const names = list.split(';');
  if (names.some((n) => n === '' || n !== n.toLowerCase()) || !names.includes('host')) throw denied('The signed headers must name host.');
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = header(ctx, name);
    if (value === undefined) throw denied(`The signed header ${name} is missing from the request.`);
    headers[name] = value;
  }
  return { names, headers };
}

function sameSignature(expected: string | undefined, provided: string): boolean {
  if (!expected) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(provided);
  return a.length === b.length && timingSafeEqual(a, b);
}

type SignableRequest = { method: string; protocol: string; hostname: string; path: string; query: Query; headers: Record<string, string> };

async function checkHeaderAuth(
  signer: SignatureV4,
  credentials: S3Credentials,
  ctx: KoaContext,
  request: SignableRequest,
  authorization: string,
  now: Date,
): Promise<void> {
  const m = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(authorization.trim());
  if (!m) throw denied('Only AWS Signature Version 4 (AWS4-HMAC-SHA256) is accepted.');
  const [, credential, signedList, provided] = m;
  const date = parseAmzDate(header(ctx, 'x-amz-date'));
  if (Math.abs(now.getTime() - date.getTime()) > MAX_SKEW_MS)
    throw new S3Error('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.');
  const region = credentialScope(credential, credentials, date);
  const payloadHash = header(ctx, 'x-amz-content-sha256');
  if (!payloadHash || !PAYLOAD_HASH.test(payloadHash))
    throw denied('x-amz-content-sha256 must be UNSIGNED-PAYLOAD, a STREAMING-* value, or the SHA-256 of the body.');
  const { names, headers } = signedHeadersOf(signedList, ctx);
  if (!names.includes('x-amz-date') || !names.includes('x-amz-content-sha256')) throw denied('x-amz-date and x-amz-content-sha256 must be signed.');
  const signed = await signer.sign(
    { ...request, headers },
    { signingDate: date, signingRegion: region, signingService: 's3', signableHeaders: new Set(names) },
  );
  const recomputed = /SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(String(signed.headers.authorization ?? ''));
  if (!recomputed || recomputed[1] !== signedList || !sameSignature(recomputed[2], provided)) throw mismatch();
}

async function checkPresigned(signer: SignatureV4, credentials: S3Credentials, ctx: KoaContext, request: SignableRequest, now: Date): Promise<void> {
  const { query } = request;
  if (single(query, 'X-Amz-Algorithm') !== ALGORITHM) throw denied('X-Amz-Algorithm must be AWS4-HMAC-SHA256.');
  const provided = single(query, 'X-Amz-Signature');
  const date = parseAmzDate(single(query, 'X-Amz-Date'));
  const expiresRaw = single(query, 'X-Amz-Expires');
  const expires = /^\d{1,6}$/.test(expiresRaw) ? Number(expiresRaw) : NaN;
  if (!(expires >= 1 && expires <= MAX_PRESIGNED_SECONDS)) throw denied('X-Amz-Expires must be from 1 to 604800 seconds.');
  if (now.getTime() > date.getTime() + expires * 1000) throw denied('Request has expired');
  if (date.getTime() > now.getTime() + MAX_SKEW_MS) throw denied('Request is not valid yet');
  const region = credentialScope(single(query, 'X-Amz-Credential'), credentials, date);
  const signedList = single(query, 'X-Amz-SignedHeaders');
  const { names, headers } = signedHeadersOf(signedList, ctx);
  // a part URL pins the part's length: a body of any other size then fails the signature, as on S3. (s3rver takes any
  // size; the platform never hands out a part URL without it, and this endpoint accepts none.)
  if (request.method === 'PUT' && 'uploadId' in query && !names.includes('content-length'))
    throw denied('A presigned part upload must sign its Content-Length.');
  // S3 signs a presigned request's payload as UNSIGNED-PAYLOAD: given to the signer as a header it neither signs nor moves to the query
  const payload: Record<string, string> = names.includes('x-amz-content-sha256') ? {} : { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' };
  const unsigned: Query = { ...query };
  delete unsigned['X-Amz-Signature'];
  const all = { ...headers, ...payload };
  const signed = await signer.presign(
    { ...request, query: unsigned, headers: all },
    {
      signingDate: date,
      expiresIn: expires,
      signingRegion: region,
      signingService: 's3',
      signableHeaders: new Set(names),
      unsignableHeaders: new Set(Object.keys(payload)),
      unhoistableHeaders: new Set(Object.keys(all)),
    },
  );
  const out = signed.query ?? {};
  if (out['X-Amz-SignedHeaders'] !== signedList || !sameSignature(typeof out['X-Amz-Signature'] === 'string' ? out['X-Amz-Signature'] : undefined, provided))
    throw mismatch();
}

/**
 * Objects are served with the content type the platform recorded, and only ever as downloads or media: even a
 * signed request may not change the type or encoding, nor ask for anything but an attachment.
 */
function refuseContentOverrides(method: string, query: Query): void {
  if (method !== 'GET' && method !== 'HEAD') return;
  for (const [key, value] of Object.entries(query)) {
    const name = key.toLowerCase();
    if (name === 'response-content-type' || name === 'response-content-encoding')
      throw denied(`${key} is not accepted: objects keep the content type recorded at upload.`);
    if (name === 'response-content-disposition' && (typeof value !== 'string' || !/^attachment(\s*;|$)/i.test(value)))
      throw denied('response-content-disposition may only ask for an attachment.');
  }
}
