import { Injectable } from '@nestjs/common';
import { Clock } from '../../clock/clock.js';
import { CompetitionsQueries } from '../../competitions/competitions.queries.js';
import { EntriesQueries } from '../../entries/entries.queries.js';
import { EntriesService } from '../../entries/entries.service.js';
import type { MailText } from '../../mail/mail-i18n.js';
import { Notifier, type NoticeOf } from '../notifier.service.js';

const DAY_MS = 24 * 3_600_000;

/** How long before the submission window closes a team with a draft is reminded, latest first. */
export const DRAFT_REMINDER_TIERS = [
  { tier: '2d', before: 2 * DAY_MS },
  { tier: '7d', before: 7 * DAY_MS },
] as const;

export type DraftReminderTier = (typeof DRAFT_REMINDER_TIERS)[number]['tier'];

/** One thing a draft still lacks, as the checklist gives it: its code, with the facts the email names. */
export interface MissingItem {
  code: string;
  params: Record<string, unknown>;
}

/**
 * The teams' draft reminders: in every published competition whose submission window closes within 7 days, the owner
 * of each unsubmitted draft (the account that started it: team members have no accounts of their own) is reminded 7
 * days and 2 days before it closes, with what is still missing. Each once per entry, person, deadline and tier; a
 * window already within 2 days of closing gets the 2-day reminder only. Switched off with the draft_reminders topic.
 */
@Injectable()
export class DraftReminders {
  constructor(
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
    private readonly entriesService: EntriesService,
  ) {}

  async run(): Promise<number> {
    const now = this.clock.now();
    const closing = await this.competitions.competitionsClosingBetween(
      now,
      new Date(now.getTime() + DRAFT_REMINDER_TIERS[DRAFT_REMINDER_TIERS.length - 1].before),
    );
    const byId = new Map(closing.map((c) => [c.id, c]));
    let sent = 0;
    for (const entry of await this.entries.draftsOf([...byId.keys()])) {
      const competition = byId.get(entry.competitionId)!;
      const left = competition.submissionClosesAt.getTime() - now.getTime();
      const { tier } = DRAFT_REMINDER_TIERS.find((r) => left <= r.before)!;
      const missing = await this.entriesService.missingBeforeSubmission(entry.id);
      const notice = draftReminderNotice(
        entry.ownerId,
        {
          entryId: entry.id,
          entryCode: entry.code,
          title: entry.title,
          competition: competition.name,
          closesAt: competition.submissionClosesAt,
          daysLeft: Math.ceil(left / DAY_MS),
        },
        missing,
        tier,
      );
      if ((await this.notifier.notify(notice)) === 'sent') sent++;
    }
    return sent;
  }
}

export function draftReminderNotice(
  userId: string,
  draft: { entryId: string; entryCode: string; title: string; competition: Record<string, string>; closesAt: Date; daysLeft: number },
  missing: MissingItem[],
  tier: DraftReminderTier,
): NoticeOf<'entry.draft_reminder'> {
  return {
    kind: 'entry.draft_reminder',
    to: { userId },
    facts: {
      entryId: draft.entryId,
      entryCode: draft.entryCode,
      title: draft.title,
      competition: draft.competition,
      closesAt: draft.closesAt.toISOString(),
      missing: [...new Set(missing.map((m) => m.code))],
    },
    path: `/me/entries/${draft.entryId}`,
    onceKey: `draft-reminder:${draft.entryId}:${userId}:${draft.closesAt.toISOString()}:${tier}`,
    email: (t) => {
      const title = draft.title.trim() || draft.entryCode;
      return {
        subject: t.t('draftReminder.subject', { count: draft.daysLeft, title }),
        lines: [
          t.t('draftReminder.intro', { code: draft.entryCode, title, competition: t.localised(draft.competition), date: t.dateTime(draft.closesAt) }),
          '',
          ...(missing.length ? [t.t('draftReminder.missingIntro'), ...missingLines(t, missing)] : [t.t('draftReminder.ready')]),
          '',
          t.t('draftReminder.submit'),
        ],
      };
    },
  };
}

/** Each missing thing as a line in the reader's language, once each (one line per team member where it names one). */
function missingLines(t: MailText, missing: MissingItem[]): string[] {
  const lines = missing.map((m) => {
    const p = m.params;
    const vars: Record<string, string | number> = {};
    if (typeof p.name === 'string') vars.name = p.name;
    if (Array.isArray(p.languages)) vars.languages = t.languages(p.languages as string[]);
    for (const k of ['min', 'max', 'limit', 'size', 'minAge', 'maxAge', 'age'] as const) if (typeof p[k] === 'number') vars[k] = p[k];
    return `• ${t.t(`draftReminder.missing.${m.code}`, vars)}`;
  });
  return [...new Set(lines)];
}
