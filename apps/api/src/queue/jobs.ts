/** Every background job, with its payload: one typed union for senders and workers. */
export interface JobPayloads {
  'mail.send': { messageId: string };
  'maintenance.purge-expired': Record<string, never>;
  'video.process': { assetId: string };
  'video.cleanup': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const JOB_NAMES: JobName[] = ['mail.send', 'maintenance.purge-expired', 'video.process', 'video.cleanup'];

/** Recurring jobs (cron, UTC). */
export const SCHEDULES: { name: JobName; cron: string }[] = [
  { name: 'maintenance.purge-expired', cron: '17 * * * *' },
  { name: 'video.cleanup', cron: '41 * * * *' },
];
