import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { FieldReason, JudgingReason } from '@clapper/domain/refusals';
import { checkRubric, DEFAULT_RUBRIC, normalisedWeights, type Rubric } from '@clapper/domain/rubric';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock/clock.js';
import { DomainError, fieldRefusal } from '../common/domain-error.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { Assignment } from './assignment.entity.js';
import { JudgeNotifications } from './judge-notifications.service.js';
import { RoundAccess } from './round-access.service.js';
import { RoundEntry } from './round-entry.entity.js';
import { Round } from './round.entity.js';
import { Scorecard, SUBMITTED_STATUSES } from './scorecard.entity.js';
import { rubricRefusal } from './scoring-refusals.js';
import { rubricIn } from '@clapper/domain/content-languages';
import { assertTextLanguages } from '../competitions/competition-texts.js';
import type { CreateRoundDto, RoundDto, UpdateRoundDto } from './dto/round.dto.js';

const DEFAULT_COUNTRY_QUOTA = 3;

/** Rounds: their settings, rubric, window and life cycle (draft → open → closed). */
@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: RoundAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
    private readonly notices: JudgeNotifications,
  ) {}

  async create(actor: Actor, dto: CreateRoundDto): Promise<RoundDto> {
    const competition = await this.competitions.competitionWithCountries(dto.competitionId);
    if (!competition) throw fieldRefusal('competitionId', JudgingReason.CompetitionUnknown, {}, 'Choose an existing competition.');
    if (dto.kind === 'national') {
      if (!dto.countryCode) throw fieldRefusal('countryCode', FieldReason.Required, {}, 'Say which country this national round is for.');
      if (!(competition.countries ?? []).some((c) => c.code === dto.countryCode))
        throw fieldRefusal(
          'countryCode',
          JudgingReason.CountryNotParticipating,
          { country: dto.countryCode },
          `${dto.countryCode} does not take part in this competition.`,
        );
      if (!this.access.canManage(actor, { kind: 'national', countryCode: dto.countryCode }))
        throw new DomainError('forbidden', JudgingReason.OwnCountryOnly, 'Coordinators set up the national round of their own country only.', {
          country: dto.countryCode,
        });
    } else {
      if (dto.countryCode)
        throw fieldRefusal('countryCode', JudgingReason.FinalHasNoCountry, {}, 'The regional final is not for one country: leave the country out.');
      if (!actor.isOrganiser) throw new DomainError('forbidden', JudgingReason.FinalOrganisersOnly, 'Only organisers set up the regional final.', {});
    }
    // the default rubric comes in the competition's languages only; a rubric given is checked against them
    const rubric = dto.rubric ?? rubricIn(DEFAULT_RUBRIC, competition.languages);
    assertRubric(rubric);
    assertTextLanguages(competition.languages, [{ field: 'name', text: dto.name }, ...rubricTexts(dto.rubric)]);
    const window = assertWindow(dto.opensAt, dto.closesAt);
    const round = await this.db.transaction(async (m) => {
      const duplicate = await m.exists(Round, {
        where: { competitionId: competition.id, kind: dto.kind, ...(dto.kind === 'national' ? { countryCode: dto.countryCode } : {}) },
      });
      if (duplicate)
        throw dto.kind === 'national'
          ? new DomainError('conflict', JudgingReason.NationalRoundExists, `This competition already has a national round for ${dto.countryCode}.`, {
              country: dto.countryCode!,
            })
          : new DomainError('conflict', JudgingReason.FinalExists, 'This competition already has a regional final.', {});
      const saved = await m.save(
        m.create(Round, {
          competitionId: competition.id,
          kind: dto.kind,
          name: withoutBlankTexts(dto.name ?? {}),
          countryCode: dto.kind === 'national' ? dto.countryCode! : null,
          status: 'draft',
          ...window,
          judgesPerEntry: dto.judgesPerEntry ?? 3,
          blind: dto.blind ?? true,
          showOtherScores: dto.showOtherScores ?? false,
          countryQuota: dto.kind === 'final' ? (dto.countryQuota ?? DEFAULT_COUNTRY_QUOTA) : null,
          rubric,
          closedAt: null,
          closedBy: null,
        }),
      );
      await this.audit.record({ actorId: actor.userId, action: 'round.created', subjectType: 'round', subjectId: saved.id, after: settingsOf(saved) }, m);
      return saved;
    });
    return this.toDto(round);
  }

  /** The rounds of a competition the actor manages: all for organisers, their own national rounds for coordinators. */
  async list(actor: Actor, competitionId: string): Promise<RoundDto[]> {
    const rounds = await this.db.manager.find(Round, { where: { competitionId }, order: { kind: 'DESC', countryCode: 'ASC' } });
    return Promise.all(rounds.filter((r) => this.access.canManage(actor, r)).map((r) => this.toDto(r)));
  }

  async get(actor: Actor, id: string): Promise<RoundDto> {
    return this.toDto(await this.access.manage(actor, id));
  }

  async update(actor: Actor, id: string, dto: UpdateRoundDto): Promise<RoundDto> {
    const round = await this.db.transaction(async (m) => {
      const round = await this.access.manage(actor, id, m, true);
      RoundAccess.assertNotClosed(round);
      const before = settingsOf(round);
      if (dto.name || dto.rubric) {
        const competition = await this.competitions.competition(round.competitionId, m);
        assertTextLanguages(competition?.languages ?? ['en'], [{ field: 'name', text: dto.name }, ...rubricTexts(dto.rubric)]);
      }
      if (dto.name) round.name = withoutBlankTexts(dto.name);
      if (dto.rubric) {
        if (await this.rubricFrozen(m, round.id))
          throw new DomainError(
            'conflict',
            JudgingReason.RubricFrozen,
            'A scorecard has been submitted in this round, so its rubric can no longer change.',
            {},
          );
        assertRubric(dto.rubric);
        round.rubric = dto.rubric;
      }
      if (dto.countryQuota !== undefined) {
        if (round.kind !== 'final') throw fieldRefusal('countryQuota', JudgingReason.QuotaFinalOnly, {}, 'Only the regional final has a per-country quota.');
        round.countryQuota = dto.countryQuota;
      }
      Object.assign(round, assertWindow(dto.opensAt ?? round.opensAt.toISOString(), dto.closesAt ?? round.closesAt.toISOString()));
      if (dto.judgesPerEntry !== undefined) round.judgesPerEntry = dto.judgesPerEntry;
      if (dto.blind !== undefined) round.blind = dto.blind;
      if (dto.showOtherScores !== undefined) round.showOtherScores = dto.showOtherScores;
      const saved = await m.save(round);
      await this.audit.record(
        { actorId: actor.userId, action: 'round.updated', subjectType: 'round', subjectId: round.id, before, after: settingsOf(saved) },
        m,
      );
      return saved;
    });
    return this.toDto(round);
  }

  /**
   * Opens judging. A national round takes in its country's eligible entries (again on every assignment run).
   * Refused while the panel has no judge or the round would have no entry; while the competition still takes
   * submissions, refused unless `confirm` (the answer says when submissions close and how many entries are in).
   */
  async open(actor: Actor, id: string, confirm = false): Promise<RoundDto> {
    const round = await this.db.transaction((m) => this.openIn(m, actor, id, confirm));
    // an assignment run before opening gave the judges their queues: they hear of them now
    await this.notices.assignmentsReady([round.id]);
    return this.toDto(round);
  }

  /** open(), in the caller's transaction (OpenReadyService opens several rounds and runs their assignment in one). */
  async openIn(m: EntityManager, actor: Actor, id: string, confirm = false): Promise<Round> {
    const round = await this.access.manage(actor, id, m, true);
    if (round.status === 'open') throw new DomainError('conflict', JudgingReason.RoundAlreadyOpen, 'This round is already open.', {});
    RoundAccess.assertNotClosed(round);
    if (!(await this.accounts.roundJudgeIds(round.id, m)).length)
      throw new DomainError('rule_violation', JudgingReason.NoJudges, 'This round has no judges yet: add judges to its panel before opening it.', {});
    if (round.kind === 'national') await syncNationalEntries(m, round, this.entries);
    const entries = await m.count(RoundEntry, { where: { roundId: round.id } });
    if (!entries)
      throw round.kind === 'national'
        ? new DomainError(
            'rule_violation',
            JudgingReason.NoEligibleEntries,
            `${round.countryCode} has no eligible entry yet: screen its submitted entries before opening the round.`,
            { country: round.countryCode! },
          )
        : new DomainError('rule_violation', JudgingReason.NoFinalists, 'No entry has been promoted to the final yet.', {});
    const competition = await this.competitions.competitionOrFail(round.competitionId, m);
    if (!confirm && this.clock.now() < competition.submissionClosesAt) {
      const submitted = (
        await this.entries.submittedEntryIds({
          competitionId: round.competitionId,
          ...(round.kind === 'national' ? { countryCodes: [round.countryCode!] } : {}),
        })
      ).length;
      throw new DomainError(
        'conflict',
        JudgingReason.SubmissionsOpen,
        `Submissions stay open until ${competition.submissionClosesAt.toISOString()}; ${entries} entries would be judged now. Open anyway with confirm: true.`,
        { closesAt: competition.submissionClosesAt.toISOString(), submitted, entries, count: entries },
      );
    }
    round.status = 'open';
    const saved = await m.save(round);
    await this.audit.record(
      {
        actorId: actor.userId,
        action: 'round.opened',
        subjectType: 'round',
        subjectId: round.id,
        before: { status: 'draft' },
        after: { status: 'open', entries, ...(confirm ? { confirmed: true } : {}) },
      },
      m,
    );
    return saved;
  }

  /**
   * Closes the round: every scorecard is locked. Unless forced, a round with assigned scorecards still not
   * submitted stays open, and the answer says how many, and whose.
   */
  async close(actor: Actor, id: string, force: boolean): Promise<RoundDto> {
    const round = await this.db.transaction(async (m) => {
      const round = await this.access.manage(actor, id, m, true);
      if (round.status === 'draft') throw new DomainError('conflict', JudgingReason.RoundNotOpen, 'This round has not been opened yet.', {});
      RoundAccess.assertNotClosed(round);
      const assignments = await m.find(Assignment, { where: { roundId: round.id }, select: { id: true, roundEntryId: true, judgeId: true } });
      const done = new Set(
        (await m.find(Scorecard, { where: { roundId: round.id, status: 'submitted' }, select: { id: true, roundEntryId: true, judgeId: true } })).map(
          (s) => `${s.roundEntryId}/${s.judgeId}`,
        ),
      );
      const assigned = assignments.length;
      const submitted = assignments.filter((a) => done.has(`${a.roundEntryId}/${a.judgeId}`)).length;
      if (!force && submitted < assigned) {
        const behind = [...new Set(assignments.filter((a) => !done.has(`${a.roundEntryId}/${a.judgeId}`)).map((a) => a.judgeId))];
        const names = await this.accounts.displayNames(behind, m);
        const judges = behind.map((j) => names.get(j) ?? '').sort((a, b) => a.localeCompare(b));
        throw new DomainError(
          'conflict',
          JudgingReason.ScorecardsMissing,
          `${assigned - submitted} of ${assigned} assigned scorecards are not submitted yet (${judges.join(', ')}). Remind the judges, or close anyway.`,
          { assigned, submitted, missing: assigned - submitted, count: assigned - submitted, judges, judgesBehind: judges.length },
        );
      }
      await m.update(Scorecard, { roundId: round.id, status: 'submitted' }, { status: 'locked' });
      round.status = 'closed';
      round.closedAt = this.clock.now();
      round.closedBy = actor.userId;
      const saved = await m.save(round);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'round.closed',
          subjectType: 'round',
          subjectId: round.id,
          before: { status: 'open' },
          after: { status: 'closed', assigned, submitted },
        },
        m,
      );
      return saved;
    });
    await this.notices.roundClosed(round.id);
    return this.toDto(round);
  }

  private rubricFrozen(m: EntityManager, roundId: string): Promise<boolean> {
    return m.exists(Scorecard, { where: { roundId, status: Not('draft') } });
  }

  async toDto(round: Round): Promise<RoundDto> {
    const m = this.db.manager;
    const [entries, judges, assignments, submitted] = await Promise.all([
      m.count(RoundEntry, { where: { roundId: round.id } }),
      this.accounts.countRoundJudges(round.id),
      m.count(Assignment, { where: { roundId: round.id } }),
      m.count(Scorecard, { where: { roundId: round.id, status: In([...SUBMITTED_STATUSES]) } }),
    ]);
    return {
      id: round.id,
      competitionId: round.competitionId,
      kind: round.kind,
      name: round.name ?? {},
      countryCode: round.countryCode,
      status: round.status,
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      judgesPerEntry: round.judgesPerEntry,
      blind: round.blind,
      showOtherScores: round.showOtherScores,
      countryQuota: round.countryQuota,
      rubric: round.rubric,
      weights: normalisedWeights(round.rubric),
      rubricFrozen: submitted > 0,
      counts: { entries, judges, assignments, submitted },
    };
  }
}

