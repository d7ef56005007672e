import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { EntriesReason, Thing } from '@clapper/domain/refusals';
import { DomainError, forbidden, notFound } from '../common/domain-error.js';
import { Entry } from './entry.entity.js';

export type EntryRelation = 'owner' | 'teacher' | 'coordinator' | 'organiser';

/**
 * Who may see and change an entry. One place for the rule, used by entries, consents and videos:
 * - the team's owner (the student or teacher who created it) and the teachers of its school;
 * - the coordinators of its country; organisers everywhere.
 * Anyone else gets 404, so ids reveal nothing.
 */
@Injectable()
export class EntryAccess {
  constructor(@InjectRepository(Entry) private readonly entries: Repository<Entry>) {}

  relation(actor: Actor, entry: Pick<Entry, 'ownerId' | 'schoolId' | 'countryCode'>): EntryRelation | null {
    if (actor.isOrganiser) return 'organiser';
    if (entry.ownerId === actor.userId) return 'owner';
    if (actor.grants.some((g) => g.role === 'teacher' && g.schoolId === entry.schoolId)) return 'teacher';
    if (actor.canManageCountry(entry.countryCode)) return 'coordinator';
    return null;
  }

  /** The entry, when the actor may see it with its identities. */
  async view(actor: Actor, entryId: string, m: EntityManager = this.entries.manager): Promise<{ entry: Entry; relation: EntryRelation }> {
    const entry = await m.findOne(Entry, { where: { id: entryId } });
    const relation = entry ? this.relation(actor, entry) : null;
    if (!entry || !relation) throw notFound(Thing.Entry);
    return { entry, relation };
  }

  /**
   * The entry, locked for update, when the actor may change the team's content: the team (owner, teacher) or an
   * organiser, while it is a draft. Pass the transaction's manager.
   */
  async editDraft(actor: Actor, entryId: string, m: EntityManager): Promise<{ entry: Entry; relation: EntryRelation }> {
    const rows: { id: string }[] = await m.query('SELECT id FROM entries WHERE id = $1 FOR UPDATE', [entryId]);
    if (!rows.length) throw notFound(Thing.Entry);
    const { entry, relation } = await this.view(actor, entryId, m);
    if (relation === 'coordinator') throw forbidden('Coordinators screen entries; the team edits them.');
    if (entry.status !== 'draft')
      throw entry.status === 'submitted'
        ? new DomainError(
            'conflict',
            EntriesReason.SubmittedLocked,
            'This entry is submitted and can no longer be changed. Withdraw it first if the window is still open.',
            {},
          )
        : new DomainError('conflict', EntriesReason.WithdrawnLocked, 'This entry was withdrawn and can no longer be changed.', {});
    return { entry, relation };
  }
}
