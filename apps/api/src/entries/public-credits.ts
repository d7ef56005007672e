import { publicCredits, type PublicCredits } from '@clapper/domain/credits';
import type { Entry } from './entry.entity.js';
import type { TeamMember } from './team-member.entity.js';

/** An entry's public credits from its roster, as the team chose: the one mapping from the stored entry to the domain rule. */
export function creditsOf(
  entry: Pick<Entry, 'teamName' | 'creditStyle' | 'creditSchool'>,
  members: Pick<TeamMember, 'fullName' | 'dateOfBirth' | 'schoolName'>[],
  referenceDate: string,
): PublicCredits {
  return publicCredits({
    members: members.map((x) => ({ fullName: x.fullName, dateOfBirth: x.dateOfBirth, schoolName: x.schoolName })),
    teamName: entry.teamName,
    creditStyle: entry.creditStyle,
    creditSchool: entry.creditSchool,
    referenceDate,
  });
}
