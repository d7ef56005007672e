import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, QueryFailedError, type EntityManager } from 'typeorm';
import { normalisedWeights } from '@clapper/domain/rubric';
import { ScoringReason, Thing } from '@clapper/domain/refusals';
import { checkScores, scoreProblemReason, weightedTotal, type Scores } from '@clapper/domain/scorecard';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock/clock.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { scoreProblemMessage } from './scoring-refusals.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { VideoPlaybackService } from '../videos/video-playback.service.js';
import { Assignment } from './assignment.entity.js';
import { IdempotencyService } from './idempotency.service.js';
import { RoundAccess } from './round-access.service.js';
import { RoundEntry } from './round-entry.entity.js';
import { RoundJudge } from './round-judge.entity.js';
import { Round } from './round.entity.js';
import { Scorecard, SUBMITTED_STATUSES } from './scorecard.entity.js';
import { primaryLanguage } from './assign-facts.js';
import { roundEntryCode } from './blind-code.js';
import { withEntries } from './with-entries.js';
import { VideosQueries } from '../videos/videos.queries.js';
import type { JudgeEntryDto, JudgeRoundDto, OtherScoresDto, QueueDto, SaveScorecardDto, ScorecardDto } from './dto/scoring.dto.js';

/**
 * The judge's side: their rounds, their queue, an entry as a judge may see it, and their scorecards. A judge reaches
 * only entries assigned to them (others: 404), only their own scorecards, and in a blind round never the entry's
 * own code, the team's names, school, roster, nor the country: those fields are not sent at all. Judges know an
 * entry by its opaque code in the round (R2-017, see roundEntryCode) in every round.
 */