/**
 * A national round covers its country's eligible, submitted entries: new ones come in; entries that are no longer
 * eligible leave, unless a judge has already submitted a scorecard for them (then the organisers decide).
 */
export async function syncNationalEntries(m: EntityManager, round: Round, entries: EntriesQueries): Promise<void> {
  const eligible = await entries.eligibleEntryIds(round.competitionId, round.countryCode!, m);
  const eligibleIds = new Set(eligible);
  const present = await m.find(RoundEntry, { where: { roundId: round.id } });
  const presentIds = new Set(present.map((re) => re.entryId));
  const missing = eligible.filter((id) => !presentIds.has(id)).map((entryId) => ({ roundId: round.id, entryId }));
  if (missing.length) await m.createQueryBuilder().insert().into(RoundEntry).values(missing).orIgnore().execute();
  for (const re of present.filter((re) => !eligibleIds.has(re.entryId))) {
    if (await m.exists(Scorecard, { where: { roundEntryId: re.id, status: Not('draft') } })) continue;
    await m.delete(Scorecard, { roundEntryId: re.id });
    await m.delete(RoundEntry, { id: re.id });
  }
}

function settingsOf(r: Round) {
  return {
    name: r.name,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    judgesPerEntry: r.judgesPerEntry,
    blind: r.blind,
    showOtherScores: r.showOtherScores,
    countryQuota: r.countryQuota,
    rubric: r.rubric,
  };
}

