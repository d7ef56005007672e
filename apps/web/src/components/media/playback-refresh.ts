/** Fresh presigned URLs are asked for this long before the current ones expire. */
export const REFRESH_BEFORE_MS = 60_000;
/** Never sooner than this, so a server clock ahead of ours cannot cause a refresh loop. */
export const MIN_REFRESH_DELAY_MS = 5_000;
/** setTimeout's ceiling (about 24.8 days); longer delays would fire at once. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** How long to wait before asking for fresh playback URLs that expire at `expiresAt`. */
export function refreshDelayMs(expiresAt: string, now: number): number {
  const at = Date.parse(expiresAt);
  if (!Number.isFinite(at)) return MAX_DELAY_MS;
  return Math.min(MAX_DELAY_MS, Math.max(MIN_REFRESH_DELAY_MS, at - REFRESH_BEFORE_MS - now));
}
