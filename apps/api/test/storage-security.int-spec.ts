import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@smithy/core/checksum';
import { S3Storage } from '../src/storage/s3.storage.js';
import { embeddedS3Credentials, S3_CREDENTIALS_FILE } from '../src/embedded/embedded-s3.js';
import { readServices } from './harness/services-file.js';
import { s3OptionsFor } from './harness/test-app.js';

/**
 * The embedded S3 endpoint (s3rver behind our SigV4 check), as the harness started it: nobody without its key pair
 * can list, read, write or delete, a presigned URL is good for exactly what was signed, and nothing stored is
 * ever served as a page.
 */
const ORIGIN = 'http://localhost:3000';
const bucket = `sec-${randomUUID().slice(0, 12)}`;
const services = readServices();
const endpoint = services.s3Endpoint;
let storage: S3Storage;
let client: S3Client;

const sdkClient = (credentials = services.s3Credentials) =>
  new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 1,
  });

const errorCode = (xml: string) => /<Code>([^<]+)<\/Code>/.exec(xml)?.[1] ?? null;
const errorMessage = (xml: string) => /<Message>([^<]+)<\/Message>/.exec(xml)?.[1] ?? null;

async function refused(res: Response, code = 'AccessDenied'): Promise<string> {
  const body = await res.text();
  expect(res.status).toBe(403);
  expect(res.headers.get('content-type')).toContain('application/xml');
  expect(errorCode(body)).toBe(code);
  return body;
}

beforeAll(async () => {
  storage = new S3Storage(s3OptionsFor(bucket));
  await storage.ensureBucket([ORIGIN]);
  await storage.put('entries/e1/original', Readable.from([Buffer.from('0123456789abcdef')]), { contentType: 'video/mp4' });
  await storage.put('entries/e1/consents/form', Readable.from([Buffer.from('%PDF-1.7 signed form')]), { contentType: 'application/octet-stream' });
  client = sdkClient();
});
afterAll(() => {
  storage.destroy();
  client.destroy();
});

