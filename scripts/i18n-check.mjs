#!/usr/bin/env node
// Compares every locale's catalogs with English: the web app's apps/web/src/locales/<lng>/<ns>.json and the
// server-rendered showcase's apps/api/src/showcase/locales/<lng>.json (namespace "showcase").
// Lists, per locale and namespace: missing keys, keys only that locale has, empty values and {{placeholders}} that
// differ from English. Exits 1 when a locale that COMPLETE below names misses a key, leaves one empty or changes its
// placeholders, or when the pseudo-locale is not what `npm run i18n:pseudo` writes. Other locales only report counts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PSEUDO, WEB_LOCALES, pseudoFiles } from './i18n-pseudo.mjs';

/**
 * Every locale is complete for everything: the public and student pages, the guardian's, the emails, and the staff
 * pages too, since coordinators are national staff and judges score in the languages they declare (issue 17). A key
 * just added in English fails the check until every locale has it.
 */
const COMPLETE = Object.fromEntries(['en', 'ja', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my', 'tet', 'pt', 'zh-Hans', 'ta'].map((l) => [l, '*']));

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_CATALOGS = { showcase: path.join(root, 'apps/api/src/showcase/locales'), mail: path.join(root, 'apps/api/src/mail/locales') };
const SOURCE = 'en';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];

function flatten(node, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(node)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, key, out);
    else out[key] = v;
  }
  return out;
}

/** { lng: { ns: flat catalog } } */
function loadCatalogs() {
  const catalogs = {};
  for (const lng of readdirSync(WEB_LOCALES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)) {
    for (const file of jsonFiles(path.join(WEB_LOCALES, lng))) {
      (catalogs[lng] ??= {})[file.replace(/\.json$/, '')] = flatten(readJson(path.join(WEB_LOCALES, lng, file)));
    }
  }
  for (const [ns, dir] of Object.entries(SERVER_CATALOGS)) {
    for (const file of jsonFiles(dir)) (catalogs[file.replace(/\.json$/, '')] ??= {})[ns] = flatten(readJson(path.join(dir, file)));
  }
  return catalogs;
}

const placeholders = (s) =>
  [...String(s).matchAll(/\{\{-?\s*([^},\s]+)[^}]*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * The keys a locale needs for one namespace. Plural forms follow the locale's own CLDR categories: Japanese needs
 * only `x_other` where English has `x_one` and `x_other`, and a language with more categories needs those too.
 */
function expectedKeys(lng, enFlat) {
  const categories = new Set(new Intl.PluralRules(lng).resolvedOptions().pluralCategories);
  const pluralBases = new Set(
    Object.keys(enFlat)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -'_other'.length)),
  );
  const required = new Map(); // key → the English key its value is compared with
  const optional = new Set();
  for (const key of Object.keys(enFlat)) {
    const m = key.match(PLURAL);
    const base = m && pluralBases.has(key.slice(0, -m[0].length)) ? key.slice(0, -m[0].length) : null;
    if (!base) {
      required.set(key, key);
      continue;
    }
    for (const cat of ['zero', 'one', 'two', 'few', 'many', 'other']) {
      const form = `${base}_${cat}`;
      const compareWith = form in enFlat ? form : `${base}_other`;
      if (categories.has(cat)) required.set(form, compareWith);
      else optional.add(form); // _zero is always allowed; forms the locale lacks are harmless
    }
  }
  return { required, optional };
}

function checkLocale(lng, catalogs) {
  const namespaces = Object.keys(catalogs[SOURCE]).sort();
  const rows = [];
  for (const ns of namespaces) {
    const en = catalogs[SOURCE][ns];
    const mine = catalogs[lng]?.[ns] ?? {};
    const { required, optional } = expectedKeys(lng, en);
    const row = { ns, total: required.size, missing: [], extra: [], empty: [], placeholders: [] };
    for (const [key, enKey] of required) {
      if (!(key in mine)) row.missing.push(key);
      else if (typeof mine[key] === 'string' && mine[key].trim() === '') row.empty.push(key);
      else if (placeholders(mine[key]) !== placeholders(en[enKey])) row.placeholders.push(key);
    }
    for (const key of Object.keys(mine)) if (!required.has(key) && !optional.has(key)) row.extra.push(key);
    rows.push(row);
  }
  for (const ns of Object.keys(catalogs[lng] ?? {})) {
    if (!(ns in catalogs[SOURCE])) rows.push({ ns, total: 0, missing: [], extra: Object.keys(catalogs[lng][ns]), empty: [], placeholders: [] });
  }
  return rows;
}

