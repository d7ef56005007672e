// The embedded S3 endpoint (s3rver with our multipart additions) as a process of its own, so that the API process
// measured by the benchmarks does not also carry the S3 server. Usage: node bench/s3-server.mjs <dir> <port>
import { startEmbeddedS3 } from '../apps/api/dist/embedded/embedded-s3.js';

const [dir, port] = process.argv.slice(2);
const server = await startEmbeddedS3(dir, Number(port));
process.stdout.write('ready\n');
process.on('SIGTERM', async () => {
  await server.stop();
  process.exit(0);
});