describe('the embedded S3 endpoint refuses anyone without its key pair', () => {
  it('anonymous list, read, write and delete are 403 AccessDenied, and change nothing', async () => {
    await refused(await fetch(`${endpoint}/${bucket}?prefix=entries/`));
    await refused(await fetch(`${endpoint}/${bucket}?list-type=2&prefix=entries/`));
    await refused(await fetch(`${endpoint}/`));
    await refused(await fetch(`${endpoint}/${bucket}/entries/e1/consents/form`));
    expect((await fetch(`${endpoint}/${bucket}/entries/e1/original`, { method: 'HEAD' })).status).toBe(403);
    await refused(await fetch(`${endpoint}/${bucket}/entries/e1/new`, { method: 'PUT', body: 'anything' }));
    await refused(await fetch(`${endpoint}/${bucket}/entries/e1/original`, { method: 'DELETE' }));
    await refused(await fetch(`${endpoint}/${bucket}?uploads`, { method: 'GET' }));
    expect(await storage.head('entries/e1/original')).toMatchObject({ size: 16, contentType: 'video/mp4' });
    expect(await storage.head('entries/e1/new')).toBeNull();
  });

  it('refuses an anonymous PUT of an HTML page, which is then not stored', async () => {
    const res = await fetch(`${endpoint}/${bucket}/page.html`, {
      method: 'PUT',
      body: '<script>alert(document.domain)</script>',
      headers: { 'content-type': 'text/html' },
    });
    await refused(res);
    expect(await storage.head('page.html')).toBeNull();
  });

  it('refuses s3rver’s well-known S3RVER key and a wrong secret for the right key', async () => {
    const old = sdkClient({ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
    await expect(old.send(new GetObjectCommand({ Bucket: bucket, Key: 'entries/e1/original' }))).rejects.toMatchObject({
      name: 'InvalidAccessKeyId',
      $metadata: { httpStatusCode: 403 },
    });
    old.destroy();
    const wrong = sdkClient({ accessKeyId: services.s3Credentials.accessKeyId, secretAccessKey: 'not-the-secret-of-this-endpoint' });
    await expect(wrong.send(new GetObjectCommand({ Bucket: bucket, Key: 'entries/e1/original' }))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
      $metadata: { httpStatusCode: 403 },
    });
    await expect(wrong.send(new PutObjectCommand({ Bucket: bucket, Key: 'entries/e1/forged', Body: 'x' }))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
    });
    wrong.destroy();
    expect(await storage.head('entries/e1/forged')).toBeNull();
  });

  it('refuses a header-signed request whose date is more than 15 minutes off, and an old-style (V2) signature', async () => {
    const signer = new SignatureV4({ service: 's3', region: 'us-east-1', credentials: services.s3Credentials, sha256: Sha256, uriEscapePath: false });
    const url = new URL(`${endpoint}/${bucket}/entries/e1/original`);
    const signed = await signer.sign(
      {
        method: 'GET',
        protocol: 'http:',
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        query: {},
        headers: { host: url.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      },
      { signingDate: new Date(Date.now() - 60 * 60 * 1000) },
    );
    // fetch sends the same Host itself
    const sent = ({ host: _, ...headers }: Record<string, string>) => headers;
    await refused(await fetch(url, { headers: sent(signed.headers) }), 'RequestTimeTooSkewed');
    const fresh = await signer.sign({
      method: 'GET',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query: {},
      headers: { host: url.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    const ok = await fetch(url, { headers: sent(fresh.headers) });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('0123456789abcdef');
    // the same signature for another key is worthless
    await refused(await fetch(`${endpoint}/${bucket}/entries/e1/consents/form`, { headers: sent(fresh.headers) }), 'SignatureDoesNotMatch');
    await refused(await fetch(`${url.href}?AWSAccessKeyId=${services.s3Credentials.accessKeyId}&Expires=${Math.floor(Date.now() / 1000) + 60}&Signature=abc`));
    await refused(await fetch(url, { headers: { authorization: `AWS ${services.s3Credentials.accessKeyId}:abc`, date: new Date().toUTCString() } }));
  });
});

describe('a presigned URL is good for exactly what was signed', () => {
  let url: string;
  beforeAll(async () => {
    url = await storage.presignGet('entries/e1/original', { expiresInSeconds: 60 });
  });

  it('works as signed, with a byte range (206), and carries nosniff and a sandboxing CSP', async () => {
    const res = await fetch(url, { headers: { Range: 'bytes=2-5' } });
    expect(res.status).toBe(206);
    expect(await res.text()).toBe('2345');
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('content-disposition')).toBe('attachment');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    const whole = await fetch(url);
    expect(whole.status).toBe(200);
    expect(await whole.text()).toBe('0123456789abcdef');
  });

  it('refuses a changed signature', async () => {
    const changed = url.replace(/X-Amz-Signature=([0-9a-f])/, (_, c: string) => `X-Amz-Signature=${c === '0' ? '1' : '0'}`);
    expect(changed).not.toBe(url);
    await refused(await fetch(changed), 'SignatureDoesNotMatch');
    await refused(await fetch(url.replace(/X-Amz-Signature=[0-9a-f]+/, 'X-Amz-Signature=')));
  });

  it('refuses another object key, bucket or method', async () => {
    await refused(await fetch(url.replace('/entries/e1/original?', '/entries/e1/consents/form?')), 'SignatureDoesNotMatch');
    await refused(await fetch(url.replace(`/${bucket}/`, '/clapper/')), 'SignatureDoesNotMatch');
    await refused(await fetch(url, { method: 'DELETE' }), 'SignatureDoesNotMatch');
    await refused(await fetch(url, { method: 'PUT', body: 'overwritten' }), 'SignatureDoesNotMatch');
    expect(await storage.head('entries/e1/original')).toMatchObject({ size: 16 });
  });

  it('refuses an extended expiry (X-Amz-Expires edited), and one beyond a week', async () => {
    expect(url).toContain('X-Amz-Expires=60');
    await refused(await fetch(url.replace('X-Amz-Expires=60', 'X-Amz-Expires=3600')), 'SignatureDoesNotMatch');
    const body = await refused(await fetch(url.replace('X-Amz-Expires=60', 'X-Amz-Expires=604801')));
    expect(errorMessage(body)).toContain('604800');
  });

  it('refuses an expired URL with "Request has expired"', async () => {
    const publicClient = sdkClient();
    const expired = await getSignedUrl(publicClient, new GetObjectCommand({ Bucket: bucket, Key: 'entries/e1/original' }), {
      expiresIn: 60,
      signingDate: new Date(Date.now() - 10 * 60 * 1000),
    });
    publicClient.destroy();
    const body = await refused(await fetch(expired));
    expect(errorMessage(body)).toBe('Request has expired');
  });

  it('refuses a URL signed for another host (the signature covers the Host the client used)', async () => {
    const asLocalhost = url.replace('//127.0.0.1:', '//localhost:');
    expect(asLocalhost).not.toBe(url);
    await refused(await fetch(asLocalhost), 'SignatureDoesNotMatch');
    // signed for localhost (the public endpoint browsers use), it works at localhost
    const pub = new S3Storage({ ...s3OptionsFor(bucket), publicEndpoint: endpoint.replace('//127.0.0.1:', '//localhost:') });
    const forBrowser = await pub.presignGet('entries/e1/original', { expiresInSeconds: 60 });
    pub.destroy();
    expect(forBrowser.startsWith('http://localhost:')).toBe(true);
    expect((await fetch(forBrowser)).status).toBe(200);
  });
});

describe('nothing stored is served as a page', () => {
  it('refuses a presigned GET with response-content-type=text/html appended', async () => {
    const url = await storage.presignGet('entries/e1/original', { expiresInSeconds: 60 });
    await refused(await fetch(`${url}&response-content-type=text/html`), 'SignatureDoesNotMatch');
    await refused(await fetch(`${url}&response-content-disposition=inline`), 'SignatureDoesNotMatch');
  });

  it('refuses even a signed content-type override or an inline disposition', async () => {
    const signedHtml = await getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: 'entries/e1/original', ResponseContentType: 'text/html' }), {
      expiresIn: 60,
    });
    expect(errorMessage(await refused(await fetch(signedHtml)))).toContain('response-content-type');
    const inline = await getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: 'entries/e1/original', ResponseContentDisposition: 'inline' }), {
      expiresIn: 60,
    });
    await refused(await fetch(inline));
  });

  it('serves downloads as attachments, and errors with nosniff too', async () => {
    // the real name in UTF-8 (RFC 8187), and an ASCII fallback for old clients
    const url = await storage.presignGet('entries/e1/consents/form', { expiresInSeconds: 60, downloadName: 'ใบยินยอม form.pdf' });
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename=download; filename*=UTF-8''${encodeURIComponent('ใบยินยอม form.pdf')}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const denied = await fetch(`${endpoint}/${bucket}/entries/e1/consents/form`);
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-content-type-options')).toBe('nosniff');
    expect(denied.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('keeps the content type the platform chose for a browser upload, whatever the parts are sent with', async () => {
    const key = 'entries/e1/upload';
    const uploadId = await storage.createMultipartUpload(key, 'video/mp4');
    const html = '<script>alert(1)</script>';
    const partUrl = await storage.presignUploadPart(key, uploadId, 1, html.length, 60);
    const preflight = await fetch(partUrl, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    const put = await fetch(partUrl, { method: 'PUT', body: html, headers: { Origin: ORIGIN, 'content-type': 'text/html' } });
    expect(put.status).toBe(200);
    expect(put.headers.get('access-control-expose-headers')).toContain('ETag');
    const etag = put.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    // the part URL is for that part of that upload only; the browser can read the refusal (CORS headers as S3 sends them)
    const other = await fetch(partUrl.replace('partNumber=1', 'partNumber=2'), { method: 'PUT', body: 'x', headers: { Origin: ORIGIN } });
    expect([ORIGIN, '*']).toContain(other.headers.get('access-control-allow-origin'));
    await refused(other, 'SignatureDoesNotMatch');
    const evil = await fetch(partUrl.replace('partNumber=1', 'partNumber=2'), { method: 'PUT', body: 'x', headers: { Origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    await refused(evil, 'SignatureDoesNotMatch');
    // a GET sends no Content-Length, which the part URL signs
    await refused(await fetch(partUrl, { method: 'GET' }), 'AccessDenied');
    const head = await storage.completeMultipartUpload(key, uploadId, [{ partNumber: 1, etag }]);
    expect(head.contentType).toBe('video/mp4');
    const res = await fetch(await storage.presignGet(key, { expiresInSeconds: 60 }));
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('content-disposition')).toBe('attachment');
  });
});

describe('the embedded credentials', () => {
  it('are random per data folder, made once, kept with mode 600, and a broken file is named', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-s3cred-'));
    const other = await mkdtemp(path.join(os.tmpdir(), 'clapper-s3cred-'));
    try {
      const first = await embeddedS3Credentials(dir);
      expect(first.accessKeyId).toMatch(/^[A-Z0-9]{16,}$/);
      expect(first.secretAccessKey.length).toBeGreaterThanOrEqual(40);
      expect(first.accessKeyId).not.toBe('S3RVER');
      const file = path.join(dir, S3_CREDENTIALS_FILE);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(first);
      expect(await embeddedS3Credentials(dir)).toEqual(first);
      const second = await embeddedS3Credentials(other);
      expect(second.accessKeyId).not.toBe(first.accessKeyId);
      expect(second.secretAccessKey).not.toBe(first.secretAccessKey);
      await writeFile(file, '{"accessKeyId":"S3RVER"}');
      await expect(embeddedS3Credentials(dir)).rejects.toThrow(S3_CREDENTIALS_FILE);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(other, { recursive: true, force: true });
    }
  });
});
