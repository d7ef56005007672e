import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { NotificationFactsByKind } from '@clapper/domain/notifications';
import { AccountsQueries } from '../../accounts/accounts.queries.js';
import { Clock } from '../../clock/clock.js';
import { CompetitionsQueries } from '../../competitions/competitions.queries.js';
import { ConsentsQueries } from '../../consents/consents.queries.js';
import { EntriesQueries } from '../../entries/entries.queries.js';
import { Notification } from '../notification.entity.js';
import { Notifier, type NoticeOf } from '../notifier.service.js';
import { day, number } from './staff-text.js';

const DAY_MS = 24 * 3_600_000;

type DigestFacts = NotificationFactsByKind['coordinator.digest'];

/**
 * The coordinators' daily digest: for each published competition and each of its countries, every active coordinator
 * of the country gets one message a day (UTC) about the day before: the entries submitted that day, the signed consent
 * forms waiting for their check and the submitted entries waiting to be screened. Sent only on days with something new:
 * an entry submitted that day, or more consent forms waiting than the coordinator's last digest said. One per
 * coordinator, country, competition and day, however many workers run the job. Switched off with the country_digest topic.
 */
@Injectable()
export class CountryDigest {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
    private readonly consents: ConsentsQueries,
  ) {}

  /** The digests of the day before today (UTC); returns how many were sent. */
  async run(): Promise<number> {
    const until = new Date(Math.floor(this.clock.now().getTime() / DAY_MS) * DAY_MS);
    const since = new Date(until.getTime() - DAY_MS);
    const reported = since.toISOString().slice(0, 10);
    let sent = 0;
    for (const competition of await this.competitions.publishedCompetitions()) {
      for (const country of (competition.countries ?? []).map((c) => c.code).sort()) {
        const coordinators = await this.accounts.coordinatorIdsOf(country);
        if (!coordinators.length) continue;
        const entries = await this.entries.funnelFacts(competition.id, [country]);
        const submitted = entries.filter((e) => e.status === 'submitted' && e.submittedAt && e.submittedAt >= since && e.submittedAt < until).length;
        const toScreen = entries.filter((e) => e.status === 'submitted' && e.eligibility === 'pending').length;
        const { toVerify } = await this.consents.guardianConsentCounts(entries.map((e) => e.id));
        const facts: DigestFacts = {
          countryCode: country,
          competition: competition.name,
          competitionId: competition.id,
          submitted,
          consentsWaiting: toVerify,
          toScreen,
        };
        for (const userId of coordinators) {
          if (!submitted && toVerify <= (await this.lastWaiting(userId, competition.id, country))) continue;
          if ((await this.notifier.notify(digestNotice(userId, facts, reported))) === 'sent') sent++;
        }
      }
    }
    return sent;
  }

  /** The consent forms waiting that the coordinator's last digest of this competition and country said (0 before the first). */
  private async lastWaiting(userId: string, competitionId: string, countryCode: string): Promise<number> {
    const last = await this.notifications
      .createQueryBuilder('n')
      .where('n.user_id = :userId AND n.kind = :kind', { userId, kind: 'coordinator.digest' })
      .andWhere(`n.facts->>'competitionId' = :competitionId AND n.facts->>'countryCode' = :countryCode`, { competitionId, countryCode })
      .orderBy('n.created_at', 'DESC')
      .getOne();
    return last ? Number((last.facts as DigestFacts).consentsWaiting) : 0;
  }
}

export function digestNotice(userId: string, facts: DigestFacts, reportedDay: string): NoticeOf<'coordinator.digest'> {
  return {
    kind: 'coordinator.digest',
    to: { userId },
    facts,
    path: `/coordinate/${facts.countryCode}/competitions/${facts.competitionId}`,
    onceKey: `country-digest:${facts.competitionId}:${facts.countryCode}:${userId}:${reportedDay}`,
    email: (t) => {
      const country = t.country(facts.countryCode);
      const on = day(t, reportedDay);
      return {
        subject: t.t('countryDigest.subject', { country, date: on }),
        lines: [
          t.t('countryDigest.intro', { country, competition: t.localised(facts.competition), date: on }),
          '',
          `• ${t.t('countryDigest.submitted', { count: facts.submitted, n: number(t, facts.submitted) })}`,
          `• ${t.t('countryDigest.consentsWaiting', { count: facts.consentsWaiting, n: number(t, facts.consentsWaiting) })}`,
          `• ${t.t('countryDigest.toScreen', { count: facts.toScreen, n: number(t, facts.toScreen) })}`,
        ],
      };
    },
  };
}
