#!/usr/bin/env node
// The project's own lint: the habits Clapper lives by (see ../shared/STYLE.md), checked on every `npm run check`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SKIP = new Set(['node_modules', 'dist', '.data', 'test-results', 'playwright-report', '.git']);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(ts|tsx|mjs|js)$/.test(name) && !name.endsWith('.d.ts')) yield full;
  }
}

const rules = [
  {
    name: 'process.env is read only by the config module (and tool configs)',
    // the test harness that starts the app as child processes passes the environment on to them
    applies: (f) => !/apps\/api\/src\/config\/|\/(vite|playwright|vitest|jest)\.config\.|scripts\/|apps\/api\/test\/harness\/processes\.ts$/.test(f),
    test: (line) => /process\.env\b/.test(line),
  },
  { name: 'synchronize stays off: schema changes go through migrations', applies: () => true, test: (line) => /synchronize:\s*true/.test(line) },
  { name: 'no multer memoryStorage: files stream to storage', applies: () => true, test: (line) => /memoryStorage\(/.test(line) },
  { name: 'nothing is public-read', applies: (f) => !f.endsWith('lint.mjs'), test: (line) => /public-read/.test(line) },
  {
    name: 'no focused or skipped tests',
    applies: (f) => /\.(spec|test|int-spec)\.tsx?$/.test(f),
    test: (line) => /\b(it|test|describe)\.(only|skip)\(|\bx(it|describe)\(/.test(line),
  },
  {
    name: 'web features do not import from one another',
    applies: (f) => /apps\/web\/src\/features\/[^/]+\//.test(f),
    test: (line, f) => {
      const m = line.match(/from\s+['"]([^'"]+)['"]/);
      if (!m) return false;
      const own = f.match(/apps\/web\/src\/features\/([^/]+)\//)[1];
      const target = m[1].startsWith('.') ? path.resolve(path.dirname(f), m[1]) : m[1];
      const other = target.match(/features\/([^/]+)/);
      return Boolean(other && other[1] !== own);
    },
  },
];

const problems = [];
for (const base of ['apps', 'libs', 'test']) {
  let dir;
  try {
    dir = path.join(root, base);
    statSync(dir);
  } catch {
    continue;
  }
  for (const file of files(dir)) {
    const rel = path.relative(root, file);
    if (/^apps\/web\/src\/.*\/index\.tsx?$/.test(rel)) problems.push(`${rel}: no barrel index files in the web app`);
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const rule of rules) {
      if (!rule.applies(rel)) continue;
      lines.forEach((line, i) => {
        if (rule.test(line, file)) problems.push(`${rel}:${i + 1}: ${rule.name}`);
      });
    }
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s).`);
  process.exit(1);
}
console.log('lint: no problems');
