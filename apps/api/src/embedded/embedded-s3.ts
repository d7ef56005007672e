import { mkdir } from 'node:fs/promises';
import S3rver from 's3rver';
import { multipartShim } from './s3rver-multipart-shim.js';

export interface RunningS3 {
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts s3rver, a local S3-compatible endpoint, keeping objects under `dir`. */
export async function startEmbeddedS3(dir: string, port: number, address = '127.0.0.1'): Promise<RunningS3> {
  await mkdir(dir, { recursive: true });
  const server = new S3rver({ port, address, directory: dir, silent: true, allowMismatchedSignatures: false, vhostBuckets: false });
  // just before s3rver's own router, after its logging, XML and virtual-host middleware
  const stack = (server as unknown as { middleware: unknown[] }).middleware;
  stack.splice(stack.length - 1, 0, multipartShim());
  try {
    await server.run();
  } catch (err) {
    throw new Error(`The embedded S3 endpoint did not start on port ${port}. Is another program using it (set EMBEDDED_S3_PORT)? ${err instanceof Error ? err.message : ''}`);
  }
  const actualPort = (server.httpServer?.address() as { port: number } | null)?.port ?? port;
  return {
    endpoint: `http://${address === '0.0.0.0' ? '127.0.0.1' : address}:${actualPort}`,
    stop: async () => {
      await server.close();
    },
  };
}
