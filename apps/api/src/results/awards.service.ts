import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { byPosition, suggestWinners, type AwardSuggestions } from '@clapper/domain/awards';
import { FieldReason, problem, ResultsReason, Thing, type Problem, type ReasonParams } from '@clapper/domain/refusals';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { DomainError, fieldRefusal, notFound } from '../common/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { assertNoGapsUnlessConfirmed, assertTextLanguages, CompetitionTexts } from '../competitions/competition-texts.js';
import { CompetitionsQueries, type Competition } from '../competitions/competitions.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { JudgingQueries, type Round } from '../judging/judging.queries.js';
import { Award, AwardWinner } from './award.entity.js';
import { publicationState, publishedAt } from './publication.js';
import { ResultsNotices } from './results-notices.js';
import { ResultsService, type ComputedRound } from './results.service.js';
import type { AwardDto, AwardInputDto, AwardsOverviewDto, OverrideWinnersDto, PublicationDto, SealBlocker } from './dto/results.dto.js';

/**
 * The awards of a competition, their winners, and the publication of the results. Organisers only.
 * Winners come from the final's results (the rank decides); an override replaces them with a reason, which the
 * audit log keeps. Sealing freezes the awards until publication (explicit, or the ceremony time passing).
 */
@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Award) private readonly awards: Repository<Award>,
    @InjectRepository(AwardWinner) private readonly winners: Repository<AwardWinner>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly results: ResultsService,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
    private readonly judging: JudgingQueries,
    private readonly resultsNotices: ResultsNotices,
    private readonly texts: CompetitionTexts,
  ) {}

  async overview(actor: Actor, competitionId: string): Promise<AwardsOverviewDto> {
    const competition = await this.competition(competitionId);
    const final = await this.finalRound(competitionId);
    const computed = final ? await this.results.compute(final) : null;
    const awards = await this.awards.find({ where: { competitionId }, order: { position: 'ASC', createdAt: 'ASC' } });
    const winners = awards.length ? await this.winners.find({ where: { awardId: In(awards.map((a) => a.id)) }, order: { place: 'ASC' } }) : [];
    const suggestions = computed ? this.suggest(awards, computed) : { winners: [], reveals: [], undecided: [] };
    const entryIds = [...new Set([...winners.map((w) => w.entryId), ...suggestions.winners.map((w) => w.entryId)])];
    const entries = new Map((await this.entries.entriesByIds(entryIds)).map((e) => [e.id, e]));
    return {
      publication: this.publication(competition, final, awards, winners, suggestions),
      awards: awards.map((a): AwardDto => ({
        id: a.id,
        kind: a.kind,
        name: a.name,
        description: a.description,
        position: a.position,
        places: a.places,
        categoryId: a.categoryId,
        criterion: a.criterion,
        winners: winners
          .filter((w) => w.awardId === a.id)
          .sort((x, y) => (x.countryCode ?? '').localeCompare(y.countryCode ?? '') || x.place - y.place)
          .map((w) => {
            const e = entries.get(w.entryId)!;
            return {
              entryId: w.entryId,
              code: e.code,
              title: e.title,
              countryCode: e.countryCode,
              place: w.place,
              forCountry: w.countryCode,
              source: w.source,
              reason: w.reason,
            };
          }),
        suggested: suggestions.winners
          .filter((w) => w.awardId === a.id)
          .map((w) => ({ entryId: w.entryId, code: entries.get(w.entryId)!.code, place: w.place, forCountry: w.countryCode })),
        undecided: suggestions.undecided.filter((u) => u.awardId === a.id).map((u) => ({ countryCode: u.countryCode, reason: u.reason, params: u.params })),
      })),
    };
  }

  async create(actor: Actor, competitionId: string, dto: AwardInputDto): Promise<AwardsOverviewDto> {
    await this.db.transaction(async (m) => {
      const competition = await this.unsealed(m, competitionId);
      await this.checkDefinition(m, competition, dto);
      const last = await m.getRepository(Award).maximum('position', { competitionId });
      const award = await m.save(
        m.create(Award, {
          competitionId,
          kind: dto.kind,
          name: dto.name,
          description: dto.description ?? {},
          position: dto.position ?? (last ?? 0) + 1,
          places: dto.places ?? 1,
          categoryId: dto.categoryId ?? null,
          criterion: dto.kind === 'special' ? (dto.criterion ?? null) : null,
        }),
      );
      await this.audit.record({ actorId: actor.userId, action: 'award.created', subjectType: 'award', subjectId: award.id, after: award }, m);
    });
    return this.overview(actor, competitionId);
  }

  async update(actor: Actor, awardId: string, dto: AwardInputDto): Promise<AwardsOverviewDto> {
    const competitionId = await this.db.transaction(async (m) => {
      const award = await this.award(m, awardId);
      const competition = await this.unsealed(m, award.competitionId);
      await this.checkDefinition(m, competition, dto);
      const after = {
        kind: dto.kind,
        name: dto.name,
        description: dto.description ?? award.description,
        position: dto.position ?? award.position,
        places: dto.places ?? award.places,
        categoryId: dto.categoryId === undefined ? award.categoryId : dto.categoryId,
        criterion: dto.kind === 'special' ? (dto.criterion === undefined ? award.criterion : dto.criterion) : null,
      };
      await m.update(Award, { id: award.id }, after);
      await this.audit.record({ actorId: actor.userId, action: 'award.updated', subjectType: 'award', subjectId: award.id, before: award, after }, m);
      return award.competitionId;
    });
    return this.overview(actor, competitionId);
  }

  async remove(actor: Actor, awardId: string): Promise<AwardsOverviewDto> {
    const competitionId = await this.db.transaction(async (m) => {
      const award = await this.award(m, awardId);
      await this.unsealed(m, award.competitionId);
      await m.delete(Award, { id: award.id });
      await this.audit.record({ actorId: actor.userId, action: 'award.deleted', subjectType: 'award', subjectId: award.id, before: award }, m);
      return award.competitionId;
    });
    return this.overview(actor, competitionId);
  }

  /**
   * Assigns every award from the final's results: the rank decides. Awards whose winners were overridden keep
   * them (an override is a decision; re-running the results must not undo it quietly).
   */
  async assignFromResults(actor: Actor, competitionId: string): Promise<AwardsOverviewDto> {
    await this.db.transaction(async (m) => {
      await this.unsealed(m, competitionId);
      const final = await this.finalRound(competitionId, m);
      if (!final) throw new DomainError('conflict', ResultsReason.NoFinal, 'There is no final round yet: awards are assigned from the final’s results.', {});
      const awards = await m.find(Award, { where: { competitionId } });
      if (!awards.length) throw new DomainError('conflict', ResultsReason.NoAwards, 'Define the awards first.', {});
      const existing = await m.find(AwardWinner, { where: { awardId: In(awards.map((a) => a.id)) } });
      const overridden = new Set(existing.filter((w) => w.source === 'override').map((w) => `${w.awardId}/${w.countryCode ?? ''}`));
      const suggestions = this.suggest(awards, await this.results.compute(final, m));
      const now = this.clock.now();
      const rows = suggestions.winners
        .filter((w) => !overridden.has(`${w.awardId}/${w.countryCode ?? ''}`))
        .map((w) =>
          m.create(AwardWinner, {
            awardId: w.awardId,
            entryId: w.entryId,
            place: w.place,
            countryCode: w.countryCode,
            source: 'rank',
            reason: null,
            decidedBy: actor.userId,
            decidedAt: now,
          }),
        );
      await m.delete(AwardWinner, { awardId: In(awards.map((a) => a.id)), source: 'rank' });
      if (rows.length) await m.insert(AwardWinner, rows);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'award.assigned_from_results',
          subjectType: 'competition',
          subjectId: competitionId,
          before: existing.filter((w) => w.source === 'rank'),
          after: rows,
        },
        m,
      );
    });
    return this.overview(actor, competitionId);
  }

  /** Replaces an award's winners (for country_best: one country's) by hand; the reason goes into the audit log. */
  async override(actor: Actor, awardId: string, dto: OverrideWinnersDto): Promise<AwardsOverviewDto> {
    const competitionId = await this.db.transaction(async (m) => {
      const award = await this.award(m, awardId);
      await this.unsealed(m, award.competitionId);
      const countryCode = award.kind === 'country_best' ? (dto.countryCode?.toUpperCase() ?? null) : null;
      if (award.kind === 'country_best' && !countryCode)
        throw fieldRefusal('countryCode', FieldReason.Required, {}, 'Say which country these winners are for: required for the best entry per country.');
      if (dto.winners.length > award.places)
        throw fieldRefusal(
          'winners',
          ResultsReason.TooManyWinners,
          { places: award.places, winners: dto.winners.length },
          `This award has ${award.places} place(s); you gave ${dto.winners.length} winners.`,
        );
      if (new Set(dto.winners.map((w) => w.entryId)).size !== dto.winners.length)
        throw fieldRefusal('winners', FieldReason.NotUnique, {}, 'Each entry can win an award once.');
      if (new Set(dto.winners.map((w) => w.place)).size !== dto.winners.length || dto.winners.some((w) => w.place > award.places))
        throw fieldRefusal(
          'winners',
          ResultsReason.PlacesNotDistinct,
          { places: award.places },
          `Give each winner a different place from 1 to ${award.places}.`,
        );
      const final = await this.finalRound(award.competitionId, m);
      const inFinal =
        final && dto.winners.length
          ? await this.judging.entriesInRound(
              final.id,
              dto.winners.map((w) => w.entryId),
              m,
            )
          : [];
      if (inFinal.length !== dto.winners.length) throw fieldRefusal('winners', ResultsReason.WinnerNotInFinal, {}, 'Winners must be entries of the final.');
      for (const re of inFinal) {
        const code = re.entry!.code;
        if (countryCode && re.entry!.countryCode !== countryCode)
          throw fieldRefusal('winners', ResultsReason.WinnerOtherCountry, { code, country: countryCode }, `${code} is not from ${countryCode}.`);
        if (award.categoryId && re.entry!.categoryId !== award.categoryId)
          throw fieldRefusal('winners', ResultsReason.WinnerOtherCategory, { code }, `${code} is not in this award's category.`);
      }
      const where = { awardId: award.id, ...(countryCode ? { countryCode } : {}) };
      const before = await m.find(AwardWinner, { where });
      await m.delete(AwardWinner, where);
      const now = this.clock.now();
      const rows = dto.winners.map((w) =>
        m.create(AwardWinner, {
          awardId: award.id,
          entryId: w.entryId,
          place: w.place,
          countryCode,
          source: 'override',
          reason: dto.reason.trim(),
          decidedBy: actor.userId,
          decidedAt: now,
        }),
      );
      if (rows.length) await m.insert(AwardWinner, rows);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'award.overridden',
          subjectType: 'award',
          subjectId: award.id,
          before,
          after: { winners: dto.winners, countryCode, reason: dto.reason.trim() },
        },
        m,
      );
      return award.competitionId;
    });
    return this.overview(actor, competitionId);
  }

  /** Seals the results: the awards are final, and nothing is public until publication or the ceremony time. */
  async seal(actor: Actor, competitionId: string): Promise<AwardsOverviewDto> {
    await this.db.transaction(async (m) => {
      const competition = await this.unsealed(m, competitionId);
      const final = await this.finalRound(competitionId, m);
      const awards = await m.find(Award, { where: { competitionId } });
      const winners = awards.length ? await m.find(AwardWinner, { where: { awardId: In(awards.map((a) => a.id)) } }) : [];
      const suggestions = final && awards.length ? this.suggest(awards, await this.results.compute(final, m)) : null;
      const blockers = this.blockers(final, awards, winners, suggestions);
      if (blockers.length)
        throw new DomainError('conflict', ResultsReason.NotReady, `The results cannot be sealed yet: ${blockers.map(blockerText).join(' ')}`, {
          problems: blockers,
        });
      await this.competitions.recordResultsSealed(m, competition.id, this.clock.now());
      await this.audit.record(
        { actorId: actor.userId, action: 'results.sealed', subjectType: 'competition', subjectId: competitionId, after: { winners: winners.length } },
        m,
      );
    });
    return this.overview(actor, competitionId);
  }

  async unseal(actor: Actor, competitionId: string): Promise<AwardsOverviewDto> {
    await this.db.transaction(async (m) => {
      const competition = await this.lockCompetition(m, competitionId);
      const state = publicationState(competition, this.clock.now());
      if (state === 'published') throw new DomainError('conflict', ResultsReason.Published, 'The results are published and cannot be sealed again.', {});
      if (state === 'open') throw new DomainError('conflict', ResultsReason.NotSealed, 'The results are not sealed.', {});
      await this.competitions.recordResultsSealed(m, competitionId, null);
      await this.audit.record({ actorId: actor.userId, action: 'results.unsealed', subjectType: 'competition', subjectId: competitionId }, m);
    });
    return this.overview(actor, competitionId);
  }

  /**
   * Publishes sealed results now (the ceremony's last step); the showcase, teams' results and certificates open.
   * While some text of the competition misses a translation, asked again (`confirmGaps`); the audit log keeps the gaps.
   */
  async publish(actor: Actor, competitionId: string, confirmGaps = false): Promise<AwardsOverviewDto> {
    await this.db.transaction(async (m) => {
      const competition = await this.lockCompetition(m, competitionId);
      const state = publicationState(competition, this.clock.now());
      if (state === 'open') throw new DomainError('conflict', ResultsReason.NotSealed, 'Seal the results before publishing them.', {});
      if (state === 'published' && competition.resultsPublishedAt)
        throw new DomainError('conflict', ResultsReason.Published, 'The results are already published.', {});
      // sealing asks the same; results sealed before this check existed are asked again here
      const final = await this.finalRound(competitionId, m);
      const awards = await m.find(Award, { where: { competitionId } });
      const winners = awards.length ? await m.find(AwardWinner, { where: { awardId: In(awards.map((a) => a.id)) } }) : [];
      const suggestions = final && awards.length ? this.suggest(awards, await this.results.compute(final, m)) : null;
      const undecided = this.blockers(final, awards, winners, suggestions).find((b) => b.reason === ResultsReason.AwardsUndecided);
      if (undecided)
        throw new DomainError(
          'conflict',
          ResultsReason.AwardsUndecided,
          blockerText(undecided),
          undecided.params as ReasonParams<ResultsReason.AwardsUndecided>,
        );
      const { gaps } = await this.texts.state(competitionId, m);
      assertNoGapsUnlessConfirmed(gaps, confirmGaps);
      const now = this.clock.now();
      await this.competitions.recordResultsPublished(m, competitionId, now, actor.userId);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'results.published',
          subjectType: 'competition',
          subjectId: competitionId,
          after: { at: now.toISOString(), ...(gaps.length ? { translationGaps: gaps } : {}) },
        },
        m,
      );
    });
    // every team of the edition hears its results, in the background (a big edition takes a while)
    await this.resultsNotices.queueFor(competitionId);
    return this.overview(actor, competitionId);
  }

  suggest(awards: Award[], computed: ComputedRound): AwardSuggestions {
    return suggestWinners(
      awards
        .map((a) => ({ id: a.id, kind: a.kind, places: a.places, position: a.position, categoryId: a.categoryId, criterion: a.criterion }))
        .sort(byPosition),
      computed.results,
      Object.fromEntries(computed.results.entries.map((e) => [e.entryId, e.audienceVotes])),
    );
  }

  /** In the caller's transaction when given its manager. */
  finalRound(competitionId: string, m?: EntityManager): Promise<Round | null> {
    return this.judging.finalRound(competitionId, m);
  }

  /** Where the results stand, and (while open) what stands in the way of sealing. */
  publication(
    competition: Competition,
    final: Round | null,
    awards: Award[],
    winners: AwardWinner[],
    suggestions: AwardSuggestions | null = null,
  ): PublicationDto {
    const now = this.clock.now();
    const state = publicationState(competition, now);
    return {
      state,
      sealedAt: competition.resultsSealedAt?.toISOString() ?? null,
      publishedAt: publishedAt(competition, now)?.toISOString() ?? null,
      ceremonyAt: competition.ceremonyAt?.toISOString() ?? null,
      finalRoundId: final?.id ?? null,
      blockers: state === 'open' ? this.blockers(final, awards, winners, suggestions) : [],
    };
  }

  /**
   * What stands in the way of sealing (and publishing): no closed final, no awards, awards without winners, and awards
   * the results leave undecided (`suggestions.undecided`) whose winners nobody chose by hand for that country.
   */
  private blockers(final: Round | null, awards: Award[], winners: AwardWinner[], suggestions: AwardSuggestions | null): Problem<SealBlocker>[] {
    const out: Problem<SealBlocker>[] = [];
    if (!final) out.push(problem(ResultsReason.NoFinal));
    else if (final.status !== 'closed') out.push(problem(ResultsReason.FinalNotClosed));
    if (!awards.length) out.push(problem(ResultsReason.NoAwards));
    const without = awards.filter((a) => !winners.some((w) => w.awardId === a.id));
    if (without.length) out.push(problem(ResultsReason.AwardsWithoutWinners, { awards: without.map((a) => a.name), awardIds: without.map((a) => a.id) }));
    // a cut inside a tie is for the organisers to decide on purpose (a tie decision, or winners chosen by hand); a
    // country of a best-entry award with nobody left simply has no winner, and awards without any are named above
    const decided = new Set(winners.filter((w) => w.source === 'override').map((w) => `${w.awardId}/${w.countryCode ?? ''}`));
    const open = new Set(
      (suggestions?.undecided ?? []).filter((u) => u.reason === 'tie_at_cut' && !decided.has(`${u.awardId}/${u.countryCode ?? ''}`)).map((u) => u.awardId),
    );
    const undecided = awards.filter((a) => open.has(a.id) && !without.includes(a)).sort(byPosition);
    if (undecided.length) out.push(problem(ResultsReason.AwardsUndecided, { awards: undecided.map((a) => a.name), awardIds: undecided.map((a) => a.id) }));
    return out;
  }

  private async checkDefinition(m: EntityManager, competition: Competition, dto: AwardInputDto): Promise<void> {
    assertTextLanguages(competition.languages, [
      { field: 'name', text: dto.name },
      { field: 'description', text: dto.description },
    ]);
    if (dto.categoryId && !(await this.competitions.categoryOf(competition.id, dto.categoryId, m)))
      throw fieldRefusal('categoryId', ResultsReason.UnknownCategory, {}, 'That category is not one of this competition’s.');
    if (dto.kind === 'audience' && !competition.audienceVoting)
      throw fieldRefusal('kind', ResultsReason.NoAudienceVote, {}, 'This competition runs no audience vote: turn it on in the competition settings first.');
    if (dto.kind === 'special' && dto.criterion) {
      const final = await this.finalRound(competition.id, m);
      const keys = final ? final.rubric.criteria.map((c) => c.key) : [];
      if (final && !keys.includes(dto.criterion))
        throw fieldRefusal(
          'criterion',
          FieldReason.NotOneOf,
          { allowed: keys },
          `The final's rubric has no criterion "${dto.criterion}"; use one of: ${keys.join(', ')}.`,
        );
    }
  }

  private async award(m: EntityManager, awardId: string): Promise<Award> {
    const award = await m.findOne(Award, { where: { id: awardId } });
    if (!award) throw notFound(Thing.Award);
    return award;
  }

  private async competition(competitionId: string): Promise<Competition> {
    const c = await this.competitions.competition(competitionId);
    if (!c) throw notFound(Thing.Competition);
    return c;
  }

  private async lockCompetition(m: EntityManager, competitionId: string): Promise<Competition> {
    const c = await this.competitions.competitionForUpdate(m, competitionId);
    if (!c) throw notFound(Thing.Competition);
    return c;
  }

  private async unsealed(m: EntityManager, competitionId: string): Promise<Competition> {
    const c = await this.lockCompetition(m, competitionId);
    const state = publicationState(c, this.clock.now());
    if (state === 'published') throw new DomainError('conflict', ResultsReason.Published, 'The results are published; the awards can no longer change.', {});
    if (state === 'sealed') throw new DomainError('conflict', ResultsReason.Sealed, 'The results are sealed: unseal them to change the awards.', {});
    return c;
  }
}

type LocalizedName = Record<string, string>;

/** Awards' names in English, for a message to API users and logs (the params carry every language). */
const englishNames = (p: { awards: LocalizedName[] }): string => p.awards.map((name) => name.en ?? '').join(', ');

/** A seal blocker in English, for the refusal's message (API users and logs). */
function blockerText(p: Problem): string {
  switch (p.reason) {
    case ResultsReason.NoFinal:
      return 'There is no final round.';
    case ResultsReason.FinalNotClosed:
      return 'Close the final round first, so that no scorecard changes.';
    case ResultsReason.NoAwards:
      return 'Define at least one award.';
    case ResultsReason.AwardsWithoutWinners:
      return `Assign winners to: ${englishNames(p.params as { awards: LocalizedName[] })}.`;
    case ResultsReason.AwardsUndecided:
      return `The last winning place of these awards falls inside an unresolved tie: ${englishNames(p.params as { awards: LocalizedName[] })}. Record a tie decision, or choose the winners by hand.`;
    default:
      return p.reason;
  }
}