@Injectable()
export class ScoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: RoundAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly playback: VideoPlaybackService,
    private readonly idempotency: IdempotencyService,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
    private readonly videos: VideosQueries,
  ) {}

  async rounds(actor: Actor): Promise<JudgeRoundDto[]> {
    const roundIds = actor.grants.filter((g) => g.role === 'judge' && g.roundId).map((g) => g.roundId!);
    if (!roundIds.length) return [];
    const rounds = await this.db.manager.find(Round, { where: { id: In([...new Set(roundIds)]) } });
    const competitions = new Map((await this.competitions.competitionsByIds(rounds.map((r) => r.competitionId))).map((c) => [c.id, c]));
    const out: JudgeRoundDto[] = [];
    for (const round of rounds) {
      const judge = await this.access.ensureJudge(this.db.manager, round.id, actor.userId);
      if (judge.droppedAt) continue;
      out.push(await this.roundDto(round, judge, competitions.get(round.competitionId)?.name));
    }
    return out.sort((a, b) => a.opensAt.localeCompare(b.opensAt));
  }

  async queue(actor: Actor, roundId: string): Promise<QueueDto> {
    const { round, judge } = await this.access.judge(actor, roundId);
    const assignments = await this.db.getRepository(Assignment).find({ where: { roundId, judgeId: actor.userId }, relations: { roundEntry: true } });
    await withEntries(
      this.entries,
      assignments.map((a) => a.roundEntry!),
    );
    const cards = await this.cards(this.db.manager, roundId, actor.userId);
    const english = new Set(
      (await this.videos.subtitleLanguagesOf(assignments.map((a) => a.roundEntry!.entryId)))
        .filter((s) => primaryLanguage(s.language) === 'en')
        .map((s) => s.entryId),
    );
    return {
      round: await this.roundDto(round, judge),
      // in the order of the opaque numbers: random, so it groups nothing (the entries' own codes would group countries)
      items: [...assignments]
        .sort((a, b) => a.roundEntry!.blindNumber - b.roundEntry!.blindNumber)
        .map((a) => {
          const card = cards.get(a.roundEntryId);
          const entry = a.roundEntry!.entry!;
          return {
            roundEntryId: a.roundEntryId,
            code: roundEntryCode(round.kind, a.roundEntry!.blindNumber),
            title: entry.title,
            videoLanguage: entry.videoLanguage,
            languageMatch: a.languageMatch,
            scorecard: card?.status ?? ('none' as const),
            total: card ? totalOf(round, card.scores) : null,
            hasEnglishSubtitles: english.has(entry.id),
          };
        }),
    };
  }

  async entry(actor: Actor, roundId: string, roundEntryId: string): Promise<JudgeEntryDto> {
    const { round } = await this.access.judge(actor, roundId);
    const { roundEntry } = await this.assigned(this.db.manager, round, roundEntryId, actor.userId);
    const entry = roundEntry.entry!;
    const card = await this.db.getRepository(Scorecard).findOne({ where: { roundEntryId, judgeId: actor.userId } });
    const media = await this.playback.media(entry.id);
    const teamNames = round.blind ? [] : (await this.entries.teamMembersOf([entry.id])).map((m) => m.fullName);
    const queue = await this.queue(actor, roundId);
    const here = queue.items.findIndex((i) => i.roundEntryId === roundEntryId);
    const todo = (i: QueueDto['items'][number]) => (i.scorecard === 'none' || i.scorecard === 'draft') && i.roundEntryId !== roundEntryId;
    const next = queue.items.slice(here + 1).find(todo) ?? queue.items.find(todo) ?? null;
    return {
      roundEntryId,
      code: roundEntryCode(round.kind, roundEntry.blindNumber),
      entryCode: round.blind ? null : entry.code,
      title: entry.title,
      videoLanguage: entry.videoLanguage,
      synopsisOriginal: entry.synopsisOriginal,
      synopsisEnglish: entry.synopsisEnglish,
      countryCode: round.blind ? null : entry.countryCode,
      teamNames,
      playback: media.playback,
      subtitles: media.subtitles,
      rubric: round.rubric,
      weights: normalisedWeights(round.rubric),
      scorecard: this.cardDto(round, card),
      nextRoundEntryId: next?.roundEntryId ?? null,
      // the queue has summed up the round already
      round: queue.round,
      lockedReason: this.lockedReason(round),
    };
  }

  /** Saves the judge's scorecard (a draft, or changes to a submitted one while the round is open). */
  save(actor: Actor, roundId: string, roundEntryId: string, dto: SaveScorecardDto): Promise<ScorecardDto> {
    return this.write(actor, roundId, roundEntryId, dto, false);
  }

  /** Submits the scorecard: every criterion must be scored. With an Idempotency-Key, sending it twice has one effect. */
  submit(actor: Actor, roundId: string, roundEntryId: string, dto: SaveScorecardDto, idempotencyKey: string | undefined): Promise<ScorecardDto> {
    return this.write(actor, roundId, roundEntryId, dto, true, idempotencyKey);
  }

  /** The other judges' submitted scores for an entry: only once the judge has submitted their own, and only if the round allows it. */
  async others(actor: Actor, roundId: string, roundEntryId: string): Promise<OtherScoresDto> {
    const { round } = await this.access.judge(actor, roundId);
    await this.assigned(this.db.manager, round, roundEntryId, actor.userId);
    if (!round.showOtherScores) throw new DomainError('forbidden', ScoringReason.OtherScoresHidden, "This round does not show other judges' scores.", {});
    const cards = await this.db.getRepository(Scorecard).find({ where: { roundEntryId, status: In([...SUBMITTED_STATUSES]) }, order: { submittedAt: 'ASC' } });
    if (!cards.some((c) => c.judgeId === actor.userId))
      throw new DomainError(
        'forbidden',
        ScoringReason.OwnScorecardFirst,
        "Submit your own scorecard for this entry first; then you can see the other judges' scores.",
        {},
      );
    const others = cards.filter((c) => c.judgeId !== actor.userId);
    return {
      items: others.map((c, i) => ({ label: `Judge ${letter(i)}`, letter: letter(i), scores: c.scores, total: weightedTotal(round.rubric, c.scores) })),
    };
  }

  private async write(
    actor: Actor,
    roundId: string,
    roundEntryId: string,
    dto: SaveScorecardDto,
    submit: boolean,
    idempotencyKey?: string,
  ): Promise<ScorecardDto> {
    try {
      return await this.db.transaction((m) =>
        this.idempotency.once(m, actor.userId, idempotencyKey, { method: 'POST', path: `${roundId}/${roundEntryId}/submit`, body: dto }, async () => {
          const round = await this.access.judgeAssigned(actor, roundId, roundEntryId, m);
          this.assertEditable(round);
          const card = await m.findOne(Scorecard, { where: { roundEntryId, judgeId: actor.userId }, lock: { mode: 'pessimistic_write' } });
          const current = card?.version ?? 0;
          if (dto.version !== current) throw staleSave(this.cardDto(round, card));
          const submitted = submit || card?.status === 'submitted';
          const problems = checkScores(round.rubric, dto.scores, submitted ? 'submit' : 'draft');
          if (problems.length) {
            const english = problems.map((p) => scoreProblemMessage(p, round.rubric)).join(' ');
            const params = { problems: problems.map((p) => scoreProblemReason(p, round.rubric)) };
            throw submitted
              ? new DomainError('validation_failed', ScoringReason.SubmitIncomplete, `Score every criterion before submitting: ${english}`, params)
              : new DomainError('validation_failed', ScoringReason.ScoresInvalid, english, params);
          }
          const before = card ? { scores: card.scores, status: card.status, version: card.version } : null;
          const action = submit && card?.status !== 'submitted' ? 'scorecard.submitted' : 'scorecard.saved';
          const now = this.clock.now();
          const values = {
            scores: dto.scores as Scores,
            overallComment: round.rubric.overallComment ? (dto.overallComment ?? card?.overallComment ?? '').trim() : '',
            privateNote: (dto.privateNote ?? card?.privateNote ?? '').trim(),
            teamFeedback: (dto.teamFeedback ?? card?.teamFeedback ?? '').trim(),
            status: submitted ? ('submitted' as const) : ('draft' as const),
            version: current + 1,
            submittedAt: submitted ? (card?.submittedAt ?? now) : null,
          };
          const saved = card
            ? await this.update(m, card, values)
            : await m.save(m.create(Scorecard, { roundId, roundEntryId, judgeId: actor.userId, ...values }));
          await this.audit.record(
            {
              actorId: actor.userId,
              action,
              subjectType: 'scorecard',
              subjectId: saved.id,
              before,
              after: { scores: saved.scores, status: saved.status, version: saved.version },
            },
            m,
          );
          return this.cardDto(round, saved);
        }),
      );
    } catch (err) {
      // two first saves at once: the unique constraint lets one in; the other is told to reload
      if (err instanceof QueryFailedError && (err as { code?: string }).code === '23505') {
        const { round } = await this.access.judge(actor, roundId);
        const card = await this.db.getRepository(Scorecard).findOne({ where: { roundEntryId, judgeId: actor.userId } });
        throw staleSave(this.cardDto(round, card));
      }
      throw err;
    }
  }

  private assertEditable(round: Round): void {
    const reason = this.lockedReason(round);
    if (reason === 'closed')
      throw new DomainError('conflict', ScoringReason.RoundClosed, `This round closed on ${round.closesAt.toISOString()}: its scores are locked.`, {
        closesAt: round.closesAt.toISOString(),
      });
    if (reason === 'not_open')
      throw new DomainError('conflict', ScoringReason.RoundNotOpen, `Judging has not opened yet. It opens on ${round.opensAt.toISOString()}.`, {
        opensAt: round.opensAt.toISOString(),
      });
  }

  /** Why scores cannot change now, or null while they can. */
  private lockedReason(round: Round): 'closed' | 'not_open' | null {
    const now = this.clock.now();
    if (round.status === 'closed' || now >= round.closesAt) return 'closed';
    if (round.status !== 'open' || now < round.opensAt) return 'not_open';
    return null;
  }

  /** The round entry, when it is in the round and assigned to this judge; 404 otherwise. */
  private async assigned(m: EntityManager, round: Round, roundEntryId: string, judgeId: string) {
    const roundEntry = await m.findOne(RoundEntry, { where: { id: roundEntryId, roundId: round.id } });
    if (roundEntry) await withEntries(this.entries, [roundEntry], m);
    const assignment = roundEntry ? await m.findOne(Assignment, { where: { roundEntryId, judgeId } }) : null;
    if (!roundEntry || !assignment) throw notFound(Thing.Entry);
    return { roundEntry, assignment };
  }

  /**
   * Writes new values into a scorecard read (and locked) in this transaction: one UPDATE, where save() would first
   * read the row again to find what changed (autosaves come every few seconds from every judge).
   */
  private async update(m: EntityManager, card: Scorecard, values: Partial<Scorecard>): Promise<Scorecard> {
    const result = await m.createQueryBuilder().update(Scorecard).set(values).where('id = :id', { id: card.id }).returning('updated_at').execute();
    const rows = result.raw as { updated_at: Date }[];
    return Object.assign(card, values, { updatedAt: rows[0].updated_at });
  }

  private async cards(m: EntityManager, roundId: string, judgeId: string): Promise<Map<string, Scorecard>> {
    const rows = await m.find(Scorecard, { where: { roundId, judgeId } });
    return new Map(rows.map((c) => [c.roundEntryId, c]));
  }

  /** `competitionName` when the caller has it already; read otherwise. */
  private async roundDto(round: Round, judge: RoundJudge, competitionName?: Record<string, string>): Promise<JudgeRoundDto> {
    const [assigned, submitted] = await Promise.all([
      this.db.getRepository(Assignment).count({ where: { roundId: round.id, judgeId: judge.userId } }),
      this.db.getRepository(Scorecard).count({ where: { roundId: round.id, judgeId: judge.userId, status: In([...SUBMITTED_STATUSES]) } }),
    ]);
    const name = competitionName ?? (await this.competitions.competition(round.competitionId))?.name;
    return {
      id: round.id,
      competitionId: round.competitionId,
      competitionName: name ?? {},
      kind: round.kind,
      name: round.name ?? {},
      countryCode: round.kind === 'national' ? round.countryCode : null,
      status: round.status,
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      assigned,
      submitted,
      declared: judge.declaredAt !== null,
      blind: round.blind,
      showOtherScores: round.showOtherScores,
    };
  }

  private cardDto(round: Round, card: Scorecard | null): ScorecardDto {
    return {
      scores: card?.scores ?? {},
      overallComment: card?.overallComment ?? '',
      privateNote: card?.privateNote ?? '',
      teamFeedback: card?.teamFeedback ?? '',
      status: card?.status ?? 'none',
      version: card?.version ?? 0,
      total: card ? totalOf(round, card.scores) : null,
      updatedAt: card?.updatedAt.toISOString() ?? null,
      submittedAt: card?.submittedAt?.toISOString() ?? null,
      editable: this.lockedReason(round) === null && card?.status !== 'locked',
    };
  }
}

/** The weighted total, once every criterion has a score. */
function totalOf(round: Round, scores: Scores): number | null {
  return checkScores(round.rubric, scores, 'submit').length ? null : weightedTotal(round.rubric, scores);
}

const letter = (i: number) => String.fromCharCode(65 + (i % 26));

/** A save based on an old version: 409, with the scorecard as it is now so the judge's screen can show it. */
function staleSave(current: ScorecardDto): DomainError {
  return new DomainError(
    'conflict',
    ScoringReason.StaleVersion,
    'This scorecard was changed elsewhere (another tab or device). Here is the current version; check it and save again.',
    {},
    { details: { current } },
  );
}
