import type { EntityManager } from 'typeorm';
import { Thing } from '@clapper/domain/refusals';
import { notFound } from '../common/domain-error.js';
import type { EntriesQueries, TeamMember } from '../entries/entries.queries.js';
import { Consent } from './consent.entity.js';

/** The entry's team member, or 404: a member of another entry is not found either. */
export async function findMember(entries: EntriesQueries, m: EntityManager, entryId: string, memberId: string): Promise<TeamMember> {
  const member = await entries.memberOfEntry(entryId, memberId, m);
  if (!member) throw notFound(Thing.TeamMember);
  return member;
}

/** The ledger keeps one consent per member and kind: updates it, or inserts it the first time. */
export async function upsertConsent(
  m: EntityManager,
  entryId: string,
  memberId: string,
  kind: 'participant' | 'guardian',
  values: Partial<Consent>,
): Promise<void> {
  const existing = await m.findOne(Consent, { where: { memberId, kind } });
  if (existing) await m.update(Consent, { id: existing.id }, values);
  else await m.insert(Consent, { entryId, memberId, kind, ...values });
}
