import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What the global setup started, shared with the test workers through a file named after the Jest process. */
export interface TestServices {
  pgUrlFor: string; // with {db} placeholder
  templateDb: string;
  s3Endpoint: string;
  /** the embedded endpoint's key pair (random per run): every request to it must be signed with it */
  s3Credentials: { accessKeyId: string; secretAccessKey: string };
  dir: string;
}

export const servicesFileFor = (pid: number) => path.join(os.tmpdir(), `clapper-jest-${pid}.json`);

export function readServices(): TestServices {
  // in band the tests run in the Jest process itself; otherwise in its child workers
  for (const pid of [process.pid, process.ppid]) {
    const file = servicesFileFor(pid);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as TestServices;
  }
  throw new Error('The test services are not running: run the tests through jest (npm test), whose global setup starts them.');
}
