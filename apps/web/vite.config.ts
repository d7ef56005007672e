import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The domain library is plain TypeScript: read its sources directly so tests and dev need no prior build.
const domainSrc = fileURLToPath(new URL('../../libs/domain/src', import.meta.url));

export default defineConfig({
  plugins: [react()],
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
        // each interface language not in the main bundle is one chunk, fetched when a reader picks it (lib/i18n.ts)
        codeSplitting: {
          groups: [
            {
              debugName: 'locale catalogs',
              // English's refusals are a chunk of their own, apart from the English in the main bundle (lib/i18n.ts)
              name: (id: string) =>
                /\/locales\/en\/refusals\.[^/]+\.json$/.test(id)
                  ? 'locale-en-refusals'
                  : /\/locales\/([^/]+)\/[^/]+\.json$/.exec(id)
                    ? `locale-${/\/locales\/([^/]+)\//.exec(id)![1]}`
                    : null,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['src/test/setup.ts'],
  },
});
