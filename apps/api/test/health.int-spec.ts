import { createTestApp, createTestDatabase, type TestApp } from './harness/test-app.js';
import { clientAs } from './harness/factories.js';
import { startTcpProxy, type TcpProxy } from './harness/tcp-proxy.js';

/** What a health answer must never carry: addresses, ports, error codes or messages of the parts behind it. */
function expectNoInternals(body: unknown, port: number) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/127\.0\.0\.1|localhost|::1|ECONN|ETIMEDOUT|connect|refused|terminated|postgres:\/\//i);
  expect(text).not.toContain(String(port));
}

describe('health and docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database, storage and migrations as up (readiness, also at /api/health)', async () => {
    for (const path of ['/api/health/ready', '/api/health']) {
      const res = await t.anon.get(path).expect(200);
      expect(res.body).toEqual({ status: 'ok', info: { database: { status: 'up' }, storage: { status: 'up' }, migrations: { status: 'up' } }, error: {} });
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers liveness without asking anything of the database or storage', async () => {
    const res = await t.anon.get('/api/health/live').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('is not ready while a migration this build carries is not applied, and names the migrations', async () => {
    const [last] = await t.db.query<{ id: number; timestamp: string; name: string }[]>(
      `SELECT id, timestamp, name FROM migrations ORDER BY timestamp DESC LIMIT 1`,
    );
    await t.db.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const res = await t.anon.get('/api/health/ready').expect(503);
      expect(res.body).toEqual({
        status: 'error',
        info: { database: { status: 'up' }, storage: { status: 'up' } },
        error: { migrations: { status: 'down', pending: 1 } },
      });
      await t.anon.get('/api/health/live').expect(200);
    } finally {
      await t.db.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
    }
    await t.anon.get('/api/health/ready').expect(200);
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const json = await t.anon.get('/api/docs-json').expect(200);
    expect(json.body.info.title).toBe('Clapper API');
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/health/live', '/api/health/ready', '/api/auth/sign-in', '/api/competitions']),
    );
    const ui = await t.anon.get('/api/docs/').expect(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.anon.get('/api/no-such-thing').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it('sends security headers', async () => {
    const res = await t.anon.get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('health when storage is down', () => {
  it('answers 503 and names the storage, without its address or error', async () => {
    const t = await createTestApp({}, { s3Endpoint: 'http://127.0.0.1:1' });
    try {
      const res = await t.anon.get('/api/health/ready').expect(503);
      expect(res.body).toEqual({ status: 'error', info: { database: { status: 'up' }, migrations: { status: 'up' } }, error: { storage: { status: 'down' } } });
      expectNoInternals(res.body, 1);
      await t.anon.get('/api/health/live').expect(200);
    } finally {
      await t.close();
    }
  });
});

describe('when the database cannot be reached', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  beforeAll(async () => {
    // the app reaches its database through a relay the test can cut, as if the server went away
    const database = await createTestDatabase();
    const direct = new URL(database.url);
    proxy = await startTcpProxy(direct.hostname, Number(direct.port));
    const through = new URL(database.url);
    through.port = String(proxy.port);
    t = await createTestApp({}, { database: { url: through.toString(), drop: database.drop } });
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await t.close();
    await proxy.close();
  });

  it('answers 503 with Retry-After and the standard error body, never 500, and recovers when it is back', async () => {
    const { client } = await clientAs(t, { role: 'student' });
    await t.anon.get('/api/competitions').expect(200);
    await client.get('/api/auth/me').expect(200);

    await proxy.cut();
    for (const req of [
      t.anon.get('/api/competitions'),
      client.get('/api/auth/me'),
      t.anon.post('/api/auth/sign-in').send({ email: 'someone@example.org', password: 'correct-horse-battery-staple' }),
    ]) {
      const res = await req;
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toEqual({
        statusCode: 503,
        code: 'service_unavailable',
        message: 'The database is not answering. Please try again in a moment.',
        reason: 'common.database_unavailable',
        params: { retryAfterSeconds: 5 },
      });
      expectNoInternals(res.body, proxy.port);
    }

    // the server-rendered showcase answers its own "try again in a minute" page, as a 503 that says when
    const page = await t.anon.get('/showcase');
    expect(page.status).toBe(503);
    expect(page.headers['retry-after']).toBe('5');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('Please try again in a minute.');
    expect(page.text).not.toContain(String(proxy.port));

    const ready = await t.anon.get('/api/health/ready').expect(503);
    // with the database down, migrations cannot be read: the database is the part named
    expect(ready.body).toEqual({ status: 'error', info: { storage: { status: 'up' } }, error: { database: { status: 'down' } } });
    expectNoInternals(ready.body, proxy.port);
    const legacy = await t.anon.get('/api/health').expect(503);
    expectNoInternals(legacy.body, proxy.port);
    await t.anon.get('/api/health/live').expect(200);

    await proxy.restore();
    await t.anon.get('/api/health/ready').expect(200);
    await t.anon.get('/api/competitions').expect(200);
    await client.get('/api/auth/me').expect(200);
    await t.anon.get('/showcase').expect(200);
  });
});
