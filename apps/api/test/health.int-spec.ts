import { createTestApp, type TestApp } from './harness/test-app.js';

describe('health and docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database and storage as up', async () => {
    const res = await t.anon.get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, storage: { status: 'up' } } });
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const json = await t.anon.get('/api/docs-json').expect(200);
    expect(json.body.info.title).toBe('Clapper API');
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/sign-in', '/api/competitions']));
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
  it('answers 503 and names the storage', async () => {
    const t = await createTestApp({}, { s3Endpoint: 'http://127.0.0.1:1' });
    try {
      const res = await t.anon.get('/api/health').expect(503);
      expect(res.body.status).toBe('error');
      expect(res.body.info.database.status).toBe('up');
      expect(res.body.error.storage).toMatchObject({ status: 'down', message: 'The storage service cannot be reached.' });
    } finally {
      await t.close();
    }
  });
});
