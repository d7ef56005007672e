import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { ageOn, isIsoDate, isMinor } from '@clapper/domain/age';
import { creditOptionsOn, firstName } from '@clapper/domain/credits';
import { EntriesReason, FieldReason, problem, Thing, type Problem } from '@clapper/domain/refusals';
import type { SubmissionReason } from '@clapper/domain/refusals/entries';
import { checkSubmission, type ConsentState, type SubmissionProblem } from '@clapper/domain/submission';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { DomainError, fieldRefusal, fieldsRefusal, forbidden, notFound, type FieldError } from '../common/domain-error.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries, type Category } from '../competitions/competitions.queries.js';
import { ConsentsQueries, type Consent } from '../consents/consents.queries.js';
import { maskEmail } from '../consents/mask-email.js';
import { VideosQueries } from '../videos/videos.queries.js';
import { submissionProblemMessage } from './submission-messages.js';
import { EntryAccess, type EntryRelation } from './entry-access.service.js';
import { creditsOf } from './public-credits.js';
import { Entry } from './entry.entity.js';
import { LicenceGrant, LicenceVersion } from './licence.entity.js';
import { TeamMember } from './team-member.entity.js';
import { receiptMail } from './team-mails.js';
import { TeamNotices } from './team-notices.js';
import type {
  ConsentStateDto,
  CreateEntryDto,
  CreditsDto,
  SetCreditsDto,
  EntriesQueryDto,
  EntryDto,
  EntrySummaryDto,
  MemberInputDto,
  UpdateEntryDto,
} from './dto/entry.dto.js';

