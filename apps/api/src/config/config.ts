/**
 * Configuration, read once at boot from the environment into a typed object.
 * This is the only module that reads process.env: loadConfigFromEnvironment, which main.ts and the command-line tools
 * (cli/cli-runtime.ts) call, and childEnvironment, the environment of pg_dump and pg_restore. Everything else gets AppConfig.
 */
import path from 'node:path';

export type AppMode = 'all' | 'api' | 'worker';

export interface AppConfig {
  mode: AppMode;
  port: number;
  host: string;
  publicUrl: string;
  allowedOrigins: string[];
  trustProxy: boolean;
  /** how long a client may take: see HTTP_*_TIMEOUT_SECONDS in CONFIG_VARIABLES */
  http: { headersTimeoutSeconds: number; idleTimeoutSeconds: number; requestTimeoutSeconds: number };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  dataDir: string;
  webDistDir: string;
  seedDemo: boolean;
  database: { url: string | null; embeddedPort: number };
  s3: {
    endpoint: string | null;
    publicEndpoint: string | null;
    region: string;
    bucket: string;
    /** empty when embedded: see DATA_DIR/s3-credentials.json */
    accessKeyId: string;
    secretAccessKey: string;
    forcePathStyle: boolean;
    embeddedPort: number;
    manageBucket: boolean;
  };
  mail: { smtpUrl: string | null; from: string };
  session: { ttlHours: number; cookieName: string; cookieSecure: boolean };
  /**
   * Failed sign-ins slow down the client that fails, never the account: per (account, client address), after
   * maxFailures each attempt waits 2^failures seconds, up to maxDelayMinutes; maxFailuresPerClient caps one
   * address's failures across all accounts within maxDelayMinutes (password spraying).
   */
  signIn: { maxFailures: number; maxDelayMinutes: number; maxFailuresPerClient: number; rateLimitPerMinute: number };
  invitationTtlHours: number;
  /** browser uploads in presigned parts, per account: see UPLOAD_* in CONFIG_VARIABLES */
  uploads: { maxOpenPerAccount: number; startsPerHour: number };
  media: { ffmpegPath: string | null; ffprobePath: string | null };
  /** the folder holding pg_dump and pg_restore for npm run backup / restore (cli/backup.ts); null: searched for */
  pgBinDir: string | null;
  /** the video.process job: see VIDEO_* in CONFIG_VARIABLES */
  videoJobs: {
    attempts: number;
    retryDelaySeconds: number;
    leaseSeconds: number;
    encodeTimeoutSeconds: number;
    encodeTimeoutFactor: number;
    rejectedRetentionDays: number;
  };
  /** directories searched for the certificate fonts before the defaults (results/certificate-pdf.ts) */
  fontDirs: string[];
  /** whether the system's font directories are searched after fontDirs (false: fontDirs only) */
  fontDefaultDirs: boolean;
  /** Prometheus metrics: on a port of their own, and/or behind a bearer token; off (and /metrics 404) when neither */
  metrics: { port: number | null; token: string | null };
  /** a refusal its handler did not declare (@Refuses) answers 500 instead of being logged: the test suites' setting */
  strictRefusals: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Every variable the platform reads, with its meaning; the README's table is kept in step with this list. */
export const CONFIG_VARIABLES: Record<string, string> = {
  APP_MODE: 'all (API, web and worker in one process; default), api, or worker',
  PORT: 'HTTP port (default 3000)',
  HOST: 'interface to listen on (default 0.0.0.0)',
  PUBLIC_URL: 'the URL people use to reach the platform (default http://localhost:PORT); used in links and the CSRF origin check',
  ALLOWED_ORIGINS: 'extra origins allowed to make state-changing requests, comma-separated',
  TRUST_PROXY: 'true when behind a reverse proxy that sets X-Forwarded-For (default false)',
  HTTP_HEADERS_TIMEOUT_SECONDS: 'a request must send all its headers within this many seconds, or it is answered 408 and its connection closed (default 20)',
  HTTP_IDLE_TIMEOUT_SECONDS:
    'a connection on which no bytes move for this many seconds while a request is under way is closed: a stalled upload is aborted, nothing of it kept (default 60)',
  HTTP_REQUEST_TIMEOUT_SECONDS:
    'a request (its body included) must be received within this many seconds, or it is answered 408 and closed; the default lets a 2 GiB video stream through the API over a line of 2.4 Mbit/s (default 7200)',
  LOG_LEVEL: 'fatal, error, warn, info (default), debug, trace or silent',
  DATA_DIR: 'where the embedded Postgres and S3 keep their data (default ./.data)',
  WEB_DIST_DIR: 'the built web app to serve (default apps/web/dist)',
  SEED_DEMO: 'seed the demo competition and accounts on first start (default true when running embedded, false otherwise)',
  DATABASE_URL: 'postgres://user:pass@host:5432/db; when unset an embedded Postgres is started under DATA_DIR',
  EMBEDDED_PG_PORT: 'port of the embedded Postgres (default 54329)',
  S3_ENDPOINT: 'S3 endpoint the server uses, e.g. http://seaweedfs:8333; when unset an embedded s3rver is started under DATA_DIR',
  S3_PUBLIC_ENDPOINT: 'S3 endpoint browsers use for presigned URLs (default S3_ENDPOINT)',
  S3_REGION: 'S3 region (default us-east-1)',
  S3_BUCKET: 'bucket name (default clapper)',
  S3_ACCESS_KEY_ID: 'S3 access key (required with S3_ENDPOINT; the embedded one is generated, in DATA_DIR/s3-credentials.json)',
  S3_SECRET_ACCESS_KEY: 'S3 secret key (required with S3_ENDPOINT; the embedded one is generated, in DATA_DIR/s3-credentials.json)',
  S3_FORCE_PATH_STYLE: 'path-style addressing (default true)',
  S3_MANAGE_BUCKET:
    'create the bucket and set its CORS at every start (default true); false when it is prepared for you, as docker-compose.yml does once with cli/s3-init.js (which also sets the lifecycle rule aborting unfinished uploads)',
  EMBEDDED_S3_PORT: 'port of the embedded s3rver (default 9090)',
  SMTP_URL: 'smtp(s)://user:pass@host:port; when unset, mail lands in the outbox that organisers read in the admin console',
  MAIL_FROM: 'sender address (default "Clapper <no-reply@clapper.local>")',
  SESSION_TTL_HOURS: 'how long a session lasts (default 168)',
  COOKIE_SECURE: 'send the session cookie over HTTPS only (default true when PUBLIC_URL is https)',
  SIGN_IN_MAX_FAILURES:
    'failed sign-ins from one client address for one account before that client must wait between attempts (default 3); never locks the account for other clients',
  SIGN_IN_LOCK_MINUTES: 'the longest wait in minutes; the wait doubles with each further failure (2^failures seconds) up to it (default 15)',
  SIGN_IN_MAX_FAILURES_PER_CLIENT: 'failed sign-ins from one client address across all accounts within SIGN_IN_LOCK_MINUTES before it must wait (default 100)',
  AUTH_RATE_LIMIT_PER_MINUTE: 'sign-in, sign-up, password and invitation requests allowed per client address per minute, each counted on its own (default 20)',
  INVITATION_TTL_HOURS: 'how long an invitation link stays valid (default 168)',
  UPLOAD_MAX_OPEN_PER_ACCOUNT:
    "browser uploads one account may have started and not yet finished or cancelled, across entries (default 3); starting another on the same entry replaces that entry's unfinished one",
  UPLOAD_STARTS_PER_HOUR: 'browser uploads one account may start per hour (default 20)',
  FFMPEG_PATH: 'the ffmpeg binary (default: ffmpeg on PATH; required, see Prerequisites in README.md)',
  FFPROBE_PATH: 'the ffprobe binary (default: ffprobe on PATH; required, see Prerequisites in README.md)',
  PG_BIN_DIR:
    "the folder holding pg_dump and pg_restore for npm run backup and restore, of the database server's major version or newer (default: searched, see docs/operations.md)",
  VIDEO_PROCESS_ATTEMPTS:
    'runs of the processing job per uploaded video before it is rejected with a "upload it again" reason (default 3); damaged files are rejected at once',
  VIDEO_RETRY_DELAY_SECONDS: 'wait before retrying a video whose processing failed for a passing reason; doubles with each retry (default 30)',
  VIDEO_LEASE_SECONDS:
    'a worker renews its claim on a video it processes every third of this; a claim not renewed for this long (the worker died) is taken over by another worker (default 30)',
  VIDEO_ENCODE_TIMEOUT_SECONDS:
    'the web encode of a video may take this long plus VIDEO_ENCODE_TIMEOUT_FACTOR times its length, then it is stopped and the video rejected (default 300)',
  VIDEO_ENCODE_TIMEOUT_FACTOR: 'see VIDEO_ENCODE_TIMEOUT_SECONDS (default 10)',
  REJECTED_VIDEO_RETENTION_DAYS: 'the original file of a rejected video is deleted this many days after the rejection (default 7); the reasons stay',
  METRICS_PORT: 'serve Prometheus metrics at /metrics on this port of their own (bound to HOST); a worker needs it to be scraped',
  METRICS_TOKEN:
    'serve Prometheus metrics at /metrics on the public port to requests with "Authorization: Bearer <token>" (at least 16 characters; also required on METRICS_PORT when both are set). With neither, /metrics answers 404',
  STRICT_REFUSALS: 'true in test suites: a refusal that its endpoint did not declare with @Refuses answers 500 instead of only being logged (default false)',
  FONT_DIRS:
    'directories searched for the certificate fonts before /usr/share/fonts/truetype/noto, /usr/share/fonts/opentype/noto and /usr/share/fonts, colon-separated',
  FONT_DEFAULT_DIRS:
    'false to search FONT_DIRS only, not the system font directories after them (an image that ships its own fonts draws the same certificates everywhere); default true',
};

/** The process's own settings: the only place process.env is read. */
export function loadConfigFromEnvironment(argv: string[] = process.argv.slice(2)): AppConfig {
  return loadConfig(process.env, argv);
}

/** The environment a child tool runs with (pg_dump and pg_restore for backups): this process's, plus `extra`. */
export function childEnvironment(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { ...process.env, ...extra };
}

export function loadConfig(env: Env, argv: string[] = []): AppConfig {
  const problems: string[] = [];
  const unknownMode = () => problems.push('APP_MODE must be one of all, api, worker');

  const str = (name: string, fallback: string): string => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? fallback : v.trim();
  };
  const optional = (name: string): string | null => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? null : v.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = optional(name);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = optional(name);
    if (raw === null) return fallback;
    if (/^(true|1|yes)$/i.test(raw)) return true;
    if (/^(false|0|no)$/i.test(raw)) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  const url = (name: string, value: string | null, protocols: string[]): string | null => {
    if (value === null) return null;
    try {
      const u = new URL(value);
      if (!protocols.includes(u.protocol)) throw new Error('protocol');
      return value.replace(/\/+$/, '');
    } catch {
      problems.push(`${name} must be a URL starting with ${protocols.map((p) => p + '//').join(' or ')} (got "${redact(value)}")`);
      return null;
    }
  };

