import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../clock/clock.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { resultsMail } from '../entries/team-mails.js';
import { TeamNotices } from '../entries/team-notices.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { JobQueue } from '../queue/job-queue.js';
import type { ComputedRound } from './results.service.js';
import { isPublished } from './publication.js';
import { TeamResultsService } from './team-results.service.js';

/**
 * Results published: every team of the edition (each submitted entry) hears its place, its awards, whether the judges
 * wrote it feedback, and which certificates it may download. Publishing queues the `results.notify-teams` job, so a big
 * edition is told in the background; results that became public when the ceremony time passed are found by the
 * `results.notify-due` sweep (every 15 minutes), as is an edition whose job stopped half-way. Each message has a
 * once-only key per entry and person, so a retried (or repeated) job never tells anyone twice; once every team was told,
 * the competition records it and the sweep leaves it alone.
 */
@Injectable()
export class ResultsNotices implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
    private readonly teamResults: TeamResultsService,
    private readonly notices: TeamNotices,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.queue.handle('results.notify-teams', async ({ competitionId }) => {
      await this.tellTeams(competitionId);
    });
    this.queue.handle('results.notify-due', async () => {
      await this.sweep();
    });
  }

  /** Tells the teams of every edition whose results are public and whose teams were not all told yet; returns how many messages went. */
  async sweep(): Promise<number> {
    let sent = 0;
    for (const id of await this.competitions.competitionsWithTeamsToTell(this.clock.now())) sent += await this.tellTeams(id);
    return sent;
  }

  /** Queues the messages to every team of a competition whose results were just published. */
  async queueFor(competitionId: string): Promise<void> {
    await this.queue.send('results.notify-teams', { competitionId }, { singletonKey: competitionId });
  }

  /** Tells each team of the edition its results (nothing while they are not published); returns how many messages went. */
  async tellTeams(competitionId: string): Promise<number> {
    const competition = await this.competitions.competitionOrFail(competitionId);
    if (!isPublished(competition, this.clock.now())) return 0;
    const computed = new Map<string, Promise<ComputedRound>>();
    let sent = 0;
    for (const id of await this.entries.submittedEntryIds({ competitionId })) {
      const entry = await this.entries.entryOrFail(id);
      const result = await this.teamResults.of(entry, computed);
      // the furthest round the entry was ranked in (rounds come national first, then the final)
      const last = result.rounds.at(-1);
      const rank = last ? { kind: last.kind, rank: last.rank, of: last.of } : null;
      sent += await this.notices.tellTeam(
        entry,
        'entry.results_published',
        { award: result.awards[0]?.name ?? null, rank: rank?.rank ?? null },
        resultsMail({ rank, awards: result.awards.map((a) => a.name), feedback: result.feedback.length > 0, certificates: result.certificates }),
        { onceKey: `entry.results_published:${entry.id}` },
      );
    }
    await this.competitions.recordResultsTeamsTold(competitionId, this.clock.now());
    this.logger.info({ competitionId, sent }, 'teams told of their results');
    return sent;
  }
}
