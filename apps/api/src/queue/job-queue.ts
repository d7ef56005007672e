import type { JobName, JobPayloads } from './jobs.js';

export type JobHandler<N extends JobName> = (payload: JobPayloads[N]) => Promise<void>;

/** The job queue behind a small interface: pg-boss on Postgres in the app, an in-memory one in unit tests. */
export abstract class JobQueue {
  abstract send<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void>;
  /** Registers the handler that workers run for a job. */
  abstract handle<N extends JobName>(name: N, handler: JobHandler<N>): void;
}
