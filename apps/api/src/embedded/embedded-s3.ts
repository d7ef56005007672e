import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import S3rver from 's3rver';
import { multipartShim } from './s3rver-multipart-shim.js';
import { noPageHeaders, signatureCheck, type S3Credentials } from './s3-signature-check.js';

export type { S3Credentials } from './s3-signature-check.js';

export interface RunningS3 {
  endpoint: string;
  stop(): Promise<void>;
}

/** The embedded endpoint's credentials live in the data folder, next to the objects, readable by its owner only. */
export const S3_CREDENTIALS_FILE = 's3-credentials.json';

/**
 * The embedded endpoint's key pair: random, created on the first start with this data folder and kept in
 * `<dataDir>/s3-credentials.json` (mode 600), so that nobody can sign a request without reading that file.
 */
export async function embeddedS3Credentials(dataDir: string): Promise<S3Credentials> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, S3_CREDENTIALS_FILE);
  const created: S3Credentials = {
    accessKeyId: `CLAPPER${randomBytes(8).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64url'),
  };
  try {
    await writeFile(file, JSON.stringify(created, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    return created;
  } catch (err) {
    if ((err as { code?: string }).code !== 'EEXIST') throw err;
  }
  await chmod(file, 0o600);
  const kept = JSON.parse(await readFile(file, 'utf8')) as Partial<S3Credentials>;
  if (
    typeof kept.accessKeyId !== 'string' ||
    !/^[A-Z0-9]{16,128}$/.test(kept.accessKeyId) ||
    typeof kept.secretAccessKey !== 'string' ||
    kept.secretAccessKey.length < 20
  )
    throw new Error(`${file} does not hold the embedded S3 credentials ({ "accessKeyId", "secretAccessKey" }); delete it to have new ones made.`);
  return { accessKeyId: kept.accessKeyId, secretAccessKey: kept.secretAccessKey };
}

const require = createRequire(import.meta.url);
/** s3rver's own account registry, which its router looks the access key up in (it ships with S3RVER/S3RVER). */
const AWSAccount = require('s3rver/lib/models/account') as {
  registry: Map<string, unknown>;
  DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void; revokeAccessKey(id: string): void };
};

/**
 * Starts s3rver, a local S3-compatible endpoint, keeping objects under `dir`. Only requests signed (SigV4) with
 * `credentials` are served; see s3-signature-check.ts.
 */
export async function startEmbeddedS3(dir: string, port: number, credentials: S3Credentials, address = '127.0.0.1'): Promise<RunningS3> {
  await mkdir(dir, { recursive: true });
  for (const id of [...AWSAccount.registry.keys()]) AWSAccount.DUMMY_ACCOUNT.revokeAccessKey(id);
  AWSAccount.DUMMY_ACCOUNT.createKeyPair(credentials.accessKeyId, credentials.secretAccessKey);
  const server = new S3rver({ port, address, directory: dir, silent: true, allowMismatchedSignatures: false, vhostBuckets: false });
  // first of all: every response (errors included) carries nosniff and a sandboxing CSP
  const stack = (server as unknown as { middleware: unknown[] }).middleware;
  stack.unshift(noPageHeaders());
  // just before s3rver's own router, after its logging, XML and virtual-host middleware: the signature check, then
  // the multipart additions
  stack.splice(stack.length - 1, 0, signatureCheck(credentials), multipartShim());
  try {
    await server.run();
  } catch (err) {
    throw new Error(
      `The embedded S3 endpoint did not start on port ${port}. Is another program using it (set EMBEDDED_S3_PORT)? ${err instanceof Error ? err.message : ''}`,
      { cause: err },
    );
  }
  const actualPort = (server.httpServer?.address() as { port: number } | null)?.port ?? port;
  return {
    endpoint: `http://${address === '0.0.0.0' ? '127.0.0.1' : address}:${actualPort}`,
    stop: async () => {
      await server.close();
    },
  };
}
