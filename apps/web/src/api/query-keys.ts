import type { QueryKey } from '@tanstack/react-query';

/**
 * Every query key of the app, in one place. Keys nest: a mutation that marks a prefix stale (say
 * `queryKeys.competitions.all()`) refreshes every query under it, on every page that shows it. Features and pages
 * take their keys from here and never write a key by hand.
 */
export const queryKeys = {
  auth: {
    all: () => ['auth'] as const,
    /** the signed-in account (null when nobody is signed in) */
    me: () => [...queryKeys.auth.all(), 'me'] as const,
  },
  account: {
    sessions: () => ['account', 'sessions'] as const,
  },
  admin: {
    audit: (filters: object) => ['admin', 'audit', filters] as const,
    users: (limit: number, offset: number) => ['admin', 'users', limit, offset] as const,
    outbox: (limit: number, offset: number) => ['admin', 'outbox', limit, offset] as const,
  },
  countries: {
    all: () => ['countries'] as const,
    /** every country with its names in every language (the reader's language is picked when rendering) */
    list: () => [...queryKeys.countries.all(), 'list'] as const,
    overview: (code: string) => [...queryKeys.countries.all(), 'overview', code] as const,
  },
  schools: {
    suggestions: (country: string, q: string) => ['schools', country, q] as const,
  },
  teacherRequests: {
    all: () => ['teacher-requests'] as const,
    list: (country: string) => [...queryKeys.teacherRequests.all(), country] as const,
  },
  invitations: {
    all: () => ['invitations'] as const,
    list: () => [...queryKeys.invitations.all(), 'list'] as const,
    preview: (token: string) => [...queryKeys.invitations.all(), 'preview', token] as const,
  },
  competitions: {
    /** everything about competitions: an edit marks it all stale, lists and single competitions alike */
    all: () => ['competitions'] as const,
    list: () => [...queryKeys.competitions.all(), 'list'] as const,
    /** one competition, by id (organiser pages) or by slug (public pages): both sit under `all()` */
    one: (idOrSlug: string) => [...queryKeys.competitions.all(), 'one', idOrSlug] as const,
    licence: (competitionId: string) => [...queryKeys.competitions.one(competitionId), 'licence'] as const,
    /** a consent or licence text as shown to someone who agrees to it, in one language */
    agreementText: (competitionId: string, document: string, language: string) =>
      [...queryKeys.competitions.one(competitionId), 'agreement-text', document, language] as const,
    /** the consent and licence texts in every language, for the staff who review them */
    legalTexts: (competitionId: string) => [...queryKeys.competitions.one(competitionId), 'legal-texts'] as const,
    /** what each language of the competition still misses (the completeness panel) */
    translations: (competitionId: string) => [...queryKeys.competitions.one(competitionId), 'translations'] as const,
    /** the competition's dashboard, whole (organisers) or for one country */
    dashboard: (competitionId: string, country?: string) => [...queryKeys.competitions.one(competitionId), 'dashboard', country ?? 'all'] as const,
  },
  entries: {
    all: () => ['entries'] as const,
    lists: () => [...queryKeys.entries.all(), 'list'] as const,
    list: (country?: string) => [...queryKeys.entries.lists(), country ?? 'mine'] as const,
    /** the central list of entries, by its view (filters, sort, page); a screening marks every list stale */
    review: (view: object) => [...queryKeys.entries.lists(), 'review', view] as const,
    /** an entry's previous and next in a review list */
    neighbours: (id: string, view: object) => [...queryKeys.entries.lists(), 'neighbours', id, view] as const,
    /** one entry; its video, subtitles and consent forms sit under it (a consent or a processed video changes its checklist) */
    one: (id: string) => [...queryKeys.entries.all(), 'one', id] as const,
    video: (entryId: string) => [...queryKeys.entries.one(entryId), 'video'] as const,
    subtitles: (entryId: string) => [...queryKeys.entries.one(entryId), 'subtitles'] as const,
    consentForm: (entryId: string, consentId: string) => [...queryKeys.entries.one(entryId), 'consent-form', consentId] as const,
  },
  /** a guardian's link, read in a language (the preview carries the consent text in it) */
  guardianConsent: (token: string, language?: string) => (language ? (['guardian-consent', token, language] as const) : (['guardian-consent', token] as const)),
  notifications: {
    /** everything about the signed-in person's notifications: marking one read marks the list and the bell's count stale */
    all: () => ['notifications'] as const,
    list: () => [...queryKeys.notifications.all(), 'list'] as const,
    unread: () => [...queryKeys.notifications.all(), 'unread'] as const,
    preferences: () => [...queryKeys.notifications.all(), 'preferences'] as const,
    /** what a message's unsubscribe link stops (signed in or not) */
    unsubscribeLink: (token: string) => ['unsubscribe-link', token] as const,
  },
  rounds: {
    all: () => ['rounds'] as const,
    lists: () => [...queryKeys.rounds.all(), 'list'] as const,
    list: (competitionId: string) => [...queryKeys.rounds.lists(), competitionId] as const,
    /** everything about one round (settings, panel, assignments, progress…): a change marks all of it stale at once */
    scope: (roundId: string) => [...queryKeys.rounds.all(), 'round', roundId] as const,
    settings: (roundId: string) => [...queryKeys.rounds.scope(roundId), 'settings'] as const,
    panel: (roundId: string) => [...queryKeys.rounds.scope(roundId), 'panel'] as const,
    assignments: (roundId: string) => [...queryKeys.rounds.scope(roundId), 'assignments'] as const,
    progress: (roundId: string) => [...queryKeys.rounds.scope(roundId), 'progress'] as const,
    ranking: (roundId: string) => [...queryKeys.rounds.scope(roundId), 'ranking'] as const,
    judgeStats: (roundId: string) => [...queryKeys.rounds.scope(roundId), 'judge-stats'] as const,
    notes: (roundId: string, roundEntryId: string) => [...queryKeys.rounds.scope(roundId), 'notes', roundEntryId] as const,
  },
  judge: {
    all: () => ['judge'] as const,
    rounds: () => [...queryKeys.judge.all(), 'rounds'] as const,
    queue: (roundId: string) => [...queryKeys.judge.all(), 'queue', roundId] as const,
    entry: (roundId: string, roundEntryId: string) => [...queryKeys.judge.all(), 'entry', roundId, roundEntryId] as const,
    otherScores: (roundId: string, roundEntryId: string) => [...queryKeys.judge.all(), 'other-scores', roundId, roundEntryId] as const,
    declaration: (roundId: string) => [...queryKeys.judge.all(), 'declaration', roundId] as const,
    schools: (roundId: string, q: string) => [...queryKeys.judge.all(), 'schools', roundId, q] as const,
  },
  results: {
    /** a change to a round's results or to the awards marks these stale */
    all: () => ['results'] as const,
    round: (roundId: string) => [...queryKeys.results.all(), 'round', roundId] as const,
    confidence: (roundId: string) => [...queryKeys.results.all(), 'confidence', roundId] as const,
    awardsAll: () => [...queryKeys.results.all(), 'awards'] as const,
    awards: (competitionId: string) => [...queryKeys.results.awardsAll(), competitionId] as const,
    team: (entryId: string) => [...queryKeys.results.all(), 'team', entryId] as const,
  },
  ceremony: (competitionId: string) => ['ceremony', competitionId] as const,
  voting: {
    all: () => ['voting'] as const,
    ballot: (competitionId: string) => [...queryKeys.voting.all(), 'ballot', competitionId] as const,
  },
  campaigns: {
    all: () => ['campaigns'] as const,
    lists: () => [...queryKeys.campaigns.all(), 'list'] as const,
    list: (competitionId: string) => [...queryKeys.campaigns.lists(), competitionId] as const,
    /** everything about one campaign (its detail, its candidates): a change marks all of it stale */
    scope: (id: string) => [...queryKeys.campaigns.all(), 'one', id] as const,
    detail: (id: string) => [...queryKeys.campaigns.scope(id), 'detail'] as const,
    candidates: (id: string, q: string) => [...queryKeys.campaigns.scope(id), 'candidates', q] as const,
  },
};

/** Whether `key` starts with `prefix`, element by element: for predicates that keep or skip a family of queries. */
export function hasPrefix(key: QueryKey, prefix: QueryKey): boolean {
  return prefix.every((part, i) => key[i] === part);
}
