import type { LocalisedText } from '@clapper/domain/notifications';
import type { NoticeOf } from '../notifier.service.js';
import { number, roundTitle } from './staff-text.js';

/** A round as its judges' messages name it: what the in-app list needs, and when its window closes. */
export interface JudgeRound {
  roundId: string;
  roundKind: 'national' | 'final';
  countryCode: string | null;
  competition: LocalisedText;
  closesAt: Date;
}

/** How far ahead of a round's window closing its judges behind schedule are reminded (the onceKey's suffix). */
export type JudgeReminderTier = '3d' | '1d';

const judgePage = (roundId: string) => `/judge/rounds/${roundId}`;
const roundFacts = (r: JudgeRound) => ({ roundId: r.roundId, roundKind: r.roundKind, countryCode: r.countryCode, competition: r.competition });

/** The judge's queue is ready: how many entries they score, and until when. Sent once per judge and round. */
export function assignmentReadyNotice(judgeId: string, round: JudgeRound, assigned: number): NoticeOf<'judge.assignment_ready'> {
  return {
    kind: 'judge.assignment_ready',
    to: { userId: judgeId },
    facts: { ...roundFacts(round), assigned, closesAt: round.closesAt.toISOString() },
    path: judgePage(round.roundId),
    onceKey: `judge-assignment-ready:${round.roundId}:${judgeId}`,
    email: (t) => {
      const name = roundTitle(t, round);
      return {
        subject: t.t('assignmentReady.subject', { round: name }),
        lines: [
          t.t('assignmentReady.intro', { count: assigned, n: number(t, assigned), round: name }),
          t.t('assignmentReady.closes', { date: t.dateTime(round.closesAt) }),
          '',
          t.t('assignmentReady.how'),
        ],
      };
    },
  };
}

/**
 * A reminder of the scorecards a judge has left: the scheduled one (with its tier, sent once per judge, round, deadline and
 * tier) or one an organiser or coordinator sends from the round's progress page (no once-only key: they choose).
 */
export function judgeReminderNotice(
  judgeId: string,
  round: JudgeRound,
  load: { assigned: number; submitted: number },
  tier: JudgeReminderTier | null,
): NoticeOf<'judge.reminder'> {
  const left = load.assigned - load.submitted;
  return {
    kind: 'judge.reminder',
    to: { userId: judgeId },
    facts: { ...roundFacts(round), left, closesAt: round.closesAt.toISOString() },
    path: judgePage(round.roundId),
    ...(tier ? { onceKey: `judge-reminder:${round.roundId}:${judgeId}:${round.closesAt.toISOString()}:${tier}` } : {}),
    email: (t) => ({
      subject: t.t('judgingReminder.subject', { count: left }),
      lines: [
        t.t('roundBrief.round', { round: roundTitle(t, round) }),
        t.t('judgingReminder.progress', { submitted: load.submitted, assigned: load.assigned, date: t.dateTime(round.closesAt) }),
      ],
    }),
  };
}

/** The round closed: the judge's scorecards are locked, with thanks. */
export function roundClosedNotice(judgeId: string, round: JudgeRound, submitted: number, closedAt: Date): NoticeOf<'judge.round_closed'> {
  return {
    kind: 'judge.round_closed',
    to: { userId: judgeId },
    facts: { ...roundFacts(round), submitted },
    path: judgePage(round.roundId),
    onceKey: `judge-round-closed:${round.roundId}:${judgeId}`,
    email: (t) => {
      const name = roundTitle(t, round);
      return {
        subject: t.t('roundClosed.subject', { round: name }),
        lines: [
          t.t('roundClosed.intro', { round: name, date: t.dateTime(closedAt) }),
          t.t('roundClosed.submitted', { count: submitted, n: number(t, submitted) }),
          '',
          t.t('roundClosed.thanks'),
        ],
      };
    },
  };
}
