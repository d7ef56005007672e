/**
 * The platform's Prometheus metrics, one registry per process. Nothing is loaded or counted until metrics are
 * switched on (METRICS_PORT or METRICS_TOKEN): until then every recorder is a no-op and prom-client stays
 * unloaded, so a process that nobody scrapes carries none of it.
 */
import type { Registry } from 'prom-client';

export type UploadPath = 'streaming' | 'presigned';
export type JobOutcome = 'completed' | 'failed';
export type MediaTool = 'ffmpeg' | 'ffprobe';

/** What the code reports. Labels are closed sets or route templates: never ids, names or addresses. */
export interface MetricsRecorder {
  /** route: the route template (`/api/entries/:id`), never the raw URL */
  httpRequest(method: string, route: string, status: number, seconds: number): void;
  jobStarted(name: string): void;
  jobFinished(name: string, outcome: JobOutcome, seconds: number): void;
  uploadedBytes(path: UploadPath, bytes: number): void;
  mediaSeconds(tool: MediaTool, seconds: number): void;
}

/** What a process contributes at scrape time: its database pool, and the queue's jobs (read from its database). */
export interface MetricsSource {
  pool(): { total: number; idle: number; waiting: number } | null;
  jobs(): Promise<{ name: string; state: JobState; count: number }[]>;
}
export type JobState = 'queued' | 'running' | 'failed';

const NONE: MetricsRecorder = {
  httpRequest: () => undefined,
  jobStarted: () => undefined,
  jobFinished: () => undefined,
  uploadedBytes: () => undefined,
  mediaSeconds: () => undefined,
};

let recorder: MetricsRecorder = NONE;
let enabled: Promise<EnabledMetrics> | null = null;
const sources = new Set<MetricsSource>();

/** Where code reports to: a no-op until metrics are enabled. */
export function metrics(): MetricsRecorder {
  return recorder;
}

export interface EnabledMetrics {
  registry: Registry;
  addSource(source: MetricsSource): () => void;
}

/** Loads prom-client and registers the families, once per process. */
export function enableMetrics(): Promise<EnabledMetrics> {
  enabled ??= (async () => {
    const prom = await import('prom-client');
    const registry = new prom.Registry();
    // process memory, CPU, handles and event-loop lag (nodejs_eventloop_lag_*), under their usual names
    prom.collectDefaultMetrics({ register: registry });

    const http = new prom.Histogram({
      name: 'clapper_http_request_duration_seconds',
      help: 'HTTP requests by method, route template and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120],
      registers: [registry],
    });
    const jobDuration = new prom.Histogram({
      name: 'clapper_job_duration_seconds',
      help: 'Background jobs run by this process, by job name and outcome',
      labelNames: ['name', 'outcome'] as const,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600],
      registers: [registry],
    });
    const jobsRunningHere = new prom.Gauge({
      name: 'clapper_jobs_running_in_process',
      help: 'Background jobs this process is running now, by job name',
      labelNames: ['name'] as const,
      registers: [registry],
    });
    // read before the queue's gauge below, whose query would otherwise show up in them
    const poolGauge = (name: string, help: string, pick: (p: { total: number; idle: number; waiting: number }) => number) =>
      new prom.Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          let value = 0;
          for (const source of sources) {
            const p = source.pool();
            if (p) value += pick(p);
          }
          this.set(value);
        },
      });
    poolGauge('clapper_db_pool_in_use', 'Database connections checked out of the pool', (p) => p.total - p.idle);
    poolGauge('clapper_db_pool_idle', 'Database connections open and idle in the pool', (p) => p.idle);
    poolGauge('clapper_db_pool_waiting', 'Queries waiting for a database connection', (p) => p.waiting);

    new prom.Gauge({
      name: 'clapper_jobs',
      help: 'Jobs in the queue (shared by every process: take the max, not the sum), by job name and state (queued, running, failed)',
      labelNames: ['name', 'state'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const source of sources) {
          const rows = await source.jobs().catch(() => []);
          for (const row of rows) this.inc({ name: row.name, state: row.state }, row.count);
        }
      },
    });
    const uploaded = new prom.Counter({
      name: 'clapper_upload_bytes_total',
      help: 'Bytes of videos uploaded, by upload path (streaming through the API, presigned multipart to storage)',
      labelNames: ['path'] as const,
      registers: [registry],
    });
    const media = new prom.Counter({
      name: 'clapper_ffmpeg_seconds_total',
      help: 'Wall-clock seconds spent in ffmpeg and ffprobe child processes',
      labelNames: ['tool'] as const,
      registers: [registry],
    });
    recorder = {
      httpRequest: (method, route, status, seconds) => http.observe({ method, route, status: String(status) }, seconds),
      jobStarted: (name) => jobsRunningHere.inc({ name }),
      jobFinished: (name, outcome, seconds) => {
        jobsRunningHere.dec({ name });
        jobDuration.observe({ name, outcome }, seconds);
      },
      uploadedBytes: (path, bytes) => uploaded.inc({ path }, bytes),
      mediaSeconds: (tool, seconds) => media.inc({ tool }, seconds),
    };
    return {
      registry,
      addSource(source: MetricsSource) {
        sources.add(source);
        return () => void sources.delete(source);
      },
    };
  })();
  return enabled;
}