/** Whether the locale must have every key (a locale outside COMPLETE, if one is added later, only reports its gaps). */
const isComplete = (lng) => COMPLETE[lng] === '*';

/**
 * Every reason the API can refuse with (the enums in libs/domain/src/refusals/) and every thing a not-found names
 * must have its English text, refusals.<reason> and refusals.things.<thing>; the complete locales then need them too.
 */
function untranslatedReasons(en) {
  const dir = path.join(root, 'libs/domain/src/refusals');
  const keys = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/^\s*[A-Z]\w* = '([a-z_]+\.[a-z_]+)',?$/gm)) keys.push(`refusals.${m[1]}`);
    const things = text.match(/export enum Thing \{([^}]*)\}/);
    if (things) for (const m of things[1].matchAll(/= '([a-z_]+)'/g)) keys.push(`refusals.things.${m[1]}`);
  }
  const have = new Set(Object.entries(en).flatMap(([ns, flat]) => Object.keys(flat).map((k) => `${ns}.${k}`.replace(/_(one|other)$/, ''))));
  return keys.filter((k) => !have.has(k));
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const catalogs = loadCatalogs();
if (!catalogs[SOURCE]) {
  console.error(`i18n:check: no English catalogs under ${path.relative(root, WEB_LOCALES)}/${SOURCE}/`);
  process.exit(1);
}
const missingReasons = untranslatedReasons(catalogs[SOURCE]);
const locales = [...new Set([...Object.keys(catalogs), ...Object.keys(COMPLETE)])]
  .filter((l) => l !== PSEUDO)
  .sort((a, b) => (a === SOURCE ? -1 : b === SOURCE ? 1 : a.localeCompare(b)));
const failures = missingReasons.length
  ? [`  en: refusals without a text (add them under locales/en/refusals.<domain>.json): ${missingReasons.join(', ')}`]
  : [];
const notes = [];
const summary = [];

for (const lng of locales) {
  const rows = checkLocale(lng, catalogs);
  const sum = (f) => rows.reduce((n, r) => n + r[f].length, 0);
  const total = rows.reduce((n, r) => n + r.total, 0);
  const missing = sum('missing');
  const complete = isComplete(lng);
  const scope = complete ? 'all' : '-';
  let bad = 0;
  const partial = [];
  for (const r of rows) {
    const problems = [
      ['missing', r.missing],
      ['empty', r.empty],
      ['placeholders differ from English', r.placeholders],
    ];
    let gaps = 0;
    for (const [what, keys] of problems) {
      const fatal = complete ? keys : [];
      if (fatal.length) {
        bad += fatal.length;
        failures.push(`  ${lng}/${r.ns}: ${what}: ${fatal.join(', ')}`);
      }
      gaps += keys.length - fatal.length;
    }
    if (r.extra.length) notes.push(`  ${lng}/${r.ns}: not in English: ${r.extra.join(', ')}`);
    if (gaps) partial.push(`${r.ns} ${gaps}`);
  }
  if (partial.length) notes.push(`  ${lng}: gaps fall back to English in ${partial.length} namespaces: ${partial.join(', ')}`);
  summary.push([lng, scope, `${total - missing}/${total}`, missing, sum('empty'), sum('placeholders'), sum('extra'), bad ? 'FAIL' : 'ok']);
}

// The pseudo-locale is generated: it must be exactly what the generator writes from today's English.
const pseudoDir = path.join(WEB_LOCALES, PSEUDO);
const wanted = pseudoFiles();
const stale = Object.entries(wanted)
  .filter(([name, text]) => !existsSync(path.join(pseudoDir, name)) || readFileSync(path.join(pseudoDir, name), 'utf8') !== text)
  .map(([name]) => name)
  .concat(jsonFiles(pseudoDir).filter((name) => !(name in wanted)));
if (stale.length) failures.push(`  ${PSEUDO}: out of step with English (${stale.join(', ')}): run npm run i18n:pseudo`);
summary.push([PSEUDO, 'pseudo', stale.length ? 'stale' : 'in step', '', '', '', '', stale.length ? 'FAIL' : 'ok']);

const nsCount = Object.keys(catalogs[SOURCE]).length;
console.log(`i18n:check: ${nsCount} namespaces (${nsCount - 2} web + showcase + mail), ${locales.length} locales + ${PSEUDO}\n`);
console.log(table(['locale', 'complete for', 'translated', 'missing', 'empty', 'placeholders', 'extra', 'status'], summary));
if (notes.length) console.log(`\nNotes (do not fail the check):\n${notes.join('\n')}`);
if (failures.length) {
  console.error(`\nFailures:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nAll complete locales have every key.');
