import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The domain library is plain TypeScript: read its sources directly so tests and dev need no prior build.
const domainSrc = fileURLToPath(new URL('../../libs/domain/src', import.meta.url));
const localesDir = fileURLToPath(new URL('./src/locales', import.meta.url));

/**
 * The namespaces the shell and the first pages a visitor meets (landing, sign-in, the not-found and error pages)
 * read: English's in the main bundle, the reader's language's before the first paint. src/app/first-pages.test.tsx renders those pages with only these and fails on a
 * key they lack.
 */
const FIRST_PAGE_NAMESPACES = [
  'access',
  'auth',
  'common',
  'competitions',
  'errors',
  'footer',
  'form',
  'landing',
  'language',
  'nav',
  'notFound',
  'roles',
  'winners',
];

/**
 * Which part of its locale's catalogs a file (locales/<lng>/<ns>.json) is in: the first pages' (English's in the main
 * bundle, another locale's fetched before the first paint), English's refusals (fetched after start-up: a page needs
 * them only once something is refused), or the rest (fetched after start-up, awaited by every other page).
 */
function catalogPart(lng: string, ns: string) {
  if (FIRST_PAGE_NAMESPACES.includes(ns)) return 'first';
  return lng === 'en' && ns.startsWith('refusals.') ? 'refusals' : 'rest';
}

const CATALOGS = 'virtual:catalogs';
const PART_MODULE = new RegExp(`^\0${CATALOGS}/([^/]+)/(\\w+)$`);
const CATALOG_FILE = /\/locales\/([^/]+)\/([^/]+)\.json$/;
const FIRST_PAGE_LIBRARIES =
  /\/node_modules\/(react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack\/query-core|@tanstack\/react-query|openapi-fetch)\//;

/**
 * The interface catalogs as modules (lib/i18n.ts): `virtual:catalogs/<lng>/<part>` imports that part's files and
 * exports them by namespace; `virtual:catalogs` exports the parts by locale, each loaded on demand, and the first
 * pages' namespaces. One loader per part, not per file, keeps the main bundle's map of them small. (The dev server
 * reads the folders when it starts: restart it after adding a catalog file.)
 */
function catalogs(): Plugin {
  const parts = () => {
    const out = new Map<string, Map<string, string[]>>();
    for (const lng of readdirSync(localesDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(`${localesDir}/${lng.name}`).filter((f) => f.endsWith('.json'))) {
        const ns = file.slice(0, -'.json'.length);
        const byPart = out.get(lng.name) ?? out.set(lng.name, new Map()).get(lng.name)!;
        const part = catalogPart(lng.name, ns);
        byPart.set(part, [...(byPart.get(part) ?? []), ns]);
      }
    }
    return out;
  };
  return {
    name: 'clapper-catalogs',
    resolveId: (id) => (id === CATALOGS || id.startsWith(`${CATALOGS}/`) ? `\0${id}` : null),
    load(id) {
      if (id === `\0${CATALOGS}`) {
        const loaders = [...parts()].map(
          ([lng, byPart]) =>
            `${JSON.stringify(lng)}: {${[...byPart.keys()]
              .filter((part) => lng !== 'en' || part !== 'first')
              .map((part) => `${part}: () => import(${JSON.stringify(`${CATALOGS}/${lng}/${part}`)})`)
              .join(', ')}}`,
        );
        return `export const FIRST_PAGE_NAMESPACES = ${JSON.stringify(FIRST_PAGE_NAMESPACES)};\nexport const loaders = {${loaders.join(',\n')}};\n`;
      }
      const m = PART_MODULE.exec(id);
      if (!m) return null;
      const namespaces = parts().get(m[1])?.get(m[2]) ?? [];
      const imports = namespaces.map((ns, i) => `import c${i} from ${JSON.stringify(`${localesDir}/${m[1]}/${ns}.json`)};`);
      return `${imports.join('\n')}\nexport default {${namespaces.map((ns, i) => `${JSON.stringify(ns)}: c${i}`).join(', ')}};\n`;
    },
  };
}

export default defineConfig({
  plugins: [react(), catalogs()],
  resolve: {
    alias: [{ find: /^@clapper\/domain\/(.*)$/, replacement: `${domainSrc}/$1.ts` }],
  },
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunk each entry, page and catalog needs (read by scripts/bundle-budget.mjs)
    manifest: true,
    rolldownOptions: {
      output: {
        // a chunk per part of a locale's catalogs (its files and the module that gathers them), but the first pages'
        // English, which stays in the main bundle
        codeSplitting: {
          groups: [
            // the libraries every page runs on, and what they import, in one chunk: one file compresses better than the
            // several shared chunks the split would make of them (about 2.5 kB on the first pages), and it changes only
            // when they are upgraded
            { name: 'vendor', test: FIRST_PAGE_LIBRARIES },
            {
              debugName: 'locale catalogs',
              name: (id: string) => {
                const file = CATALOG_FILE.exec(id);
                const gathered = PART_MODULE.exec(id);
                const [lng, part] = file ? [file[1], catalogPart(file[1], file[2])] : gathered ? [gathered[1], gathered[2]] : [];
                if (!lng || (lng === 'en' && part === 'first')) return null;
                return part === 'rest' ? `locale-${lng}` : `locale-${lng}-${part}`;
              },
            },
          ],
        },
      },
    },
  },
  test: {
    // every core: Vitest's default leaves one free, which on a 2-core CI machine runs the suite on one worker while
    // the other core idles (the suite runs after the API's, with nothing else beside it)
    maxWorkers: availableParallelism(),
    // a test that types into a form renders many times: 5 s (the default) is met on a quiet machine and missed on a
    // busy one, where CI may run; no test here measures speed
    testTimeout: 15_000,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['src/test/setup.ts'],
  },
});
