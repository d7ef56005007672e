import { existsSync, readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '@clapper/domain/locales';

/** A message catalog as i18next writes them: nested keys, string leaves with {{placeholders}}. */
export type Catalog = { [key: string]: string | Catalog };

/** Every locale's catalog in a folder of <lang>.json files (the showcase's, the emails'); missing files are left out. */
export function readCatalogs(folder: URL): Partial<Record<Locale, Catalog>> {
  const out: Partial<Record<Locale, Catalog>> = {};
  for (const lang of LOCALES) {
    const file = new URL(`${lang}.json`, folder);
    if (existsSync(file)) out[lang] = JSON.parse(readFileSync(file, 'utf8')) as Catalog;
  }
  return out;
}

/** The string at a dotted key, or undefined (also for an empty string, so that English fills the gap). */
export function lookup(tree: Catalog | undefined, key: string): string | undefined {
  let node: string | Catalog | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

/** Fills {{name}} placeholders; unknown ones are left as they are. */
export function interpolate(template: string, vars?: Record<string, string | number>): string {
  return vars ? template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
}
