import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { Thing, VotingReason } from '@clapper/domain/refusals';
import { DomainError, fieldRefusal, notFound } from '../common/domain-error.js';
import { CompetitionsQueries, type Category, type Competition } from '../competitions/competitions.queries.js';
import { ConsentsQueries } from '../consents/consents.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { roundEntryCode } from '../judging/blind-code.js';
import { JudgingQueries } from '../judging/judging.queries.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { isPublished } from '../results/publication.js';
import { VideoPlaybackService } from '../videos/video-playback.service.js';
import { AudienceVote } from './audience-vote.entity.js';
import type { BallotDto, CannotVoteReason, CategoryVotesDto, MyVoteDto, VoteCountsDto, VotingPhase } from './dto/voting.dto.js';

/** A finalist as the vote needs it: only what a judge's blind view shows. */
interface Finalist {
  id: string;
  code: string;
  title: string;
  countryCode: string;
  /** the entry's opaque number in the final (what judges of the final call it); null for an entry named only for its votes */
  blindNumber: number | null;
  categoryId: string;
}

/**
 * The audience choice: signed-in users with a verified email vote once per category, among the finalists cleared
 * for public showing, inside the competition's voting window. Counts stay hidden until the results are published
 * (organisers see them at any time). Whether votes count towards the results is the results' business (audienceWeight).
 */
