import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Thing } from '@clapper/domain/refusals';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { forbidden, notFound } from '../common/domain-error.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { MailService } from '../mail/mail.service.js';
import { primaryLanguage } from './assign-facts.js';
import { JudgingQueries } from './judging.queries.js';
import { PanelService } from './panel.service.js';
import { RoundAccess } from './round-access.service.js';
import { roundBrief, roundBriefLines, roundName } from './round-brief.js';
import { RoundJudge } from './round-judge.entity.js';
import { Round } from './round.entity.js';
import type { JudgePoolDto, JudgePoolQueryDto, PastRoundDto } from './dto/judge-pool.dto.js';
import type { PanelDto } from './dto/panel.dto.js';

/** How many people a search answers; `more` says when others match. */
const PAGE = 30;
/** How many candidates the name and country filters keep before the language filter. */
const CANDIDATES = 300;

/**
 * Judges from the pool: people already on the platform who hold or held a judge, coordinator or organiser role
 * (never a student's or teacher's account alone). Organisers search everyone; a coordinator the people of their own
 * country, for their national round. The manager who adds a judge vouches for them: the judge gets the round's judge
 * role at once (audit-logged, with the judge's country as their account says), is told by email what the round asks,
 * and declares their conflicts and languages as any judge does.
 */
@Injectable()
export class JudgePoolService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: RoundAccess,
    private readonly audit: AuditService,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly judging: JudgingQueries,
    private readonly panel: PanelService,
    private readonly mail: MailService,
  ) {}

  async search(actor: Actor, roundId: string, q: JudgePoolQueryDto): Promise<JudgePoolDto> {
    const round = await this.access.manage(actor, roundId);
    const countryCode = this.countryFor(actor, round, q.country);
    const candidates = await this.accounts.poolCandidates({ q: q.q || undefined, countryCode, limit: CANDIDATES });
    const ids = candidates.map((c) => c.id);
    const declared = ids.length ? await this.db.manager.find(RoundJudge, { where: { userId: In(ids) }, select: { userId: true, languages: true } }) : [];
    const languagesOf = new Map<string, Set<string>>();
    for (const c of candidates) languagesOf.set(c.id, new Set([primaryLanguage(c.locale)]));
    for (const d of declared) for (const l of d.languages) languagesOf.get(d.userId)?.add(primaryLanguage(l));
    const wanted = q.language ? primaryLanguage(q.language) : null;
    const matching = wanted ? candidates.filter((c) => languagesOf.get(c.id)!.has(wanted)) : candidates;
    const page = matching.slice(0, PAGE);
    const rounds = await this.accounts.judgedRoundIds(page.map((p) => p.id));
    const past = await this.pastRounds([...new Set([...rounds.values()].flat())]);
    return {
      people: page.map((p) => {
        const judged = rounds.get(p.id) ?? [];
        return {
          userId: p.id,
          displayName: p.displayName,
          email: p.email,
          countryCode: p.countryCode,
          languages: [...languagesOf.get(p.id)!].sort(),
          pastRounds: judged
            .filter((id) => id !== roundId)
            .map((id) => past.get(id))
            .filter((r): r is PastRoundDto => !!r)
            .sort((a, b) => b.year - a.year),
          onPanel: judged.includes(roundId),
        };
      }),
      more: matching.length > PAGE,
    };
  }

  /**
   * Adds a person from the pool to the round's panel. Adding someone already on it changes nothing (and sends no
   * second email); a judge who had left the panel comes back.
   */
  async add(actor: Actor, roundId: string, userId: string): Promise<PanelDto> {
    const added = await this.db.transaction(async (m) => {
      const round = await this.access.manage(actor, roundId, m, true);
      RoundAccess.assertNotClosed(round);
      const [person] = await this.accounts.poolCandidates({ userId, countryCode: this.countryFor(actor, round), limit: 1 });
      if (!person) throw notFound(Thing.Judge, 'A person of the judge pool');
      const granted = await this.accounts.grantRoundJudge(m, { roundId, userId, countryCode: person.countryCode, grantedBy: actor.userId });
      if (!granted) return null;
      const judge = await this.access.ensureJudge(m, roundId, userId);
      if (judge.droppedAt) await m.update(RoundJudge, { id: judge.id }, { droppedAt: null });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'panel.judge_added',
          subjectType: 'round',
          subjectId: roundId,
          after: { userId, countryCode: person.countryCode, from: 'pool', vouchedBy: actor.userId },
        },
        m,
      );
      return person;
    });
    if (added) await this.tell(actor, roundId, added);
    return this.panel.list(actor, roundId);
  }

  /** The country a manager's search is held to: a coordinator's own (the round's), else the one asked for. */
  private countryFor(actor: Actor, round: Round, asked?: string): string | undefined {
    if (actor.isOrganiser) return asked;
    if (asked && asked !== round.countryCode) throw forbidden("Coordinators choose judges from their own country's people.");
    return round.countryCode ?? undefined;
  }

  /** Emails the judge that they are on the panel, what the round asks, and where to declare their conflicts. */
  private async tell(actor: Actor, roundId: string, person: { id: string; email: string; displayName: string }): Promise<void> {
    const facts = await this.judging.roundBrief(roundId);
    if (!facts) return;
    const brief = roundBrief(facts, false);
    const text = await this.mail.textFor(person.id);
    const round = roundName(text, brief);
    await this.mail.send({
      to: person.email,
      kind: 'judge-added',
      lang: text.locale,
      subject: text.t('judgeAdded.subject', { round }),
      text: text.compose(person.displayName, [
        text.t('judgeAdded.intro', { inviter: actor.displayName, round }),
        '',
        ...roundBriefLines(text, brief),
        '',
        text.t('judgeAdded.declare'),
        `${this.config.publicUrl}/judge/rounds/${roundId}/declaration`,
      ]),
    });
  }

  /** The rounds by id, each with its competition's name and the year its judging opened. */
  private async pastRounds(ids: string[]): Promise<Map<string, PastRoundDto>> {
    if (!ids.length) return new Map();
    const rounds = await this.db.manager.find(Round, { where: { id: In(ids) } });
    const competitions = new Map((await this.competitions.competitionsByIds(rounds.map((r) => r.competitionId))).map((c) => [c.id, c]));
    return new Map(
      rounds.map((r) => [
        r.id,
        {
          roundId: r.id,
          kind: r.kind,
          countryCode: r.countryCode,
          competitionName: competitions.get(r.competitionId)?.name ?? {},
          year: r.opensAt.getUTCFullYear(),
        },
      ]),
    );
  }
}
