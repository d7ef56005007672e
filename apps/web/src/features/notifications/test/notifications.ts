import type { NotificationItem } from '../api/get-notifications';

const competition = { en: 'ASEAN–Japan Cybersecurity Video Competition', th: 'การประกวดวิดีโอความปลอดภัยไซเบอร์อาเซียน–ญี่ปุ่น' };
const entry = { entryId: 'e1', entryCode: 'TH-0007', title: 'Think before you click', competition };
const round = { roundId: 'r1', roundKind: 'national', countryCode: 'TH', competition };
const T = '2027-01-15T03:00:00.000Z';

let n = 0;
const item = (kind: NotificationItem['kind'], facts: object, o: Partial<NotificationItem> = {}): NotificationItem => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  kind,
  facts: facts as NotificationItem['facts'],
  path: kind.startsWith('judge.') ? '/judge/rounds/r1' : kind.startsWith('coordinator.') ? '/coordinate/TH' : '/me/entries/e1',
  createdAt: T,
  readAt: null,
  ...o,
});

/** One notification of every kind (and every outcome a kind has), as the API sends them, newest first. */
export const EVERY_KIND: NotificationItem[] = [
  item('account.welcome', {}),
  item('entry.submitted', entry),
  item('entry.video_ready', entry),
  item('entry.video_rejected', { ...entry, problems: ['too_short', 'no_audio'] }),
  item('entry.screened', { ...entry, outcome: 'eligible', dueAt: null }),
  item('entry.screened', { ...entry, outcome: 'ineligible', dueAt: null }),
  item('entry.screened', { ...entry, outcome: 'changes_requested', dueAt: '2027-02-01T10:00:00.000Z' }),
  item('entry.consent_changed', { ...entry, consentKind: 'guardian', status: 'given' }),
  item('entry.promoted', entry),
  item('entry.results_published', { ...entry, award: { en: 'Grand Prize', th: 'รางวัลชนะเลิศ' }, rank: 1 }),
  item('entry.results_published', { ...entry, award: null, rank: 4 }),
  item('entry.draft_reminder', { ...entry, closesAt: '2027-02-01T10:00:00.000Z', missing: ['no_video', 'licence_not_accepted'] }),
  item('judge.assignment_ready', { ...round, assigned: 12, closesAt: '2027-02-01T10:00:00.000Z' }),
  item('judge.reminder', { ...round, left: 1, closesAt: '2027-02-01T10:00:00.000Z' }),
  item('judge.round_closed', { ...round, roundKind: 'final', countryCode: null, submitted: 12 }),
  item('coordinator.consent_changed', { ...entry, consentKind: 'participant', status: 'withdrawn' }),
  item('coordinator.digest', { countryCode: 'TH', competition, competitionId: 'c1', submitted: 3, consentsWaiting: 1, toScreen: 0 }),
];

export const COUNTRIES = [
  { code: 'TH', names: { en: 'Thailand', th: 'ไทย', ja: 'タイ' } },
  { code: 'JP', names: { en: 'Japan', th: 'ญี่ปุ่น', ja: '日本' } },
];
