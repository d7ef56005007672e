#!/usr/bin/env node
// The web app's JavaScript budget, read from the build's manifest (apps/web/dist/.vite/manifest.json: vite.config.ts
// sets build.manifest), gzipped with node:zlib at level 9 (as the build's size report):
// - the landing page (/) and the sign-in page (/sign-in) each load at most 120 kB (issue 14): the entry chunk and its
//   static imports, plus the page's own chunk and its static imports (what the browser fetches before the page shows);
// - no lazily loaded chunk (a page, or a part a page loads later like the video uploader) is over 150 kB.
// Interface catalogs are counted where the first pages need them: the English they read is in the entry chunk
// (apps/web/vite.config.ts, FIRST_PAGE_NAMESPACES); the rest of English, its refusals and the other locales are chunks
// fetched after start-up or when a reader picks their language, and are left out of the lazy-chunk check.
// Usage: node scripts/bundle-budget.mjs [apps/web/dist]   (needs a web build; prints a table, exit 1 over budget)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const KB = 1000;
// The first pages load 111.3 kB (/) and 113.2 kB (/sign-in), so a new library on them has about 7 kB of room. The
// libraries every page runs on weigh about 92 kB gzipped in their files (react-dom with react and the scheduler 66.5,
// React Router 13.2 in declarative mode, TanStack Query 10.6, openapi-fetch 2.1); the interface's translator is our own
// (apps/web/src/lib/translator.ts and its hook, about 1 kB, where i18next and react-i18next weighed 17.2). The other
// 18 to 20 kB, each part measured by leaving it out (before the translator replaced i18next): our shell, router, paths,
// query keys, i18n set-up and API client 7.6; the chunks' module wrappers, cross-chunk imports and runtime about 5;
// the English the first pages read 3 to 4.5; the page itself 1.2 (/) or 2.5 (/sign-in); the map of the catalog parts
// fetched on demand 0.5 (docs/benchmarks.md, "Web bundle").
export const BUDGETS = { path: 120 * KB, chunk: 150 * KB };
/** The first pages a visitor meets, by the source file of their route (app/router.tsx), budgeted as a whole. */
export const FIRST_PAGES = [
  { path: '/', src: 'src/app/routes/landing.tsx' },
  { path: '/sign-in', src: 'src/app/routes/sign-in.tsx' },
];
const CATALOG = /(^|\/)locales\//;

/** The manifest's entry chunk (index.html). */
export function entryKey(manifest) {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);
  return entries[0];
}

/** A chunk and everything it imports statically, transitively: what the browser fetches before it runs. */
export function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the manifest`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** The manifest keys whose files load before a page shows: the entry's closure and the page chunk's closure. */
export function pageChunks(manifest, pageSrc) {
  const keys = staticClosure(manifest, entryKey(manifest));
  // a route's source may also be a chunk's facade under another key (the manifest keys chunks by their source)
  const page = manifest[pageSrc] ? pageSrc : Object.keys(manifest).find((key) => manifest[key].src === pageSrc);
  if (!page) throw new Error(`no chunk for ${pageSrc} in the manifest: is it still a lazy route in app/router.tsx?`);
  if (!manifest[page].isDynamicEntry) throw new Error(`${pageSrc} is not loaded lazily: app/router.tsx should import it with lazy`);
  return staticClosure(manifest, page, keys);
}

/** Chunks loaded on demand (pages and the parts they load later), catalogs excepted. */
export function lazyChunks(manifest) {
  return Object.keys(manifest).filter((key) => manifest[key].isDynamicEntry && !CATALOG.test(manifest[key].src ?? key));
}

/**
 * The budget report. `sizeOf(file)` gives a chunk's gzipped size in bytes. Returns the rows to print and the
 * problems (an empty list when everything is within budget).
 */
export function checkBudget(manifest, sizeOf) {
  const total = (keys) => [...new Set([...keys].map((key) => manifest[key].file))].reduce((sum, file) => sum + sizeOf(file), 0);
  const pages = FIRST_PAGES.map(({ path: route, src }) => {
    const keys = pageChunks(manifest, src);
    return { what: `${route} (entry + ${src.replace(/^src\/app\//, '')})`, chunks: keys.size, gzip: total(keys), budget: BUDGETS.path };
  });
  const lazy = lazyChunks(manifest)
    .map((key) => ({ what: manifest[key].src ?? key, file: manifest[key].file, gzip: sizeOf(manifest[key].file) }))
    .sort((a, b) => b.gzip - a.gzip);
  const largest = lazy[0];
  const rows = [...pages];
  if (largest) rows.push({ what: `largest lazy chunk: ${largest.what}`, chunks: 1, gzip: largest.gzip, budget: BUDGETS.chunk });
  const problems = [
    ...pages.filter((p) => p.gzip > p.budget).map((p) => `${p.what}: ${kb(p.gzip)} gzipped, over the ${kb(p.budget)} budget`),
    ...lazy.filter((c) => c.gzip > BUDGETS.chunk).map((c) => `${c.what} (${c.file}): ${kb(c.gzip)} gzipped, over the ${kb(BUDGETS.chunk)} budget for a chunk`),
  ];
  return { rows, problems, lazyCount: lazy.length };
}

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

function gzipSizeIn(dist) {
  const sizes = new Map();
  return (file) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
    return sizes.get(file);
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? path.join(root, 'apps/web/dist'));
  const manifestFile = path.join(dist, '.vite/manifest.json');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (err) {
    console.error(`bundle budget: cannot read ${path.relative(root, manifestFile)} (${err.code ?? err.message}): build the web app first`);
    process.exit(1);
  }
  const { rows, problems, lazyCount } = checkBudget(manifest, gzipSizeIn(dist));
  const width = Math.max(...rows.map((r) => r.what.length));
  console.log(`${'JavaScript, gzip -9'.padEnd(width)}  chunks   gzipped    budget`);
  for (const r of rows) console.log(`${r.what.padEnd(width)}  ${String(r.chunks).padStart(6)}  ${kb(r.gzip).padStart(8)}  ${kb(r.budget).padStart(8)}`);
  console.log(`(${lazyCount} lazy chunks, each within ${kb(BUDGETS.chunk)} unless listed below)`);
  if (problems.length) {
    console.error(`\nbundle budget exceeded:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('bundle budget: within budget');
}