/** A rubric's texts by field path, for the check against the competition's languages (none when no rubric is given). */
function rubricTexts(rubric: Rubric | undefined): { field: string; text: Record<string, string> }[] {
  return (rubric?.criteria ?? []).flatMap((c, i) => [
    { field: `rubric.criteria.${i}.name`, text: c.name },
    { field: `rubric.criteria.${i}.description`, text: c.description },
    ...c.levels.map((l, j) => ({ field: `rubric.criteria.${i}.levels.${j}.descriptor`, text: l.descriptor })),
  ]);
}

/** A round's name as stored: each text trimmed, the empty ones left out. */
function withoutBlankTexts(text: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(text).flatMap(([lang, value]) => (value.trim() ? [[lang, value.trim()]] : [])));
}

function assertRubric(rubric: Rubric): void {
  const problems = checkRubric(rubric);
  if (problems.length) throw rubricRefusal(problems);
}

function assertWindow(opensAt: string, closesAt: string): { opensAt: Date; closesAt: Date } {
  const window = { opensAt: new Date(opensAt), closesAt: new Date(closesAt) };
  if (window.closesAt <= window.opensAt)
    throw fieldRefusal('closesAt', JudgingReason.ClosesBeforeOpens, { opensAt: window.opensAt.toISOString() }, 'The round must close after it opens.');
  return window;
}
