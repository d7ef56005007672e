import { readFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createDataSource, runMigrations } from '../src/database/data-source.js';
import { schemaDiff } from '../src/database/schema-drift.js';
import { generateOpenApiDocument } from '../src/openapi-document.js';
import { createTestDatabase } from './harness/test-app.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('migrations', () => {
  it('match the entities exactly: generating against a migrated database yields nothing', async () => {
    const database = await createTestDatabase();
    const ds = createDataSource(database.url);
    await ds.initialize();
    try {
      expect(await runMigrations(ds)).toEqual([]); // the template is already migrated
      const diff = await schemaDiff(ds);
      expect(diff.up).toEqual([]);
    } finally {
      await ds.destroy();
      await database.drop();
    }
  });

  it('can be rolled back and applied again from scratch', async () => {
    const database = await createTestDatabase();
    const ds = createDataSource(database.url);
    await ds.initialize();
    try {
      const count = ds.migrations.length;
      for (let i = 0; i < count; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables: { n: string }[] = await ds.query(
        `SELECT count(*)::text AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables[0].n).toBe('0');
      expect((await runMigrations(ds)).length).toBe(count);
      expect((await schemaDiff(ds)).up).toEqual([]);
    } finally {
      await ds.destroy();
      await database.drop();
    }
  });
});

describe('the generated web client', () => {
  it('is built from the current OpenAPI document (run npm run api:generate when this fails)', async () => {
    const current = await generateOpenApiDocument();
    const committed = JSON.parse(await readFile(path.join(root, 'libs/api-client/openapi.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(current)));
    const types = astToString(await openapiTS(committed));
    const committedTypes = await readFile(path.join(root, 'libs/api-client/src/schema.d.ts'), 'utf8');
    const body = (s: string) => s.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
    expect(body(committedTypes)).toBe(body(types));
  });
});
