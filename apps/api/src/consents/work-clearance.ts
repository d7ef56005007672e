import { isMinor } from '@clapper/domain/age';

/** A team member of a submitted entry whose licence is accepted, as the clearance rule reads it. */
export interface RosterMember {
  entryId: string;
  memberId: string;
  dateOfBirth: string;
  /** the reference date of the entry's competition */
  referenceDate: string;
}

/**
 * Which entries are cleared to be shown in public and reused in campaigns, from the rosters of those that are
 * submitted with the licence accepted (an entry that is not, has no row) and the consents given now:
 * - every team member's participant consent is given, and every minor's guardian consent is given (a minor by the
 *   domain's one rule, `isMinor`: under 18 on the competition's reference date); a withdrawn consent clears nothing;
 * - a team with no members is not cleared.
 * ConsentsQueries.clearedEntryIds reads the facts on every request, so a withdrawal takes a work off every public
 * page, embed and media kit at once.
 */
export function clearedEntries(roster: RosterMember[], given: { memberId: string; kind: 'participant' | 'guardian' }[]): Set<string> {
  const has = new Set(given.map((c) => `${c.memberId}:${c.kind}`));
  const withTeam = new Set<string>();
  const blocked = new Set<string>();
  for (const member of roster) {
    withTeam.add(member.entryId);
    const participant = has.has(`${member.memberId}:participant`);
    const guardian = has.has(`${member.memberId}:guardian`);
    if (!participant || (isMinor(member.dateOfBirth, member.referenceDate) && !guardian)) blocked.add(member.entryId);
  }
  return new Set([...withTeam].filter((id) => !blocked.has(id)));
}
