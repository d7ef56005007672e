import type { JobName, JobPayloads } from './jobs.js';

export type JobHandler<N extends JobName> = (payload: JobPayloads[N]) => Promise<void>;

/** The job queue behind a small interface: pg-boss on Postgres in the app, an in-memory one in unit tests. */
export abstract class JobQueue {
  /** singletonKey: at most one queued or active job with this key (e.g. one processing job per upload) */
  abstract send<N extends JobName>(name: N, payload: JobPayloads[N], options?: { singletonKey?: string }): Promise<void>;
  /** Registers the handler that workers run for a job. */
  abstract handle<N extends JobName>(name: N, handler: JobHandler<N>): void;
}
