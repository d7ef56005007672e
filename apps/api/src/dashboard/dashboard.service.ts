import { Injectable } from '@nestjs/common';
import {
  alertsFrom,
  funnelBy,
  funnelCounts,
  funnelStage,
  isUnscreened,
  setupChecklist,
  stuckBefore,
  windowState,
  type FunnelStage,
  type RoundRef,
} from '@clapper/domain/dashboard';
import { elapsedShare, isJudgeBehind } from '@clapper/domain/judging-pace';
import { Thing } from '@clapper/domain/refusals';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { forbidden, notFound } from '../common/domain-error.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { ConsentsQueries } from '../consents/consents.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { canManageRound } from '../judging/round-access.service.js';
import { JudgingQueries, type Round } from '../judging/judging.queries.js';
import { ResultsQueries } from '../results/results.queries.js';
import { VideosQueries } from '../videos/videos.queries.js';
import type { DashboardDto, RoundProgressDto } from './dto/dashboard.dto.js';

const hasText = (texts: Record<string, string> | null | undefined) => Object.values(texts ?? {}).some((v) => v.trim().length > 0);
const ref = (r: Round): RoundRef => ({ roundId: r.id, kind: r.kind, countryCode: r.countryCode, name: r.name ?? {} });

/**
 * A competition at a glance (issue 15): the funnel of its entries, its deadlines, judging progress, what needs
 * attention, and how far its setup has come. Organisers see it whole (or one country, with ?country); a coordinator
 * sees their own countries only. The facts come from the owning modules' query services, each in one statement.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
    private readonly judging: JudgingQueries,
    private readonly accounts: AccountsQueries,
    private readonly consents: ConsentsQueries,
    private readonly videos: VideosQueries,
    private readonly results: ResultsQueries,
    private readonly clock: Clock,
  ) {}

  async dashboard(actor: Actor, competitionId: string, country: string | undefined): Promise<DashboardDto> {
    const competition = await this.competitions.competitionWithCountries(competitionId);
    const participating = (competition?.countries ?? []).map((c) => c.code).sort();
    // a coordinator reaches the competitions their countries take part in; anyone else learns nothing of it
    const own = actor.isOrganiser ? participating : participating.filter((c) => actor.coordinatedCountries.includes(c));
    if (!competition || (!actor.isOrganiser && !own.length)) throw notFound(Thing.Competition);
    if (country && !actor.canManageCountry(country)) throw forbidden('Coordinators see the figures of their own countries only.');
    if (country && !participating.includes(country)) throw notFound(Thing.Country, 'That country in this competition');
    const scope = country ? [country] : own;
    return this.build(actor, competition, scope, !actor.isOrganiser || !!country);
  }

  private async build(
    actor: Actor,
    competition: NonNullable<Awaited<ReturnType<CompetitionsQueries['competitionWithCountries']>>>,
    scope: string[],
    restricted: boolean,
  ): Promise<DashboardDto> {
    const now = this.clock.now();
    const inScope = (r: Round) => (r.kind === 'national' ? scope.includes(r.countryCode!) : !restricted);
    const [categories, allRounds, facts, judged, finalists, winners] = await Promise.all([
      this.competitions.categoriesOf(competition.id),
      this.judging.roundsOf(competition.id),
      this.entries.funnelFacts(competition.id, restricted ? scope : null),
      this.judging.judgedEntryIds(competition.id),
      this.judging.finalists(competition.id),
      this.results.awardedEntryIds(competition.id),
    ]);
    // the rounds the reader watches: organisers every one in view, a coordinator the national rounds they run
    const rounds = allRounds.filter((r) => inScope(r) && canManageRound(actor, r));
    const roundIds = rounds.map((r) => r.id);
    const finalistIds = new Set(finalists.map((f) => f.entryId));
    const entryIds = facts.map((e) => e.id);
    const [coordinated, licenceVersion, judgeCounts, invitations, shortOfJudges, progress, videos, consents] = await Promise.all([
      this.accounts.coordinatedCountries(scope),
      this.entries.latestLicenceVersion(competition.id),
      this.accounts.judgeCountsByRound(roundIds),
      this.accounts.openInvitationCounts(roundIds, now),
      this.judging.entriesShortOfJudges(competition.id),
      this.judging.judgeProgressOf(competition.id),
      this.videos.videoAlertCounts(entryIds, stuckBefore(now)),
      this.consents.guardianConsentCounts(entryIds),
    ]);

    const stage = (e: (typeof facts)[number]): FunnelStage | null =>
      funnelStage({ ...e, judged: judged.has(e.id), finalist: finalistIds.has(e.id), winner: winners.has(e.id) });
    const byCountry = new Map(funnelBy(facts, (e) => e.countryCode, stage).map((g) => [g.key, g.counts]));
    const byCategory = new Map(funnelBy(facts, (e) => e.categoryId, stage).map((g) => [g.key, g.counts]));
    const zero = funnelCounts([]);

    const judging = await this.progress(rounds, progress, now);
    return {
      competitionId: competition.id,
      name: competition.name,
      status: competition.status,
      countries: scope,
      restricted,
      asOf: now.toISOString(),
      funnel: {
        total: funnelCounts(facts.map(stage)),
        byCountry: scope.map((c) => ({ countryCode: c, counts: byCountry.get(c) ?? zero })),
        byCategory: categories.map((c) => ({ categoryId: c.id, name: c.name, counts: byCategory.get(c.id) ?? zero })),
      },
      deadlines: {
        submission: {
          opensAt: competition.submissionOpensAt.toISOString(),
          closesAt: competition.submissionClosesAt.toISOString(),
          state: windowState(competition.submissionOpensAt, competition.submissionClosesAt, now),
        },
        // the final's window concerns every country: it shows in every view
        rounds: allRounds
          .filter((r) => inScope(r) || r.kind === 'final')
          .map((r) => ({
            ...ref(r),
            status: r.status,
            opensAt: r.opensAt.toISOString(),
            closesAt: r.closesAt.toISOString(),
            state: windowState(r.opensAt, r.closesAt, now),
          })),
        ceremonyAt: competition.ceremonyAt?.toISOString() ?? null,
      },
      judging,
      alerts: alertsFrom({
        videosRejected: videos.rejected,
        videosStuck: videos.stuck,
        consentsWaitingGuardian: consents.waitingGuardian,
        consentFormsToVerify: consents.toVerify,
        entriesUnscreened: facts.filter((e) => isUnscreened(e, now)).length,
        shortOfJudges: rounds.map((r) => ({ ...ref(r), entries: shortOfJudges.get(r.id) ?? 0, needed: r.judgesPerEntry })),
        pendingInvitations: rounds.map((r) => ({ ...ref(r), invitations: invitations.get(r.id) ?? 0 })),
      }),
      checklist: setupChecklist({
        hasRulesText: hasText(competition.rulesText),
        hasTheme: hasText(competition.theme),
        categories: categories.length,
        countries: scope,
        coordinated,
        licenceVersion,
        requiredConsents: competition.rules.requiredConsents.length,
        rounds: rounds.map((r) => ({
          ...ref(r),
          criteria: r.rubric?.criteria?.length ?? 0,
          judges: judgeCounts.get(r.id) ?? 0,
          judgesPerEntry: r.judgesPerEntry,
        })),
        hasFinal: allRounds.some((r) => r.kind === 'final'),
        expectFinal: !restricted,
      }),
    };
  }

  /** Each round's scorecards assigned and submitted, and its judges behind schedule by the rule of the round's progress page. */
  private async progress(
    rounds: Round[],
    rows: { roundId: string; judgeId: string; assigned: number; submitted: number }[],
    now: Date,
  ): Promise<RoundProgressDto[]> {
    const names = await this.accounts.displayNames([...new Set(rows.filter((r) => rounds.some((x) => x.id === r.roundId)).map((r) => r.judgeId))]);
    return rounds.map((round) => {
      const mine = rows.filter((r) => r.roundId === round.id);
      const elapsed = elapsedShare(round.opensAt, round.closesAt, now);
      return {
        ...ref(round),
        status: round.status,
        assigned: mine.reduce((n, r) => n + r.assigned, 0),
        submitted: mine.reduce((n, r) => n + r.submitted, 0),
        elapsed,
        judges: mine.length,
        behind: mine
          .filter((r) => isJudgeBehind({ roundOpen: round.status === 'open', assigned: r.assigned, submitted: r.submitted, elapsed }))
          .map((r) => ({ judgeId: r.judgeId, displayName: names.get(r.judgeId) ?? '', assigned: r.assigned, submitted: r.submitted }))
          .sort((a, b) => a.submitted / a.assigned - b.submitted / b.assigned || a.displayName.localeCompare(b.displayName)),
      };
    });
  }
}
