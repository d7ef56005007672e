import type { NotificationKind } from '@clapper/domain/notifications';

/** The messages always sent, grouped the way people think of them; each group is a line of the settings page. */
export type EssentialGroup = 'account' | 'receipts' | 'decisions' | 'consents' | 'results' | 'judging' | 'country';

const GROUP_OF: Partial<Record<NotificationKind, EssentialGroup>> = {
  'entry.submitted': 'receipts',
  'entry.video_ready': 'decisions',
  'entry.video_rejected': 'decisions',
  'entry.screened': 'decisions',
  'entry.promoted': 'decisions',
  'entry.consent_changed': 'consents',
  'entry.results_published': 'results',
  'judge.assignment_ready': 'judging',
  'judge.round_closed': 'judging',
  'coordinator.consent_changed': 'country',
};

const ORDER: EssentialGroup[] = ['receipts', 'decisions', 'consents', 'results', 'judging', 'country', 'account'];

/** The groups of the kinds given, in a fixed order; the account's own messages (password reset, email checks) always. */
export function essentialGroups(kinds: readonly string[]): EssentialGroup[] {
  const groups = new Set<EssentialGroup>(['account']);
  for (const kind of kinds) {
    const group = GROUP_OF[kind as NotificationKind];
    if (group) groups.add(group);
  }
  return ORDER.filter((g) => groups.has(g));
}
