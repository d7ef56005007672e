#!/usr/bin/env node
// Makes the certificates the last test run rendered (test-results/certificates/<lang>.png, written by
// apps/api/src/results/certificate-reference.spec.ts) the reviewed references. Look at them first.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendered = path.join(root, 'test-results/certificates');
const references = path.join(root, 'apps/api/src/results/certificate-references');
if (!existsSync(rendered)) {
  console.error('No renderings yet: run `cd apps/api && npm test -- src/results/certificate-reference.spec.ts` first.');
  process.exit(1);
}
for (const file of readdirSync(rendered).filter((f) => f.endsWith('.png'))) {
  copyFileSync(path.join(rendered, file), path.join(references, file));
  console.log(`accepted ${file}`);
}
