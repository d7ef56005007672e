#!/usr/bin/env node
// Writes libs/domain/src/formats.reference.json: every formatter of libs/domain/src/formats.ts on fixed facts
// (formats-samples.ts), in each of the 14 locales, as this Node's Intl gives them. The web's and the API's formatter
// tests compare their output with it, so a change of output (a new Node, a changed rule) shows up as a diff to review:
// read it for English month names or unit words in another language, dates outside the locale's calendar, a country
// named in English, and commit it only when it reads right.
// Usage: npm run build -w libs/domain && node scripts/format-reference.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeFormatter } from '../libs/domain/dist/formats.js';
import { formatSamples } from '../libs/domain/dist/formats-samples.js';
import { LOCALES } from '../libs/domain/dist/locales.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, 'libs/domain/src/formats.reference.json');
const reference = {
  node: process.versions.node,
  icu: process.versions.icu,
  cldr: process.versions.cldr,
  locales: Object.fromEntries(LOCALES.map((locale) => [locale, formatSamples(nativeFormatter(locale))])),
};
writeFileSync(file, `${JSON.stringify(reference, null, 2)}\n`);
console.log(`${path.relative(root, file)}: ${LOCALES.length} locales`);
