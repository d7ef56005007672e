import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  checkResultOptions,
  computeResults,
  resultsByCategory,
  resultsByCountry,
  type ResultOptions,
  type ResultsInput,
  type RoundResults,
} from '@clapper/domain/results';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { CommonReason, ResultsReason, Thing, type Problem } from '@clapper/domain/refusals';
import { DomainError, forbidden, notFound, type FieldError } from '../common/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries, type Competition } from '../competitions/competitions.queries.js';
import type { Entry } from '../entries/entries.queries.js';
import { JudgingQueries, type Round } from '../judging/judging.queries.js';
import { canManageRound } from '../judging/round-access.service.js';
import { VotingService } from '../voting/voting.service.js';
import { publicationState } from './publication.js';
import type { ResultOptionsDto, RoundResultsDto, ScopedResultsDto, TieDecisionDto, TieDecisionInputDto } from './dto/results.dto.js';

export interface ComputedRound {
  round: Round;
  competition: Competition;
  /** what the results were computed from */
  input: ResultsInput;
  results: RoundResults;
  /** entry id -> the entry */
  entries: Map<string, Entry>;
}

/**
 * Results are computed, never stored: always from the submitted scorecards as the judges entered them, the
 * round's options (normalisation, trimmed mean, the tie-break chain), the organisers' recorded tie decisions and,
 * when the competition declares a weighting, the audience votes. The pure computation is libs/domain/src/results.ts.
 */
