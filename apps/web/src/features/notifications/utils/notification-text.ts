import type { NotificationFactsByKind, NotificationKind } from '@clapper/domain/notifications';
import type { TFunction } from '../../../lib/translator';
import { localize, localizeWithLanguage } from '../../../lib/localized-text';
import type { NotificationItem } from '../api/get-notifications';
import { formatList } from '../../../lib/format';

/** A notification in the reader's words: what happened (the title), what it means or what to do (the detail), and what it is about. */
export interface NotificationText {
  title: string;
  detail: string;
  /** the competition's name in the reader's language where it has one, else English (with the language it is in, for `lang`) */
  competition: { text: string; language: string } | null;
  /** the entry's code, or the round ("National round · Thailand"), or the country of a digest */
  about: string | null;
}

type Facts<K extends NotificationKind> = NotificationFactsByKind[K];

/**
 * Words a notification from its kind and facts, in the reader's language (catalog `notifications.kind.*`). The facts
 * are as the API stored them (libs/domain/src/notifications.ts); a kind this version does not know gets a plain line.
 */
export function notificationText(t: TFunction, lng: string, n: NotificationItem, countryName: (code: string) => string): NotificationText {
  const f: unknown = n.facts;
  const named = n.facts.competition;
  const competition = named && typeof named === 'object' ? localizeWithLanguage(named as Record<string, string>, lng) : null;
  const k = (key: string, values?: Record<string, unknown>) => t(`notifications.kind.${key}`, values);
  const entry = (facts: { title: string; entryCode: string }) => ({
    competition,
    about: t('notifications.entryCode', { code: facts.entryCode }),
    title: facts.title,
  });
  const round = (facts: { roundKind: 'national' | 'final'; countryCode: string | null }) =>
    facts.roundKind === 'national' && facts.countryCode
      ? t('notifications.round.national', { country: countryName(facts.countryCode) })
      : t('notifications.round.final');

  switch (n.kind) {
    case 'account.welcome':
      return { title: k('account.welcome.title'), detail: k('account.welcome.detail'), competition: null, about: null };
    case 'entry.submitted': {
      const e = entry(f as Facts<'entry.submitted'>);
      return { ...e, title: k('entry.submitted.title', { title: e.title }), detail: k('entry.submitted.detail') };
    }
    case 'entry.video_ready': {
      const e = entry(f as Facts<'entry.video_ready'>);
      return { ...e, title: k('entry.video_ready.title', { title: e.title }), detail: k('entry.video_ready.detail') };
    }
    case 'entry.video_rejected': {
      const facts = f as Facts<'entry.video_rejected'>;
      const e = entry(facts);
      return { ...e, title: k('entry.video_rejected.title', { title: e.title }), detail: k('entry.video_rejected.detail', { count: facts.problems.length }) };
    }
    case 'entry.screened': {
      const facts = f as Facts<'entry.screened'>;
      const e = entry(facts);
      const detail =
        facts.outcome === 'changes_requested' && facts.dueAt
          ? k('entry.screened.changes_requested.detailDue', { dueAt: facts.dueAt })
          : k(`entry.screened.${facts.outcome}.detail`);
      return { ...e, title: k(`entry.screened.${facts.outcome}.title`, { title: e.title }), detail };
    }
    case 'entry.consent_changed':
    case 'coordinator.consent_changed': {
      const facts = f as Facts<'entry.consent_changed'>;
      const e = entry(facts);
      return {
        ...e,
        title: k(`consent.${facts.status}.title`, { title: e.title }),
        detail: k(`consent.${facts.status}.${facts.consentKind}`),
      };
    }
    case 'entry.promoted': {
      const e = entry(f as Facts<'entry.promoted'>);
      return { ...e, title: k('entry.promoted.title', { title: e.title }), detail: k('entry.promoted.detail') };
    }
    case 'entry.results_published': {
      const facts = f as Facts<'entry.results_published'>;
      const e = entry(facts);
      const award = facts.award ? localize(facts.award, lng) : '';
      const outcome = award
        ? k('entry.results_published.award', { award })
        : facts.rank !== null
          ? k('entry.results_published.rank', { rank: facts.rank })
          : k('entry.results_published.thanks');
      return { ...e, title: k('entry.results_published.title', { title: e.title }), detail: `${outcome} ${k('entry.results_published.detail')}` };
    }
    case 'entry.draft_reminder': {
      const facts = f as Facts<'entry.draft_reminder'>;
      const e = entry(facts);
      return {
        ...e,
        title: k('entry.draft_reminder.title', { title: e.title }),
        detail: facts.missing.length
          ? k('entry.draft_reminder.detail', { count: facts.missing.length, closesAt: facts.closesAt })
          : k('entry.draft_reminder.detailReady', { closesAt: facts.closesAt }),
      };
    }
    case 'judge.assignment_ready': {
      const facts = f as Facts<'judge.assignment_ready'>;
      return {
        competition,
        about: round(facts),
        title: k('judge.assignment_ready.title', { count: facts.assigned }),
        detail: k('judge.assignment_ready.detail', { closesAt: facts.closesAt }),
      };
    }
    case 'judge.reminder': {
      const facts = f as Facts<'judge.reminder'>;
      return {
        competition,
        about: round(facts),
        title: k('judge.reminder.title', { count: facts.left }),
        detail: k('judge.reminder.detail', { closesAt: facts.closesAt }),
      };
    }
    case 'judge.round_closed': {
      const facts = f as Facts<'judge.round_closed'>;
      return { competition, about: round(facts), title: k('judge.round_closed.title'), detail: k('judge.round_closed.detail', { count: facts.submitted }) };
    }
    case 'coordinator.digest': {
      const facts = f as Facts<'coordinator.digest'>;
      const parts = [
        facts.submitted ? k('coordinator.digest.submitted', { count: facts.submitted }) : null,
        facts.consentsWaiting ? k('coordinator.digest.consentsWaiting', { count: facts.consentsWaiting }) : null,
        facts.toScreen ? k('coordinator.digest.toScreen', { count: facts.toScreen }) : null,
      ].filter((p): p is string => p !== null);
      return {
        competition,
        about: countryName(facts.countryCode),
        title: k('coordinator.digest.title', { country: countryName(facts.countryCode) }),
        detail: parts.length ? formatList(parts, lng) : k('coordinator.digest.nothing'),
      };
    }
    default:
      return { title: t('notifications.kind.unknown'), detail: '', competition, about: null };
  }
}
