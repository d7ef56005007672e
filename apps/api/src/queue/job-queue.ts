import type { JobName, JobPayloads } from './jobs.js';

/** One delivery of a job to a handler. */
export interface JobRun {
  id: string;
  /** 1 for the first delivery, 2 for the first retry, ... */
  attempt: number;
  /** the queue will not deliver this job again if this run fails */
  lastAttempt: boolean;
}

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], run: JobRun) => Promise<void>;

/** The job queue behind a small interface. Its one implementation is pg-boss on Postgres (pg-boss.queue.ts), tests included. */
export abstract class JobQueue {
  /** singletonKey: at most one queued or active job with this key (e.g. one processing job per upload) */
  abstract send<N extends JobName>(name: N, payload: JobPayloads[N], options?: { singletonKey?: string }): Promise<void>;
  /** Registers the handler that workers run for a job. */
  abstract handle<N extends JobName>(name: N, handler: JobHandler<N>): void;
  /** Drops a queued or running job without retrying it (e.g. one whose worker died and whose work was queued again). */
  abstract cancel(name: JobName, id: string): Promise<void>;
  /** Which of these singleton keys have a job of this name queued, waiting to be retried, or running. */
  abstract pendingKeys(name: JobName, keys: string[]): Promise<Set<string>>;
}