@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly voting: VotingService,
    private readonly competitions: CompetitionsQueries,
    private readonly judging: JudgingQueries,
    private readonly accounts: AccountsQueries,
  ) {}

  /** Organisers see every round's results; a coordinator their own country's national round. Others: 404. */
  async viewable(actor: Actor, roundId: string): Promise<Round> {
    const round = await this.judging.round(roundId);
    if (!round || !canManageRound(actor, round)) throw notFound(Thing.Round);
    return round;
  }

  /** In the caller's transaction when given its manager. */
  async compute(round: Round, m?: EntityManager): Promise<ComputedRound> {
    const competition = await this.competitions.competitionOrFail(round.competitionId, m);
    const roundEntries = await this.judging.entriesInRound(round.id, undefined, m);
    const cards = await this.judging.submittedScorecards(round.id, m);
    const entryOf = new Map(roundEntries.map((re) => [re.id, re.entry!]));
    const weight = round.kind === 'final' && competition.audienceVoting ? competition.audienceWeight : 0;
    const votes = weight > 0 ? await this.voting.votesByEntry(competition.id) : {};
    const input: ResultsInput = {
      rubric: round.rubric,
      entries: roundEntries.map((re) => ({
        entryId: re.entry!.id,
        code: re.entry!.code,
        categoryId: re.entry!.categoryId,
        countryCode: re.entry!.countryCode,
      })),
      scorecards: cards.map((c) => ({ entryId: entryOf.get(c.roundEntryId)!.id, judgeId: c.judgeId, scores: c.scores })),
      options: this.options(round, weight),
      decisions: round.tieDecisions.map((d) => ({ entryIds: d.entryIds })),
      votes,
    };
    const results = computeResults(input);
    return { round, competition, input, results, entries: new Map(roundEntries.map((re) => [re.entry!.id, re.entry!])) };
  }

  async roundResults(actor: Actor, roundId: string): Promise<RoundResultsDto> {
    const round = await this.viewable(actor, roundId);
    return this.toDto(await this.compute(round));
  }

  /**
   * The options are the organisers' to set, and only while the results are not sealed. Changing the aggregation once
   * judges have submitted scorecards may change the ranking they see: the organiser confirms it, and the audit log
   * records how many scorecards were in.
   */

  async setOptions(actor: Actor, roundId: string, dto: ResultOptionsDto): Promise<RoundResultsDto> {
    await this.db.transaction(async (m) => {
      const round = await this.organisersRound(actor, roundId, m);
      const options: ResultOptions = {
        aggregation: dto.aggregation,
        trimmed: dto.trimmed,
        tieBreaks: dto.tieBreaks.map((t) => (t.kind === 'criterion' ? { kind: 'criterion', criterion: t.criterion ?? '' } : { kind: t.kind })),
      };
      const problems = checkResultOptions(round.rubric, options);
      if (problems.length) throw optionsRefusal(problems.map((p) => ({ ...p, message: tieBreakProblemText(p.index, p.problem, dto) })));
      const before = this.options(round, 0);
      const scorecards = options.aggregation === round.aggregation ? 0 : (await this.judging.submittedScorecards(round.id, m)).length;
      if (scorecards > 0 && dto.confirmAggregationChange !== true)
        throw new DomainError(
          'conflict',
          ResultsReason.AggregationUnconfirmed,
          `Judges have already submitted ${scorecards} scorecard(s), and changing how their totals are combined may change the ranking. Confirm the change (confirmAggregationChange: true); the audit log records it.`,
          { scorecards },
        );
      await this.judging.recordResultOptions(m, round.id, { aggregation: options.aggregation, trimmedMean: options.trimmed, tieBreaks: options.tieBreaks });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'results.options_set',
          subjectType: 'round',
          subjectId: round.id,
          before,
          after: scorecards > 0 ? { ...options, aggregationChangedAfterScorecards: scorecards } : options,
        },
        m,
      );
    });
    return this.roundResults(actor, roundId);
  }

  /** An organisers' decision on a tie the chain left: recorded with the reason, and used by the 'organiser' tie-break. */
  async decideTie(actor: Actor, roundId: string, dto: TieDecisionInputDto): Promise<RoundResultsDto> {
    await this.db.transaction(async (m) => {
      const round = await this.organisersRound(actor, roundId, m);
      const inRound = await this.judging.entriesInRound(round.id, dto.entryIds, m);
      if (inRound.length !== dto.entryIds.length)
        throw new DomainError('bad_request', ResultsReason.TieOutsideRound, 'Every entry in a tie decision must be in this round.', {});
      const { results } = await this.compute(round, m);
      const scores = new Set(results.entries.filter((e) => dto.entryIds.includes(e.entryId)).map((e) => e.score));
      if (scores.size !== 1 || scores.has(null))
        throw new DomainError(
          'conflict',
          ResultsReason.NotTied,
          'These entries do not have equal scores, so there is no tie to decide. Decide only entries the results show as tied.',
          {},
        );
      const decision: Round['tieDecisions'][number] = {
        entryIds: dto.entryIds,
        reason: dto.reason.trim(),
        decidedBy: actor.userId,
        decidedAt: this.clock.now().toISOString(),
      };
      // a newer decision on the same entries replaces the older one
      const kept = round.tieDecisions.filter((d) => !(d.entryIds.length === dto.entryIds.length && d.entryIds.every((id) => dto.entryIds.includes(id))));
      await this.judging.recordTieDecisions(m, round.id, [decision, ...kept]);
      await this.audit.record(
        { actorId: actor.userId, action: 'results.tie_decided', subjectType: 'round', subjectId: round.id, before: round.tieDecisions, after: decision },
        m,
      );
    });
    return this.roundResults(actor, roundId);
  }

  async toDto({ round, results, entries }: ComputedRound): Promise<RoundResultsDto> {
    const scoped = (groups: Record<string, RoundResults>): ScopedResultsDto[] =>
      Object.entries(groups)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, r]) => ({ key, entries: r.entries.map((e) => ({ entryId: e.entryId, rank: e.rank, tiedWith: e.tiedWith })) }));
    const decisions = round.tieDecisions.map((d) => ({ entryIds: d.entryIds }));
    const codeOf = (id: string) => entries.get(id)?.code ?? id;
    return {
      roundId: round.id,
      kind: round.kind,
      countryCode: round.countryCode,
      status: round.status,
      options: {
        aggregation: results.options.aggregation,
        trimmed: results.options.trimmed,
        tieBreaks: results.options.tieBreaks,
        audienceWeight: results.options.audienceWeight ?? 0,
      },
      method: results.method,
      entries: results.entries.map((e) => ({ ...e, title: entries.get(e.entryId)?.title ?? '' })),
      byCategory: scoped(resultsByCategory(results, decisions)),
      byCountry: scoped(resultsByCountry(results, decisions)),
      decisions: round.tieDecisions.map((d): TieDecisionDto => ({ ...d, codes: d.entryIds.map(codeOf) })),
      judges: await this.judgesNamed(results.method.parts.flatMap((p) => p.judgeIds)),
    };
  }

  private async judgesNamed(ids: string[]): Promise<{ id: string; displayName: string }[]> {
    if (!ids.length) return [];
    const users = await this.accounts.usersByIds(ids);
    return users.map((u) => ({ id: u.id, displayName: u.displayName })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  options(round: Round, audienceWeight: number): ResultOptions {
    return { aggregation: round.aggregation, trimmed: round.trimmedMean, tieBreaks: round.tieBreaks, ...(audienceWeight > 0 ? { audienceWeight } : {}) };
  }

  private async organisersRound(actor: Actor, roundId: string, m: EntityManager): Promise<Round> {
    const round = await this.judging.roundForUpdate(m, roundId);
    if (!round || !canManageRound(actor, round)) throw notFound(Thing.Round);
    if (!actor.isOrganiser) throw forbidden('Only organisers set how results are computed and decide ties.');
    const competition = await this.competitions.competitionOrFail(round.competitionId, m);
    const state = publicationState(competition, this.clock.now());
    if (state === 'published') throw new DomainError('conflict', ResultsReason.Published, 'The results are published: they can no longer change.', {});
    if (state === 'sealed')
      throw new DomainError('conflict', ResultsReason.Sealed, 'The results are sealed: unseal them before changing how they are computed.', {});
    return round;
  }
}

/** The tie-break chain's problems, each on its step (`tieBreaks.<i>`, as the form shows them), in English and as reasons. */
function optionsRefusal(problems: { index: number; problem: Problem; message: string }[]): DomainError {
  const fields: FieldError[] = [];
  for (const p of problems) {
    const field = `tieBreaks.${p.index}`;
    let f = fields.find((x) => x.field === field);
    if (!f) fields.push((f = { field, messages: [], problems: [] }));
    f.messages.push(p.message);
    f.problems.push(p.problem);
  }
  return new DomainError(
    'validation_failed',
    CommonReason.ValidationFailed,
    problems.map((p) => p.message).join(' '),
    { fields: fields.map((f) => f.field) },
    { fields },
  );
}

/** One problem of the chain in English (the refusal's message, for API users and logs). */
function tieBreakProblemText(index: number, p: Problem, dto: ResultOptionsDto): string {
  const which = `Tie-break ${index + 1}`;
  const params = p.params as { allowed?: string[]; earlier?: number };
  switch (p.reason) {
    case ResultsReason.TieBreakRepeated:
      return `${which} repeats tie-break ${params.earlier}: a tie it did not break the first time, it cannot break the second. Remove it.`;
    case ResultsReason.OrganiserNotLast:
      return `${which}, the organiser's decision, must come last: organisers decide only the ties the declared rules leave. Move it to the end.`;
    default:
      return dto.tieBreaks[index]?.kind === 'criterion'
        ? `${which} compares the criterion "${dto.tieBreaks[index].criterion ?? ''}", which this rubric does not have. Choose one of: ${(params.allowed ?? []).join(', ')}.`
        : `${which} is of a kind this app does not know. Use one of: ${(params.allowed ?? []).join(', ')}.`;
  }
}
