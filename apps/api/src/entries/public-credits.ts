import { In, type EntityManager } from 'typeorm';
import { publicCredits, type PublicCredits } from '@clapper/domain/credits';
import { Competition } from '../competitions/competition.entity.js';
import type { Entry } from './entry.entity.js';
import { TeamMember } from './team-member.entity.js';

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

/** The public credits of these entries (as each team chose and consented), in one query for the rosters. */
export async function publicCreditsOf(m: EntityManager, entries: Entry[]): Promise<Map<string, PublicCredits>> {
  if (!entries.length) return new Map();
  const members = await m.find(TeamMember, { where: { entryId: In(entries.map((e) => e.id)) }, order: { position: 'ASC' } });
  const competitions = new Map((await m.find(Competition, { where: { id: In([...new Set(entries.map((e) => e.competitionId))]) } })).map((c) => [c.id, c]));
  return new Map(
    entries.map((e) => [
      e.id,
      creditsOf(
        e,
        members.filter((x) => x.entryId === e.id),
        competitions.get(e.competitionId)!.referenceDate,
      ),
    ]),
  );
}
