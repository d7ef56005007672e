import { In, type EntityManager } from 'typeorm';
import { publicCredits, type PublicCredits } from '@clapper/domain/credits';
import { Competition } from '../competitions/competition.entity.js';
import type { Entry } from './entry.entity.js';
import { TeamMember } from './team-member.entity.js';

/** The public credits of these entries (as each team chose and consented), in one query for the rosters. */
export async function publicCreditsOf(m: EntityManager, entries: Entry[]): Promise<Map<string, PublicCredits>> {
  if (!entries.length) return new Map();
  const members = await m.find(TeamMember, { where: { entryId: In(entries.map((e) => e.id)) }, order: { position: 'ASC' } });
  const competitions = new Map((await m.find(Competition, { where: { id: In([...new Set(entries.map((e) => e.competitionId))]) } })).map((c) => [c.id, c]));
  return new Map(
    entries.map((e) => [
      e.id,
      publicCredits({
        members: members.filter((x) => x.entryId === e.id),
        teamName: e.teamName,
        creditStyle: e.creditStyle,
        creditSchool: e.creditSchool,
        referenceDate: competitions.get(e.competitionId)!.referenceDate,
      }),
    ]),
  );
}