@Injectable()
export class EntriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: EntryAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly consents: ConsentsQueries,
    private readonly videos: VideosQueries,
    private readonly notices: TeamNotices,
  ) {}

  /** A student, or a teacher for their school, starts a draft in a published competition their country takes part in. */
  async create(actor: Actor, dto: CreateEntryDto): Promise<EntryDto> {
    const grant = actor.grants.find((g) => (g.role === 'student' || g.role === 'teacher') && g.schoolId);
    if (!grant?.schoolId || !actor.countryCode)
      throw new DomainError('forbidden', EntriesReason.SchoolRequired, 'Only students and teachers with a school can create entries.', {});
    const id = await this.db.transaction(async (m) => {
      const competition = await this.competitions.competitionWithCountries(dto.competitionId, m);
      if (!competition || competition.status !== 'published')
        throw fieldRefusal('competitionId', EntriesReason.CompetitionNotOpen, {}, 'is not an open competition');
      if (!(competition.countries ?? []).some((c) => c.code === actor.countryCode))
        throw fieldRefusal('competitionId', EntriesReason.CountryNotInCompetition, { country: actor.countryCode! }, 'does not include your country');
      if (this.clock.now() >= competition.submissionClosesAt)
        throw new DomainError('rule_violation', EntriesReason.SubmissionsClosed, 'Submissions for this competition have closed.', {
          closedAt: competition.submissionClosesAt.toISOString(),
        });
      await this.category(m, competition.id, dto.categoryId);
      // entry codes count up per competition and country; the lock keeps them unique under concurrency
      await this.competitions.competitionForUpdate(m, competition.id);
      const count = await m.count(Entry, { where: { competitionId: competition.id, countryCode: actor.countryCode! } });
      const school = await this.accounts.schoolOrFail(grant.schoolId!, m);
      const entry = await m.save(
        m.create(Entry, {
          code: `${actor.countryCode}-${String(count + 1).padStart(4, '0')}`,
          competitionId: competition.id,
          categoryId: dto.categoryId,
          countryCode: actor.countryCode!,
          schoolId: school.id,
          ownerId: actor.userId,
          title: dto.title,
          synopsisOriginal: dto.synopsisOriginal ?? '',
          synopsisEnglish: dto.synopsisEnglish ?? '',
          videoLanguage: dto.videoLanguage,
          supervisingTeacherName: dto.supervisingTeacherName ?? null,
          supervisingTeacherEmail: dto.supervisingTeacherEmail?.toLowerCase() ?? null,
          sources: dto.sources ?? '',
          status: 'draft',
          eligibility: 'pending',
          submittedAt: null,
          withdrawnAt: null,
          eligibilityReason: null,
          screenedBy: null,
          screenedAt: null,
        }),
      );
      await this.replaceMembers(m, entry, dto.members ?? [], school.name);
      await this.audit.record(
        { actorId: actor.userId, action: 'entry.created', subjectType: 'entry', subjectId: entry.id, after: { title: entry.title, code: entry.code } },
        m,
      );
      return entry.id;
    });
    return this.get(actor, id);
  }

  /** The entries the actor may see: their own, their school's (teachers), their country's (coordinators), all (organisers). */
  async list(actor: Actor, q: EntriesQueryDto): Promise<EntrySummaryDto[]> {
    const qb = this.db.getRepository(Entry).createQueryBuilder('e').orderBy('e.createdAt', 'DESC').take(500);
    const teacherSchools = actor.grants.filter((g) => g.role === 'teacher' && g.schoolId).map((g) => g.schoolId!);
    if (!actor.isOrganiser) {
      const clauses = ['e.ownerId = :me'];
      if (teacherSchools.length) clauses.push('e.schoolId IN (:...schools)');
      if (actor.coordinatedCountries.length) clauses.push('e.countryCode IN (:...countries)');
      qb.where(`(${clauses.join(' OR ')})`, { me: actor.userId, schools: teacherSchools, countries: actor.coordinatedCountries });
    }
    if (q.competitionId) qb.andWhere('e.competitionId = :cid', { cid: q.competitionId });
    if (q.country) qb.andWhere('e.countryCode = :country', { country: q.country });
    const rows = await qb.getMany();
    const counts: { entry_id: string; n: string }[] = rows.length
      ? await this.db.query('SELECT entry_id, count(*)::text AS n FROM team_members WHERE entry_id = ANY($1) GROUP BY entry_id', [rows.map((e) => e.id)])
      : [];
    const schools = new Map((await this.accounts.schoolsByIds(rows.map((e) => e.schoolId))).map((s) => [s.id, s.name]));
    return rows.map((e) => ({
      id: e.id,
      code: e.code,
      competitionId: e.competitionId,
      categoryId: e.categoryId,
      countryCode: e.countryCode,
      schoolName: schools.get(e.schoolId) ?? '',
      title: e.title,
      status: e.status,
      submittedAt: e.submittedAt?.toISOString() ?? null,
      eligibility: e.eligibility,
      updatedAt: e.updatedAt.toISOString(),
      memberCount: Number(counts.find((c) => c.entry_id === e.id)?.n ?? 0),
    }));
  }

  async get(actor: Actor, id: string): Promise<EntryDto> {
    const { entry, relation } = await this.access.view(actor, id);
    return this.toDto(this.db.manager, entry, relation);
  }

  async update(actor: Actor, id: string, dto: UpdateEntryDto): Promise<EntryDto> {
    await this.db.transaction(async (m) => {
      const { entry } = await this.access.editDraft(actor, id, m);
      if (dto.categoryId) await this.category(m, entry.competitionId, dto.categoryId);
      await m.update(Entry, { id }, { ...dto, ...(dto.supervisingTeacherEmail ? { supervisingTeacherEmail: dto.supervisingTeacherEmail.toLowerCase() } : {}) });
    });
    return this.get(actor, id);
  }

  async setMembers(actor: Actor, id: string, members: MemberInputDto[]): Promise<EntryDto> {
    await this.db.transaction(async (m) => {
      const { entry } = await this.access.editDraft(actor, id, m);
      const school = await this.accounts.schoolOrFail(entry.schoolId, m);
      await this.replaceMembers(m, entry, members, school.name);
      await this.audit.record({ actorId: actor.userId, action: 'entry.members_set', subjectType: 'entry', subjectId: id, after: { count: members.length } }, m);
    });
    return this.get(actor, id);
  }

  /** The team accepts the current licence, in the language it read (English unless it says): the ledger keeps the exact text. */
  async acceptLicence(actor: Actor, id: string, licenceVersionId: string, read: { language?: string; textVersion?: string } = {}): Promise<EntryDto> {
    await this.db.transaction(async (m) => {
      const { entry } = await this.access.editDraft(actor, id, m);
      const version = await m.findOne(LicenceVersion, { where: { id: licenceVersionId, competitionId: entry.competitionId } });
      if (!version) throw fieldRefusal('licenceVersionId', EntriesReason.NotThisLicence, {}, "is not this competition's licence");
      const latest = await m.findOne(LicenceVersion, { where: { competitionId: entry.competitionId }, order: { version: 'DESC' } });
      if (latest && latest.id !== version.id)
        throw new DomainError('conflict', EntriesReason.LicenceChanged, 'The licence text has changed. Read the current version and accept it.', {});
      const { text, label } = await this.consents.agreedText(entry.competitionId, 'licence', read.language ?? 'en', read.textVersion, m);
      await m.insert(LicenceGrant, {
        entryId: id,
        licenceVersionId,
        acceptedBy: actor.userId,
        acceptedAt: this.clock.now(),
        textLanguage: text.language,
        legalTextId: text.id,
      });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'entry.licence_accepted',
          subjectType: 'entry',
          subjectId: id,
          after: { licenceVersionId, version: version.version, textVersion: label, textLanguage: text.language },
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  /** Submits when every requirement holds; otherwise 422 listing each unmet one. */
  async submit(actor: Actor, id: string): Promise<EntryDto> {
    const relation = await this.db.transaction(async (m) => {
      const { entry, relation } = await this.access.editDraft(actor, id, m);
      // changes requested in screening: the team may resubmit until the deadline set, and no later
      if (entry.changesRequestedAt && entry.changesDueAt && this.clock.now() > entry.changesDueAt)
        throw new DomainError('rule_violation', EntriesReason.ChangesDeadlinePassed, 'The deadline for the requested changes has passed.', {
          dueAt: entry.changesDueAt.toISOString(),
        });
      // one school's submissions are counted under a lock, so two teams cannot both take the last place
      await this.accounts.lockSchool(entry.schoolId, m);
      const problems = await this.checklist(m, entry);
      if (problems.length)
        throw new DomainError('rule_violation', EntriesReason.NotReady, 'The entry cannot be submitted yet. Fix each point listed, then submit again.', {
          problems: problems.map(({ reason, params }) => ({ reason, params })),
        });
      await m.update(Entry, { id }, { status: 'submitted', submittedAt: this.clock.now() });
      await this.audit.record({ actorId: actor.userId, action: 'entry.submitted', subjectType: 'entry', subjectId: id }, m);
      return relation;
    });
    await this.sendReceipt(id, relation === 'teacher' ? [actor.userId] : []);
    return this.get(actor, id);
  }

  /**
   * The submission receipt, to the team (and a teacher of the school who submitted it): what was submitted, and what
   * happens next. Once per submission: a resubmission after changes were requested gets a receipt of its own.
   */
  private async sendReceipt(id: string, also: string[]): Promise<void> {
    const entry = await this.db.manager.findOneByOrFail(Entry, { id });
    const video = await this.videos.currentVideo(id);
    const subtitles = await this.videos.subtitlesOf([id]);
    const grant = await this.currentLicenceAccepted(this.db.manager, entry);
    const version = grant ? await this.db.manager.findOneBy(LicenceVersion, { id: grant.licenceVersionId }) : null;
    await this.notices.tellTeam(
      entry,
      'entry.submitted',
      {},
      receiptMail({
        video,
        subtitleLanguages: subtitles.map((s) => s.language),
        licence: grant && version ? { version: version.version, acceptedAt: grant.acceptedAt } : null,
      }),
      { onceKey: `entry.submitted:${id}:${entry.submittedAt?.toISOString() ?? ''}`, also },
    );
  }

  /** The team can withdraw a submitted entry until the window closes; it then leaves the competition. */
  async withdraw(actor: Actor, id: string): Promise<EntryDto> {
    await this.db.transaction(async (m) => {
      const { entry, relation } = await this.access.view(actor, id, m);
      if (relation === 'coordinator') throw forbidden('Only the team or an organiser can withdraw an entry.');
      if (entry.status !== 'submitted') throw new DomainError('conflict', EntriesReason.NotSubmitted, 'Only a submitted entry can be withdrawn.', {});
      const competition = await this.competitions.competitionOrFail(entry.competitionId, m);
      if (this.clock.now() >= competition.submissionClosesAt)
        throw new DomainError('rule_violation', EntriesReason.WithdrawClosed, 'The submission window has closed; the entry can no longer be withdrawn.', {
          closedAt: competition.submissionClosesAt.toISOString(),
        });
      await m.update(Entry, { id }, { status: 'withdrawn', withdrawnAt: this.clock.now() });
      await this.audit.record({ actorId: actor.userId, action: 'entry.withdrawn', subjectType: 'entry', subjectId: id }, m);
    });
    return this.get(actor, id);
  }

  /**
   * The team (owner, the school's teachers) or an organiser chooses how the work is credited in public; a consent-like
   * choice, so it may change after submission. Coordinators may not change it.
   */
  async setCredits(actor: Actor, id: string, dto: SetCreditsDto): Promise<CreditsDto> {
    return this.db.transaction(async (m) => {
      const rows: { id: string }[] = await m.query('SELECT id FROM entries WHERE id = $1 FOR UPDATE', [id]);
      if (!rows.length) throw notFound(Thing.Entry);
      const { entry, relation } = await this.access.view(actor, id, m);
      if (relation === 'coordinator') throw forbidden('The team chooses its public credits; coordinators cannot change them.');
      const teamName = dto.teamName === undefined ? entry.teamName : dto.teamName || null;
      if (dto.creditStyle === 'team_name' && !teamName)
        throw fieldRefusal('teamName', FieldReason.Required, {}, 'give the team name to credit the team by its name');
      const competition = await this.competitions.competitionOrFail(entry.competitionId, m);
      const members = await m.find(TeamMember, { where: { entryId: id }, order: { position: 'ASC' } });
      refuseMinorsCredits(dto, members, competition.referenceDate);
      const before = { teamName: entry.teamName, creditStyle: entry.creditStyle, creditSchool: entry.creditSchool };
      const after = { teamName, creditStyle: dto.creditStyle, creditSchool: dto.creditSchool };
      await m.update(Entry, { id }, after);
      await this.audit.record({ actorId: actor.userId, action: 'entry.credits_set', subjectType: 'entry', subjectId: id, before, after }, m);
      const preview = creditsOf(after, members, competition.referenceDate);
      return { entryId: id, ...after, preview };
    });
  }

  private async category(m: EntityManager, competitionId: string, categoryId: string): Promise<Category> {
    const category = await this.competitions.categoryOf(competitionId, categoryId, m);
    if (!category) throw fieldRefusal('categoryId', EntriesReason.CategoryNotInCompetition, {}, 'is not a category of this competition');
    return category;
  }

  /** Replaces the roster; members kept by id keep their consents, removed members lose theirs. */
  private async replaceMembers(m: EntityManager, entry: Entry, members: MemberInputDto[], defaultSchool: string): Promise<void> {
    const fields: FieldError[] = [];
    const today = this.clock.now().toISOString().slice(0, 10);
    members.forEach((mem, i) => {
      if (!isIsoDate(mem.dateOfBirth) || mem.dateOfBirth >= today || mem.dateOfBirth < '1900-01-01')
        fields.push({
          field: `members.${i}.dateOfBirth`,
          messages: ['must be a real date in the past, like 2011-02-01'],
          problems: [problem(FieldReason.NotDate)],
        });
    });
    const existing = await m.find(TeamMember, { where: { entryId: entry.id } });
    members.forEach((mem, i) => {
      if (mem.id && !existing.some((e) => e.id === mem.id))
        fields.push({ field: `members.${i}.id`, messages: ['is not a member of this entry'], problems: [problem(EntriesReason.NotAMember)] });
    });
    if (fields.length) throw fieldsRefusal(fields);
    const keep = new Set(members.map((x) => x.id).filter(Boolean) as string[]);
    const removed = existing.filter((e) => !keep.has(e.id)).map((e) => e.id);
    if (removed.length) await m.delete(TeamMember, { id: In(removed) });
    for (const [position, mem] of members.entries()) {
      const values = { fullName: mem.fullName, role: mem.role, dateOfBirth: mem.dateOfBirth, schoolName: mem.schoolName ?? defaultSchool, position };
      const before = existing.find((e) => e.id === mem.id);
      if (before) {
        await m.update(TeamMember, { id: before.id }, values);
        // a changed name or birth date is a different person for consent purposes
        if (before.fullName !== mem.fullName || before.dateOfBirth !== mem.dateOfBirth) await this.consents.forgetMemberConsents(before.id, m);
      } else await m.insert(TeamMember, { entryId: entry.id, ...values });
    }
  }

  /** The submission checklist, from the stored facts. */
  private async checklist(m: EntityManager, entry: Entry) {
    const competition = await this.competitions.competitionOrFail(entry.competitionId, m);
    const category = await this.competitions.categoryOrFail(entry.categoryId, m);
    const members = await m.find(TeamMember, { where: { entryId: entry.id }, order: { position: 'ASC' } });
    const consents = await this.consents.consentsOf([entry.id], m);
    const video = await this.videos.currentVideo(entry.id, m);
    const subtitles = await this.videos.subtitlesOf([entry.id], m);
    const licence = await this.currentLicenceAccepted(m, entry);
    const otherSubmittedFromSchool = await m.count(Entry, {
      where: { competitionId: entry.competitionId, schoolId: entry.schoolId, status: 'submitted', id: Not(entry.id) },
    });
    const state = (memberId: string, kind: 'participant' | 'guardian'): ConsentState =>
      consents.find((c) => c.memberId === memberId && c.kind === kind)?.status ?? 'none';
    const problems = checkSubmission({
      now: this.clock.now(),
      submissionOpensAt: competition.submissionOpensAt,
      // while changes are requested, the team may resubmit until their deadline, even after the window closed
      submissionClosesAt:
        entry.changesRequestedAt && entry.changesDueAt && entry.changesDueAt > competition.submissionClosesAt
          ? entry.changesDueAt
          : competition.submissionClosesAt,
      rules: competition.rules,
      referenceDate: competition.referenceDate,
      category,
      title: entry.title,
      synopsisEnglish: entry.synopsisEnglish,
      members: members.map((x) => ({
        fullName: x.fullName,
        dateOfBirth: x.dateOfBirth,
        participantConsent: state(x.id, 'participant'),
        guardianConsent: state(x.id, 'guardian'),
      })),
      video: video ? { status: video.status } : null,
      subtitleLanguages: subtitles.map((s) => s.language),
      licenceAccepted: licence !== null,
      otherSubmittedFromSchool,
    });
    return problems.map((p) => ({ code: p.code, ...submissionReason(p), message: submissionProblemMessage(p) }));
  }

  /** What a draft still lacks before it can be submitted: its checklist, the window's own problems left out (the draft reminders list it). */
  async missingBeforeSubmission(entryId: string): Promise<{ code: SubmissionProblem['code']; params: Record<string, unknown> }[]> {
    const entry = await this.db.manager.findOneByOrFail(Entry, { id: entryId });
    return (await this.checklist(this.db.manager, entry))
      .filter((p) => p.code !== 'window_closed' && p.code !== 'window_not_open')
      .map((p) => ({ code: p.code, params: p.params }));
  }

  private async currentLicenceAccepted(m: EntityManager, entry: Entry): Promise<LicenceGrant | null> {
    const latest = await m.findOne(LicenceVersion, { where: { competitionId: entry.competitionId }, order: { version: 'DESC' } });
    if (!latest) return null;
    return m.findOne(LicenceGrant, { where: { entryId: entry.id, licenceVersionId: latest.id }, order: { acceptedAt: 'DESC' } });
  }

  private async toDto(m: EntityManager, entry: Entry, relation: EntryRelation): Promise<EntryDto> {
    const competition = await this.competitions.competitionOrFail(entry.competitionId, m);
    const school = await this.accounts.schoolOrFail(entry.schoolId, m);
    const members = await m.find(TeamMember, { where: { entryId: entry.id }, order: { position: 'ASC' } });
    const consents = await this.consents.consentsOf([entry.id], m);
    const grant = await this.currentLicenceAccepted(m, entry);
    const stateOf = (c: Consent | undefined): ConsentStateDto => ({
      status: c?.status ?? 'none',
      id: c?.id ?? null,
      method: c?.method ?? null,
      givenByName: c?.givenByName ?? null,
      givenAt: c?.givenAt?.toISOString() ?? null,
      textVersion: c?.textVersion ?? null,
      rejectionReason: c?.rejectionReason ?? null,
      // the team sees only a masked address; never the link or its token
      sentTo: c?.guardianEmail ? (relation === 'coordinator' || relation === 'organiser' ? c.guardianEmail : maskEmail(c.guardianEmail)) : null,
      sentAt: c?.linkSentAt?.toISOString() ?? null,
      emailLanguage: c?.emailLanguage ?? null,
      textLanguage: c?.textLanguage ?? null,
      refusedAt: c?.refusedAt?.toISOString() ?? null,
      formRequired: Boolean(c?.formRequiredAt),
    });
    return {
      id: entry.id,
      code: entry.code,
      competitionId: entry.competitionId,
      categoryId: entry.categoryId,
      countryCode: entry.countryCode,
      schoolName: school.name,
      title: entry.title,
      synopsisOriginal: entry.synopsisOriginal,
      synopsisEnglish: entry.synopsisEnglish,
      videoLanguage: entry.videoLanguage,
      supervisingTeacherName: entry.supervisingTeacherName,
      supervisingTeacherEmail: entry.supervisingTeacherEmail,
      sources: entry.sources,
      status: entry.status,
      submittedAt: entry.submittedAt?.toISOString() ?? null,
      eligibility: entry.eligibility,
      eligibilityReason: entry.eligibilityReason,
      changesMessage: entry.changesMessage,
      changesDueAt: entry.changesDueAt?.toISOString() ?? null,
      changesRequested: entry.status === 'draft' && entry.changesRequestedAt !== null,
      members: members.map((x) => {
        const minor = isMinor(x.dateOfBirth, competition.referenceDate);
        return {
          id: x.id,
          fullName: x.fullName,
          role: x.role,
          dateOfBirth: x.dateOfBirth,
          schoolName: x.schoolName,
          age: ageOn(x.dateOfBirth, competition.referenceDate),
          isMinor: minor,
          consent: stateOf(consents.find((c) => c.memberId === x.id && c.kind === 'participant')),
          guardianConsent: minor ? stateOf(consents.find((c) => c.memberId === x.id && c.kind === 'guardian')) : null,
        };
      }),
      licence: {
        accepted: grant !== null,
        licenceVersionId: grant?.licenceVersionId ?? null,
        acceptedAt: grant?.acceptedAt.toISOString() ?? null,
        textLanguage: grant?.textLanguage ?? null,
      },
      checklist: entry.status === 'draft' ? await this.checklist(m, entry) : [],
      // what screening checks: the same rules, the submission window aside (a submitted entry met it)
      rules:
        relation === 'coordinator' || relation === 'organiser'
          ? (await this.checklist(m, entry)).filter((p) => p.code !== 'window_closed' && p.code !== 'window_not_open')
          : [],
      teamName: entry.teamName,
      creditStyle: entry.creditStyle,
      creditSchool: entry.creditSchool,
      viewerRelation: relation,
      createdAt: entry.createdAt.toISOString(),
      updatedAt: entry.updatedAt.toISOString(),
    };
  }
}

/**
 * Minors are credited by first name and country only: full names that could name no adult, or a school that only
 * minors' credits would reveal, are refused (422, reason entries.minor_credit_limited, with the options refused
 * and the minors by first name). Adults choose for themselves: in a mixed team full names name the adults only.
 */
function refuseMinorsCredits(dto: SetCreditsDto, members: TeamMember[], referenceDate: string): void {
  const options = creditOptionsOn({ members, referenceDate });
  if (!options.minors.length) return;
  const refused = [
    ...(dto.creditStyle === 'full_names' && !options.fullNames ? ['full_names'] : []),
    ...(dto.creditSchool && !options.schools.length ? ['school'] : []),
  ];
  if (!refused.length) return;
  const minors = options.minors.map((i) => ({ id: members[i].id, firstName: firstName(members[i].fullName) }));
  const what = refused.map((o) => (o === 'full_names' ? 'full names' : 'the school')).join(' and ');
  throw new DomainError(
    'rule_violation',
    EntriesReason.MinorCreditLimited,
    `Members under 18 (${minors.map((x) => x.firstName).join(', ')}) are credited in public by first name and country only, so ${what} cannot be chosen for this team.`,
    { options: refused, members: minors.map((x) => x.firstName) },
    { details: { members: minors } },
  );
}

/** A submission problem as the reason `entries.<code>` with its facts (the refusal lists them, the checklist shows them). */
function submissionReason(p: SubmissionProblem): Problem<SubmissionReason> {
  return { reason: `entries.${p.code}` as SubmissionReason, params: 'params' in p ? p.params : {} };
}
