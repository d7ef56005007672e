#!/usr/bin/env node
// Generates the pseudo-locale en-XA from the English web catalogs: accented and about 40% longer, so untranslated
// (plain ASCII) or clipped (no closing bracket) strings stand out. Open the app with ?lng=en-XA to use it.
// Placeholders ({{x}}), nesting ($t(...)) and HTML-ish tags are kept as they are. `npm run i18n:check` fails when
// the committed files are not what this script would write.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_LOCALES = path.join(root, 'apps/web/src/locales');
export const PSEUDO = 'en-XA';

const ACCENTS = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

// Kept verbatim: i18next placeholders ({{x}}, {{- x}}, {{x, number}}), nesting ($t(key) / $t(key, {...})),
// tags (<strong>, </0>, <br/>) and HTML entities.
const PROTECTED = /(\{\{[^}]*\}\}|\$t\((?:[^()]|\([^()]*\))*\)|<\/?[A-Za-z0-9][^<>]*>|&[a-zA-Z]+;|&#\d+;)/;

export function pseudoString(value) {
  let visible = 0;
  const out = value
    .split(PROTECTED)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      visible += part.length;
      return part.replace(/[A-Za-z]/g, (ch) => ACCENTS[ch] ?? ch);
    })
    .join('');
  if (value.trim() === '') return value;
  // "[" + " " + "]" already add three characters; pad the rest of the 40% with middle dots.
  const pad = Math.max(1, Math.ceil(visible * 0.4) - 3);
  return `[${out} ${'·'.repeat(pad)}]`;
}

export function pseudoCatalog(node) {
  if (typeof node === 'string') return pseudoString(node);
  if (Array.isArray(node)) return node.map(pseudoCatalog);
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, pseudoCatalog(v)]));
  return node;
}

/** { '<ns>.json': file text } as this script writes it. */
export function pseudoFiles() {
  const files = {};
  for (const name of readdirSync(path.join(WEB_LOCALES, 'en'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const en = JSON.parse(readFileSync(path.join(WEB_LOCALES, 'en', name), 'utf8'));
    files[name] = `${JSON.stringify(pseudoCatalog(en), null, 2)}\n`;
  }
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.join(WEB_LOCALES, PSEUDO);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = pseudoFiles();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  console.log(`wrote ${Object.keys(files).length} namespaces to ${path.relative(root, dir)}/`);
}
