import type { AppConfig } from '../config/config.js';

/** Every background job, with its payload: one typed union for senders and workers. */
export interface JobPayloads {
  'mail.send': { messageId: string };
  'maintenance.purge-expired': Record<string, never>;
  'video.process': { assetId: string };
  'video.cleanup': Record<string, never>;
  /** gives ready videos made before the adaptive ladder their ladder, one at a time (videos/video-ladder-backfill.ts) */
  'video.ladder-backfill': Record<string, never>;
  'notifications.reminders': Record<string, never>;
  'notifications.digest': Record<string, never>;
  /** tells every team of the edition its results, once per entry and person (results/results-notices.ts) */
  'results.notify-teams': { competitionId: string };
  /** finds editions whose results became public (the ceremony time passed) and whose teams were not told yet */
  'results.notify-due': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const JOB_NAMES: JobName[] = [
  'mail.send',
  'maintenance.purge-expired',
  'video.process',
  'video.cleanup',
  'video.ladder-backfill',
  'notifications.reminders',
  'notifications.digest',
  'results.notify-teams',
  'results.notify-due',
];

/** Recurring jobs (cron, UTC). */
export const SCHEDULES: { name: JobName; cron: string }[] = [
  { name: 'maintenance.purge-expired', cron: '17 * * * *' },
  { name: 'video.cleanup', cron: '41 * * * *' },
  // videos still without the adaptive ladder (every worker also asks for a run when it starts)
  { name: 'video.ladder-backfill', cron: '53 * * * *' },
  // reminders before deadlines (each sent once: the hour only decides how soon after its moment it goes)
  { name: 'notifications.reminders', cron: '3 * * * *' },
  // the coordinators' digest of the day before (UTC)
  { name: 'notifications.digest', cron: '7 0 * * *' },
  // results that became public at the ceremony time: every team is told (results/results-notices.ts)
  { name: 'results.notify-due', cron: '*/15 * * * *' },
];

/** How the queue retries a job, and how long one run may last before the queue counts it failed. */
export interface QueuePolicy {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  expireInSeconds: number;
}

/**
 * A video's processing is retried VIDEO_PROCESS_ATTEMPTS - 1 times, after which the processor rejects it instead of
 * giving it back (so it never stays 'uploaded'). A run's own limits (the encode timeout) end it long before the
 * queue's expiry, which is only a backstop: a worker that dies is noticed through its lease (video-processor.ts).
 */
export function queuePolicy(name: JobName, config: Pick<AppConfig, 'videoJobs'>): QueuePolicy {
  if (name === 'video.process')
    return { retryLimit: config.videoJobs.attempts - 1, retryDelay: config.videoJobs.retryDelaySeconds, retryBackoff: true, expireInSeconds: 6 * 3600 };
  // converts one video after another; a worker that stops ends its run, and the next run goes on (its own lock)
  if (name === 'video.ladder-backfill') return { retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 12 * 3600 };
  return { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 15 * 60 };
}
