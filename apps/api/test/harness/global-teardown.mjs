import { readFile, rm } from 'node:fs/promises';
import { servicesFileFor } from './global-setup.mjs';

export default async function globalTeardown() {
  const file = servicesFileFor(process.pid);
  const { dir } = JSON.parse(await readFile(file, 'utf8'));
  await globalThis.__clapperStop?.();
  await rm(file, { force: true });
  await rm(dir, { recursive: true, force: true });
}
