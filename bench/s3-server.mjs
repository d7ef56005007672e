// A standalone s3rver for the benchmarks, so that the API process measured does not also carry the S3 server.
// Usage: node bench/s3-server.mjs <dir> <port>
import S3rver from 's3rver';

const [dir, port] = process.argv.slice(2);
const server = new S3rver({ port: Number(port), address: '127.0.0.1', directory: dir, silent: true, vhostBuckets: false });
await server.run();
process.stdout.write('ready\n');
process.on('SIGTERM', async () => {
  await server.close();
  process.exit(0);
});
