import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CommonReason, EntriesReason, FieldReason, Thing } from '@clapper/domain/refusals';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { DomainError, fieldRefusal, forbidden } from '../common/domain-error.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { MailService, type MailMessage } from '../mail/mail.service.js';
import { mailText } from '../mail/mail-i18n.js';
import { EntryAccess } from './entry-access.service.js';
import { Entry } from './entry.entity.js';
import type { BulkActionDto, BulkResultDto } from './dto/entries-review.dto.js';
import type { ScreeningDto } from './dto/entry.dto.js';
import { screenedMail, type ScreeningDecision } from './team-mails.js';
import { TeamNotices } from './team-notices.js';

type Decision = ScreeningDecision;

/**
 * Screening, one entry at a time or in bulk from the list of entries: eligible, ineligible (with a reason), or changes
 * requested (a message and a deadline: the entry returns to the team as a draft, which they may resubmit until the
 * deadline even after the window closed). Bulk actions are all or nothing: every entry is checked (access, status)
 * before anything changes, in one transaction; each team is told once it has committed (entry.screened, through the
 * Notifier: the email and the in-app line).
 */
@Injectable()
export class EntryScreeningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: EntryAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly notices: TeamNotices,
  ) {}

  /** Coordinators of the entry's country (and organisers) screen a submitted entry. */
  async screen(actor: Actor, id: string, dto: ScreeningDto): Promise<void> {
    const decision = this.decision(dto);
    const screened = await this.db.transaction(async (m) => {
      await m.query('SELECT id FROM entries WHERE id = $1 FOR UPDATE', [id]);
      const { entry, relation } = await this.access.view(actor, id, m);
      if (relation !== 'coordinator' && relation !== 'organiser') throw forbidden('Only the coordinators of the entry’s country screen it.');
      if (entry.status !== 'submitted') throw new DomainError('conflict', EntriesReason.NotSubmitted, 'Only submitted entries are screened.', {});
      return this.apply(m, actor, [entry], decision);
    });
    await this.tellTeams(screened, decision);
  }

  /** One action on many entries: screen eligible, request changes, or email the teams. */
  async bulk(actor: Actor, dto: BulkActionDto): Promise<BulkResultDto> {
    const decision =
      dto.action === 'eligible'
        ? ({ decision: 'eligible' } as const)
        : dto.action === 'request_changes'
          ? this.decision({ ...dto, decision: 'changes_requested' })
          : null;
    if (dto.action === 'message') {
      if (!dto.subject) throw fieldRefusal('subject', FieldReason.Required, {}, 'give the subject of the message');
      if (!dto.body) throw fieldRefusal('body', FieldReason.Required, {}, 'write the message to the teams');
    }
    const done = await this.db.transaction(async (m) => {
      await m.query('SELECT id FROM entries WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [dto.entryIds]);
      const found = await m.find(Entry, { where: { id: In(dto.entryIds) } });
      const mine = new Map(found.filter((e) => actor.canManageCountry(e.countryCode)).map((e) => [e.id, e]));
      const missing = dto.entryIds.filter((id) => !mine.has(id));
      // an entry the actor may not screen is as unknown as one that does not exist: nothing changes
      if (missing.length)
        throw new DomainError(
          'not_found',
          CommonReason.NotFound,
          `${missing.length} of the entries were not found.`,
          { thing: Thing.Entry },
          { details: { entryIds: missing } },
        );
      const entries = dto.entryIds.map((id) => mine.get(id)!);
      if (!decision) return { mails: await this.messages(m, actor, entries, dto.subject!, dto.body!), screened: [] };
      const unsubmitted = entries.filter((e) => e.status !== 'submitted');
      if (unsubmitted.length)
        throw new DomainError(
          'conflict',
          EntriesReason.BulkNotSubmitted,
          `Only submitted entries are screened; ${unsubmitted.map((e) => e.code).join(', ')} are not. Nothing was changed.`,
          { codes: unsubmitted.map((e) => e.code) },
          { details: { entryIds: unsubmitted.map((e) => e.id) } },
        );
      return { mails: [], screened: await this.apply(m, actor, entries, decision) };
    });
    await this.sendAll(done.mails);
    if (decision) await this.tellTeams(done.screened, decision);
    return { action: dto.action, count: dto.entryIds.length };
  }

  /** The decision, once its fields hold: a reason when ineligible, a message and a future deadline for changes. */
  private decision(dto: Pick<ScreeningDto, 'decision' | 'reason' | 'message' | 'dueAt'>): Decision {
    if (dto.decision === 'eligible') return { decision: 'eligible' };
    if (dto.decision === 'ineligible') {
      if (!dto.reason) throw fieldRefusal('reason', FieldReason.Required, {}, 'tell the team why the entry is ineligible');
      return { decision: 'ineligible', reason: dto.reason };
    }
    if (!dto.message) throw fieldRefusal('message', FieldReason.Required, {}, 'tell the team what to change');
    if (!dto.dueAt) throw fieldRefusal('dueAt', FieldReason.Required, {}, 'give the deadline to resubmit');
    const dueAt = new Date(dto.dueAt);
    if (dueAt <= this.clock.now()) throw fieldRefusal('dueAt', EntriesReason.DueNotInFuture, {}, 'must be later than now');
    return { decision: 'changes_requested', message: dto.message, dueAt };
  }

  /** Records the decision on each entry, in the caller's transaction; returns the entries decided, to tell their teams. */
  private async apply(m: EntityManager, actor: Actor, entries: Entry[], d: Decision): Promise<Entry[]> {
    const now = this.clock.now();
    const ids = entries.map((e) => e.id);
    if (d.decision === 'changes_requested') {
      await m.update(
        Entry,
        { id: In(ids) },
        {
          status: 'draft',
          submittedAt: null,
          eligibility: 'pending',
          eligibilityReason: null,
          changesMessage: d.message,
          changesDueAt: d.dueAt,
          changesRequestedAt: now,
          changesRequestedBy: actor.userId,
          screenedBy: actor.userId,
          screenedAt: now,
        },
      );
    } else {
      await m.update(
        Entry,
        { id: In(ids) },
        { eligibility: d.decision, eligibilityReason: d.decision === 'ineligible' ? d.reason : null, screenedBy: actor.userId, screenedAt: now },
      );
    }
    for (const e of entries)
      await this.audit.record(
        {
          actorId: actor.userId,
          action: d.decision === 'changes_requested' ? 'entry.changes_requested' : 'entry.screened',
          subjectType: 'entry',
          subjectId: e.id,
          before: { status: e.status, eligibility: e.eligibility },
          after: d.decision === 'changes_requested' ? { status: 'draft', message: d.message, dueAt: d.dueAt.toISOString() } : d,
        },
        m,
      );
    return entries;
  }

  /**
   * Tells each entry's team the decision, after it committed: eligible, ineligible with the reason, or the changes asked
   * for with their deadline. One message per entry and person, also in bulk.
   */
  private async tellTeams(entries: Entry[], d: Decision): Promise<void> {
    const dueAt = d.decision === 'changes_requested' ? d.dueAt.toISOString() : null;
    for (const e of entries) {
      const entry = await this.db.manager.findOneByOrFail(Entry, { id: e.id });
      await this.notices.tellTeam(entry, 'entry.screened', { outcome: d.decision, dueAt }, screenedMail(d));
    }
  }

  /** The organiser's or coordinator's own message to each entry's team, as written, framed in the reader's language. */
  private async messages(m: EntityManager, actor: Actor, entries: Entry[], subject: string, body: string): Promise<MailMessage[]> {
    for (const e of entries)
      await this.audit.record({ actorId: actor.userId, action: 'entry.team_messaged', subjectType: 'entry', subjectId: e.id, after: { subject } }, m);
    return this.compose(m, entries, (text, e, competition) => ({
      subject,
      lines: [text.t('entryMessage.intro', { code: e.code, title: e.title, competition }), '', body],
      kind: 'entry_message',
    }));
  }

  private async compose(
    m: EntityManager,
    entries: Entry[],
    write: (text: ReturnType<typeof mailText>, e: Entry, competition: string) => { subject: string; lines: string[]; kind: string },
  ): Promise<MailMessage[]> {
    const owners = new Map((await this.accounts.usersByIds([...new Set(entries.map((e) => e.ownerId))], m)).map((u) => [u.id, u]));
    const competitions = new Map((await this.competitions.competitionsByIds([...new Set(entries.map((e) => e.competitionId))], m)).map((c) => [c.id, c]));
    return entries.flatMap((e) => {
      const owner = owners.get(e.ownerId);
      if (!owner) return [];
      const text = mailText(owner.locale);
      const competition = competitions.get(e.competitionId);
      const mail = write(text, e, competition ? competition.name[text.locale] || competition.name.en || '' : '');
      return [
        {
          to: owner.email,
          subject: mail.subject,
          kind: mail.kind,
          text: text.compose(owner.displayName, [...mail.lines, '', text.t('entryMessage.open'), `${this.config.publicUrl}/me/entries/${e.id}`]),
        },
      ];
    });
  }

  private async sendAll(mails: MailMessage[]): Promise<void> {
    for (const mail of mails) await this.mail.send(mail);
  }
}
