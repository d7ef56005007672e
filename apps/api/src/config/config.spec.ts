import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('runs embedded with sensible defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database.url).toBeNull();
    expect(c.s3.endpoint).toBeNull();
    expect(c.seedDemo).toBe(true);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.allowedOrigins).toEqual(['http://localhost:3000']);
    expect(c.session.cookieSecure).toBe(false);
  });

  it('uses external services and does not seed by default when they are set', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/clapper',
      S3_ENDPOINT: 'http://minio:9000',
      S3_PUBLIC_ENDPOINT: 'https://media.example.org',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
      PUBLIC_URL: 'https://clapper.example.org/',
    });
    expect(c.database.url).toBe('postgres://u:p@db:5432/clapper');
    expect(c.s3.publicEndpoint).toBe('https://media.example.org');
    expect(c.seedDemo).toBe(false);
    expect(c.session.cookieSecure).toBe(true);
    expect(c.publicUrl).toBe('https://clapper.example.org');
  });

  it('names every bad variable at once and hides credentials', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://root:hunter2@db/x', S3_ENDPOINT: 'http://minio:9000', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('PORT must be a whole number'),
        expect.stringContaining('DATABASE_URL must be a URL starting with postgres:// or postgresql://'),
        expect.stringContaining('S3_ACCESS_KEY_ID is required'),
        expect.stringContaining('S3_SECRET_ACCESS_KEY is required'),
        expect.stringContaining('LOG_LEVEL must be one of'),
      ]),
    );
    expect(problems.join(' ')).not.toContain('hunter2');
  });

  it('reads the sign-in slow-down: 3 free failures per client and account, waits up to 15 minutes, 100 per client', () => {
    expect(loadConfig({}).signIn).toMatchObject({ maxFailures: 3, maxDelayMinutes: 15, maxFailuresPerClient: 100 });
    expect(loadConfig({ SIGN_IN_MAX_FAILURES: '5', SIGN_IN_LOCK_MINUTES: '30', SIGN_IN_MAX_FAILURES_PER_CLIENT: '500' }).signIn).toMatchObject({
      maxFailures: 5,
      maxDelayMinutes: 30,
      maxFailuresPerClient: 500,
    });
    expect(() => loadConfig({ SIGN_IN_MAX_FAILURES_PER_CLIENT: '0' })).toThrow(/SIGN_IN_MAX_FAILURES_PER_CLIENT must be a whole number/);
  });

  it('takes worker mode from the command line', () => {
    expect(loadConfig({}, ['--worker']).mode).toBe('worker');
    expect(() => loadConfig({ APP_MODE: 'both' })).toThrow(/APP_MODE/);
  });

  it('keeps metrics off unless METRICS_PORT or METRICS_TOKEN is set, and checks both', () => {
    expect(loadConfig({}).metrics).toEqual({ port: null, token: null });
    expect(loadConfig({ METRICS_PORT: '9464', METRICS_TOKEN: 'a-long-enough-token-123' }).metrics).toEqual({ port: 9464, token: 'a-long-enough-token-123' });
    expect(() => loadConfig({ METRICS_PORT: 'ninety' })).toThrow(/METRICS_PORT must be a whole number/);
    expect(() => loadConfig({ METRICS_PORT: '3000' })).toThrow(/METRICS_PORT must differ from PORT/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16/);
    expect(() => loadConfig({ METRICS_TOKEN: 'has a space in it somewhere' })).toThrow(/METRICS_TOKEN/);
  });
});