@Injectable()
export class VotingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(AudienceVote) private readonly votes: Repository<AudienceVote>,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
    private readonly judging: JudgingQueries,
    private readonly consents: ConsentsQueries,
    private readonly playback: VideoPlaybackService,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async ballot(actor: Actor, competitionId: string): Promise<BallotDto> {
    const c = await this.competition(actor, competitionId);
    const now = this.clock.now();
    const phase = votingPhase(c, now);
    const verified = await this.isVerified(actor.userId);
    const cannotVoteReason: CannotVoteReason | null =
      phase === 'off' ? 'voting_off' : phase === 'not_open' ? 'not_open' : phase === 'closed' ? 'closed' : verified ? null : 'email_not_verified';
    const countsPublished = isPublished(c, now);
    const showCandidates = c.audienceVoting && (phase === 'open' || phase === 'closed' || actor.isOrganiser);
    const categories: BallotDto['categories'] = [];
    if (showCandidates) {
      const finalists = await this.candidates(c.id);
      const mine = await this.votes.find({ where: { competitionId: c.id, userId: actor.userId }, select: { categoryId: true, entryId: true } });
      const counts = countsPublished ? await this.votesByEntry(c.id) : null;
      for (const category of sortedCategories(c)) {
        const candidates = [];
        for (const f of finalists.filter((x) => x.categoryId === category.id)) {
          const media = await this.playback.media(f.id);
          // until the results are out, the ballot names a finalist as the blind final does: its opaque round code and
          // no country, so that a judge of the final learns nothing here that the country rule hides from them
          const blind = !countsPublished && !actor.isOrganiser;
          candidates.push({
            entryId: f.id,
            code: blind ? roundEntryCode('final', f.blindNumber ?? 0) : f.code,
            title: f.title,
            countryCode: blind ? null : f.countryCode,
            posterUrl: media.playback?.posterUrl ?? null,
            playback: media.playback,
            subtitles: media.subtitles,
            votes: counts ? (counts[f.id] ?? 0) : null,
          });
        }
        // in the order of the codes shown: the opaque ones say nothing of country or submission order
        candidates.sort((a, b) => a.code.localeCompare(b.code));
        categories.push({
          categoryId: category.id,
          name: category.name,
          myVote: mine.find((v) => v.categoryId === category.id)?.entryId ?? null,
          candidates,
        });
      }
    }
    return {
      competitionId: c.id,
      audienceVoting: c.audienceVoting,
      votingOpensAt: c.votingOpensAt?.toISOString() ?? null,
      votingClosesAt: c.votingClosesAt?.toISOString() ?? null,
      phase,
      canVote: cannotVoteReason === null,
      cannotVoteReason,
      countsPublished,
      categories,
    };
  }

  /** One vote per category per account; voting again in the category replaces the earlier vote. */
  async cast(actor: Actor, clientAddress: string, competitionId: string, categoryId: string, entryId: string): Promise<MyVoteDto> {
    await this.limit(actor, clientAddress);
    const c = await this.competition(actor, competitionId);
    this.assertOpen(c);
    if (!(await this.isVerified(actor.userId)))
      throw new DomainError(
        'forbidden',
        VotingReason.EmailNotVerified,
        'Confirm your email address before voting: ask for a verification email from your account page, then open the link in it.',
        {},
      );
    if (!c.categories?.some((x) => x.id === categoryId)) throw notFound(Thing.Category);
    const candidate = (await this.candidates(c.id)).find((f) => f.id === entryId);
    if (!candidate)
      throw fieldRefusal('entryId', VotingReason.NotAFinalist, {}, 'is not a finalist in this vote; choose one of the finalists listed on the ballot');
    if (candidate.categoryId !== categoryId)
      throw fieldRefusal('entryId', VotingReason.OtherCategory, {}, "is a finalist of another category; vote for it in that category's ballot");
    return this.db.transaction(async (m) => {
      const previous: { entry_id: string }[] = await m.query(
        'SELECT entry_id FROM audience_votes WHERE competition_id = $1 AND category_id = $2 AND user_id = $3 FOR UPDATE',
        [c.id, categoryId, actor.userId],
      );
      const rows: { updated_at: Date }[] = await m.query(
        `INSERT INTO audience_votes (competition_id, category_id, entry_id, user_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (competition_id, category_id, user_id) DO UPDATE SET entry_id = EXCLUDED.entry_id, updated_at = EXCLUDED.updated_at
         RETURNING updated_at`,
        [c.id, categoryId, entryId, actor.userId, this.clock.now()],
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'vote.cast',
          subjectType: 'competition',
          subjectId: c.id,
          before: previous[0] ? { categoryId, entryId: previous[0].entry_id } : null,
          after: { categoryId, entryId },
        },
        m,
      );
      return { categoryId, entryId, updatedAt: new Date(rows[0].updated_at).toISOString() };
    });
  }

  /** Takes back the caller's vote in a category, inside the window; nothing to take back is fine too. */
  async withdraw(actor: Actor, clientAddress: string, competitionId: string, categoryId: string): Promise<void> {
    await this.limit(actor, clientAddress);
    const c = await this.competition(actor, competitionId);
    this.assertOpen(c);
    if (!c.categories?.some((x) => x.id === categoryId)) throw notFound(Thing.Category);
    await this.db.transaction(async (m) => {
      const votes = m.getRepository(AudienceVote);
      const existing = await votes.findOne({ where: { competitionId: c.id, categoryId, userId: actor.userId }, lock: { mode: 'pessimistic_write' } });
      if (!existing) return;
      await votes.delete({ id: existing.id });
      await this.audit.record(
        { actorId: actor.userId, action: 'vote.withdrawn', subjectType: 'competition', subjectId: c.id, before: { categoryId, entryId: existing.entryId } },
        m,
      );
    });
  }

  /** Organisers at any time; everyone else once the results are published (403 before, saying so). */
  async counts(actor: Actor, competitionId: string): Promise<VoteCountsDto> {
    const c = await this.competition(actor, competitionId);
    const published = isPublished(c, this.clock.now());
    if (!actor.isOrganiser && !published)
      throw new DomainError('forbidden', VotingReason.CountsHidden, 'Vote counts stay hidden until the results are published.', {});
    const counts = await this.votesByEntry(c.id);
    // organisers see every finalist and every entry that received votes; the public only the finalists cleared for showing
    const finalists = actor.isOrganiser ? await this.finalists(c.id, Object.keys(counts)) : await this.candidates(c.id);
    const categories: CategoryVotesDto[] = sortedCategories(c).map((category) => {
      const entries = finalists
        .filter((f) => f.categoryId === category.id)
        .map((f) => ({ entryId: f.id, code: f.code, title: f.title, countryCode: f.countryCode, votes: counts[f.id] ?? 0 }))
        .sort((a, b) => b.votes - a.votes || a.code.localeCompare(b.code));
      return { categoryId: category.id, name: category.name, totalVotes: entries.reduce((n, e) => n + e.votes, 0), entries };
    });
    return { competitionId: c.id, published, categories };
  }

  /** Audience votes per entry of a competition (for the results computation; it decides whether they count). */
  async votesByEntry(competitionId: string): Promise<Record<string, number>> {
    const rows = await this.votes
      .createQueryBuilder('v')
      .select('v.entry_id', 'entry_id')
      .addSelect('count(*)::int', 'n')
      .where('v.competition_id = :competitionId', { competitionId })
      .groupBy('v.entry_id')
      .getRawMany<{ entry_id: string; n: number }>();
    return Object.fromEntries(rows.map((r) => [r.entry_id, Number(r.n)]));
  }

  private async limit(actor: Actor, clientAddress: string): Promise<void> {
    await this.rateLimit.consume('vote-account', actor.userId, (s) => `You have voted very often in the last minute. Wait ${s} seconds and try again.`);
    await this.rateLimit.consume('vote-address', clientAddress, (s) => `Too many votes from your connection. Wait ${s} seconds and try again.`);
  }

  private async competition(actor: Actor, id: string): Promise<Competition> {
    const c = await this.competitions.competitionWithCategories(id);
    if (!c || (c.status !== 'published' && !actor.isOrganiser)) throw notFound(Thing.Competition);
    return c;
  }

  private assertOpen(c: Competition): void {
    const phase = votingPhase(c, this.clock.now());
    if (phase === 'off') throw new DomainError('conflict', VotingReason.Off, 'This competition has no audience vote.', {});
    if (phase === 'open') return;
    // not off: both ends of the window are set
    const window = { opensAt: c.votingOpensAt!.toISOString(), closesAt: c.votingClosesAt!.toISOString() };
    const runs = `from ${c.votingOpensAt!.toUTCString()} to ${c.votingClosesAt!.toUTCString()}`;
    if (phase === 'not_open') throw new DomainError('conflict', VotingReason.NotOpen, `Voting is not open yet: it runs ${runs}.`, window);
    throw new DomainError('conflict', VotingReason.Closed, `Voting has closed: it ran ${runs}.`, window);
  }

  private isVerified(userId: string): Promise<boolean> {
    return this.accounts.isEmailVerified(userId);
  }

  /** The finalists (entries of the competition's final round) cleared for public showing right now. */
  private async candidates(competitionId: string): Promise<Finalist[]> {
    const finalists = await this.finalists(competitionId);
    const cleared = await this.consents.clearedEntryIds(finalists.map((f) => f.id));
    return finalists.filter((f) => cleared.has(f.id));
  }

  /** The final round's entries, plus any other entries named (those that received votes), cleared or not. */
  private async finalists(competitionId: string, alsoEntryIds: string[] = []): Promise<Finalist[]> {
    const blindNumber = new Map((await this.judging.finalists(competitionId)).map((f) => [f.entryId, f.blindNumber]));
    const entries = await this.entries.entriesOfCompetitionAmong(competitionId, [...blindNumber.keys(), ...alsoEntryIds]);
    return entries.map((e) => ({
      id: e.id,
      code: e.code,
      title: e.title,
      countryCode: e.countryCode,
      categoryId: e.categoryId,
      blindNumber: blindNumber.get(e.id) ?? null,
    }));
  }
}

export function votingPhase(c: Pick<Competition, 'audienceVoting' | 'votingOpensAt' | 'votingClosesAt'>, now: Date): VotingPhase {
  if (!c.audienceVoting || !c.votingOpensAt || !c.votingClosesAt) return 'off';
  if (now < c.votingOpensAt) return 'not_open';
  return now < c.votingClosesAt ? 'open' : 'closed';
}

function sortedCategories(c: Competition): Category[] {
  return [...(c.categories ?? [])].sort((a, b) => a.position - b.position || a.minAge - b.minAge);
}