  let mode: AppMode = argv.includes('--worker') ? 'worker' : 'all';
  const rawMode = optional('APP_MODE');
  if (rawMode !== null) {
    if (rawMode === 'all' || rawMode === 'api' || rawMode === 'worker') mode = rawMode;
    else unknownMode();
  }

  const port = int('PORT', 3000, 1, 65535);
  const publicUrl = url('PUBLIC_URL', str('PUBLIC_URL', `http://localhost:${port}`), ['http:', 'https:']) ?? `http://localhost:${port}`;
  const allowedOrigins = [new URL(publicUrl).origin];
  for (const o of (optional('ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const checked = url('ALLOWED_ORIGINS', o, ['http:', 'https:']);
    if (checked) allowedOrigins.push(new URL(checked).origin);
  }

  const logLevel = str('LOG_LEVEL', 'info');
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  if (!levels.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${levels.join(', ')} (got "${logLevel}")`);

  const databaseUrl = url('DATABASE_URL', optional('DATABASE_URL'), ['postgres:', 'postgresql:']);
  const s3Endpoint = url('S3_ENDPOINT', optional('S3_ENDPOINT'), ['http:', 'https:']);
  const s3PublicEndpoint = url('S3_PUBLIC_ENDPOINT', optional('S3_PUBLIC_ENDPOINT'), ['http:', 'https:']);
  // Without S3_ENDPOINT these stay empty: the embedded endpoint's key pair is random per data folder, made on its
  // first start and kept in DATA_DIR/s3-credentials.json (runtime.ts reads it; embedded/embedded-s3.ts makes it).
  const accessKeyId = s3Endpoint ? str('S3_ACCESS_KEY_ID', '') : '';
  const secretAccessKey = s3Endpoint ? str('S3_SECRET_ACCESS_KEY', '') : '';
  if (s3Endpoint) {
    if (!accessKeyId) problems.push('S3_ACCESS_KEY_ID is required when S3_ENDPOINT is set');
    if (!secretAccessKey) problems.push('S3_SECRET_ACCESS_KEY is required when S3_ENDPOINT is set');
  }
  const bucket = str('S3_BUCKET', 'clapper');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    problems.push(`S3_BUCKET must be a valid bucket name: 3–63 lower-case letters, digits, dots and hyphens (got "${bucket}")`);

  const smtpUrl = url('SMTP_URL', optional('SMTP_URL'), ['smtp:', 'smtps:']);
  const metricsPort = optional('METRICS_PORT') === null ? null : int('METRICS_PORT', 0, 1, 65535);
  if (metricsPort !== null && metricsPort === port) problems.push(`METRICS_PORT must differ from PORT (both ${port})`);
  const metricsToken = optional('METRICS_TOKEN');
  if (metricsToken !== null && !/^[\x21-\x7e]{16,}$/.test(metricsToken))
    problems.push('METRICS_TOKEN must be at least 16 printable characters, without spaces');
  const embedded = !databaseUrl && !s3Endpoint;
  const http: AppConfig['http'] = {
    headersTimeoutSeconds: int('HTTP_HEADERS_TIMEOUT_SECONDS', 20, 1, 600),
    idleTimeoutSeconds: int('HTTP_IDLE_TIMEOUT_SECONDS', 60, 1, 3600),
    requestTimeoutSeconds: int('HTTP_REQUEST_TIMEOUT_SECONDS', 7200, 1, 7 * 24 * 3600),
  };
  // Node refuses a header timeout longer than the request's
  if (http.headersTimeoutSeconds > http.requestTimeoutSeconds) problems.push('HTTP_HEADERS_TIMEOUT_SECONDS must not be more than HTTP_REQUEST_TIMEOUT_SECONDS');

  const config: AppConfig = {
    mode,
    port,
    host: str('HOST', '0.0.0.0'),
    publicUrl,
    allowedOrigins,
    trustProxy: bool('TRUST_PROXY', false),
    http,
    logLevel: logLevel as AppConfig['logLevel'],
    dataDir: path.resolve(str('DATA_DIR', '.data')),
    webDistDir: path.resolve(str('WEB_DIST_DIR', 'apps/web/dist')),
    seedDemo: bool('SEED_DEMO', embedded),
    database: { url: databaseUrl, embeddedPort: int('EMBEDDED_PG_PORT', 54329, 1024, 65535) },
    s3: {
      endpoint: s3Endpoint,
      publicEndpoint: s3PublicEndpoint,
      region: str('S3_REGION', 'us-east-1'),
      bucket,
      accessKeyId,
      secretAccessKey,
      forcePathStyle: bool('S3_FORCE_PATH_STYLE', true),
      embeddedPort: int('EMBEDDED_S3_PORT', 9090, 1024, 65535),
      manageBucket: bool('S3_MANAGE_BUCKET', true),
    },
    mail: { smtpUrl, from: str('MAIL_FROM', 'Clapper <no-reply@clapper.local>') },
    session: {
      ttlHours: int('SESSION_TTL_HOURS', 168, 1, 24 * 90),
      cookieName: 'clapper_session',
      cookieSecure: bool('COOKIE_SECURE', publicUrl.startsWith('https:')),
    },
    signIn: {
      maxFailures: int('SIGN_IN_MAX_FAILURES', 3, 1, 100),
      maxDelayMinutes: int('SIGN_IN_LOCK_MINUTES', 15, 1, 24 * 60),
      maxFailuresPerClient: int('SIGN_IN_MAX_FAILURES_PER_CLIENT', 100, 1, 100_000),
      rateLimitPerMinute: int('AUTH_RATE_LIMIT_PER_MINUTE', 20, 1, 100_000),
    },
    invitationTtlHours: int('INVITATION_TTL_HOURS', 168, 1, 24 * 60),
    uploads: {
      maxOpenPerAccount: int('UPLOAD_MAX_OPEN_PER_ACCOUNT', 3, 1, 1000),
      startsPerHour: int('UPLOAD_STARTS_PER_HOUR', 20, 1, 100_000),
    },
    media: { ffmpegPath: optional('FFMPEG_PATH'), ffprobePath: optional('FFPROBE_PATH') },
    pgBinDir: optional('PG_BIN_DIR'),
    videoJobs: {
      attempts: int('VIDEO_PROCESS_ATTEMPTS', 3, 1, 20),
      retryDelaySeconds: int('VIDEO_RETRY_DELAY_SECONDS', 30, 0, 24 * 3600),
      leaseSeconds: int('VIDEO_LEASE_SECONDS', 30, 3, 3600),
      encodeTimeoutSeconds: int('VIDEO_ENCODE_TIMEOUT_SECONDS', 300, 1, 24 * 3600),
      encodeTimeoutFactor: int('VIDEO_ENCODE_TIMEOUT_FACTOR', 10, 0, 1000),
      rejectedRetentionDays: int('REJECTED_VIDEO_RETENTION_DAYS', 7, 0, 3650),
    },
    fontDirs: (optional('FONT_DIRS') ?? '')
      .split(':')
      .map((d) => d.trim())
      .filter((d) => d !== '')
      .map((d) => path.resolve(d)),
    fontDefaultDirs: bool('FONT_DEFAULT_DIRS', true),
    metrics: { port: metricsPort, token: metricsToken },
    strictRefusals: bool('STRICT_REFUSALS', false),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** Hide credentials in a URL before it is printed. */
export function redact(value: string): string {
  return value.replace(/\/\/([^@/]*)@/, '//***@');
}

export const APP_CONFIG = Symbol('APP_CONFIG');
