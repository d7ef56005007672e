/**
 * Whether a judge keeps pace with a round's window: one definition, for the round's progress page and the
 * competition's dashboard alike.
 */

/** a judge is behind when their share done trails the share of the window gone by more than this */
export const BEHIND_MARGIN = 0.2;

/** The share of a window gone by at `now`, from 0 (not opened) to 1 (closed). */
export function elapsedShare(opensAt: Date, closesAt: Date, now: Date): number {
  const span = closesAt.getTime() - opensAt.getTime();
  if (span <= 0) return now.getTime() >= closesAt.getTime() ? 1 : 0;
  return Math.min(1, Math.max(0, (now.getTime() - opensAt.getTime()) / span));
}

/** An open round's judge is behind when they have scorecards left and their share submitted trails the window's elapsed share by more than the margin. */
export function isJudgeBehind(p: { roundOpen: boolean; assigned: number; submitted: number; elapsed: number }): boolean {
  return p.roundOpen && p.assigned > p.submitted && p.submitted / p.assigned + BEHIND_MARGIN < p.elapsed;
}
