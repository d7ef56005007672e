import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, QueryFailedError, type EntityManager } from 'typeorm';
import { isIsoDate } from '@clapper/domain/age';
import { CampaignsReason, FieldReason, Thing } from '@clapper/domain/refusals';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { DomainError, fieldRefusal, notFound } from '../common/domain-error.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { ConsentsQueries } from '../consents/consents.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { StoragePort } from '../storage/storage.port.js';
import { VideosQueries } from '../videos/videos.queries.js';
import { Campaign, CampaignUse, CampaignWork, MediaKitDownload } from './campaign.entity.js';
import type {
  CampaignDetailDto,
  CampaignDto,
  CampaignUseDto,
  CampaignWorkDto,
  CreateCampaignDto,
  KitDownloadDto,
  RecordUseDto,
  UpdateCampaignDto,
  WorkSummaryDto,
} from './dto/campaign.dto.js';
import { WorkFactsLoader, type WorkFacts } from './work-facts.js';

/** how long a poster link in a campaign page lasts */
const POSTER_SECONDS = 15 * 60;
const CANDIDATE_LIMIT = 100;
const DOWNLOADS_SHOWN = 500;

/** Organisers reach every campaign; a coordinator their own country's (a regional or another country's campaign is a 404). */
export function canReachCampaign(actor: Actor, campaign: Pick<Campaign, 'countryCode'>): boolean {
  return actor.isOrganiser || (campaign.countryCode !== null && actor.coordinatedCountries.includes(campaign.countryCode));
}

/**
 * Campaign collections: organisers build regional or country campaigns, coordinators their own country's, from
 * works whose licence and consents allow reuse now. Every use and every kit download is logged; a work that stops
 * being cleared (a withdrawal) is flagged on every campaign at once, because clearance is read on each request.
 */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly storage: StoragePort,
    private readonly clock: Clock,
    private readonly works: WorkFactsLoader,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly consents: ConsentsQueries,
    private readonly entries: EntriesQueries,
    private readonly videos: VideosQueries,
  ) {}

  /** The campaign, when the actor may reach it; 404 otherwise, so ids reveal nothing. */
  async reach(actor: Actor, id: string, m: EntityManager = this.db.manager, lock = false): Promise<Campaign> {
    const campaign = await m.findOne(Campaign, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!campaign || !canReachCampaign(actor, campaign)) throw notFound(Thing.Campaign);
    return campaign;
  }

  async list(actor: Actor, competitionId?: string): Promise<CampaignDto[]> {
    const qb = this.db.getRepository(Campaign).createQueryBuilder('c').orderBy('c.created_at', 'DESC');
    if (competitionId) qb.andWhere('c.competition_id = :competitionId', { competitionId });
    if (!actor.isOrganiser)
      qb.andWhere('c.country_code IN (:...countries)', { countries: actor.coordinatedCountries.length ? actor.coordinatedCountries : ['--'] });
    const campaigns = await qb.getMany();
    return this.summaries(campaigns);
  }

  async create(actor: Actor, dto: CreateCampaignDto): Promise<CampaignDetailDto> {
    const competition = await this.competitions.competitionWithCountries(dto.competitionId);
    if (!competition) throw fieldRefusal('competitionId', CampaignsReason.UnknownCompetition, {}, 'is not a competition');
    let countryCode = dto.countryCode ?? null;
    if (!actor.isOrganiser) {
      const own = actor.coordinatedCountries;
      if (countryCode && !own.includes(countryCode))
        throw new DomainError('forbidden', CampaignsReason.NotYourCountry, `You build campaigns for your own country (${own.join(', ')}) only.`, {
          countries: own,
        });
      if (!countryCode && own.length !== 1)
        throw fieldRefusal(
          'countryCode',
          CampaignsReason.CountryNeeded,
          { countries: own },
          `say which of your countries (${own.join(', ')}) the campaign is for`,
        );
      countryCode ??= own[0];
    }
    if (countryCode && !(competition.countries ?? []).some((c) => c.code === countryCode))
      throw fieldRefusal('countryCode', CampaignsReason.CountryNotInCompetition, { country: countryCode }, 'is not a country of this competition');
    const campaign = await this.db.transaction(async (m) => {
      const saved = await m.save(
        m.create(Campaign, { competitionId: competition.id, countryCode, name: dto.name, description: dto.description ?? '', createdBy: actor.userId }),
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'campaign.created',
          subjectType: 'campaign',
          subjectId: saved.id,
          after: { competitionId: competition.id, countryCode, name: dto.name },
        },
        m,
      );
      return saved;
    });
    return this.detail(actor, campaign.id);
  }

  async update(actor: Actor, id: string, dto: UpdateCampaignDto): Promise<CampaignDetailDto> {
    await this.db.transaction(async (m) => {
      const campaign = await this.reach(actor, id, m, true);
      const changes: Partial<Campaign> = {};
      if (dto.name !== undefined) changes.name = dto.name;
      if (dto.description !== undefined) changes.description = dto.description;
      if (!Object.keys(changes).length) return;
      await m.update(Campaign, { id }, changes);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'campaign.updated',
          subjectType: 'campaign',
          subjectId: id,
          before: { name: campaign.name, description: campaign.description },
          after: changes,
        },
        m,
      );
    });
    return this.detail(actor, id);
  }

  /** A campaign with a record of reuse (uses or downloads) is kept: that record is what the licence asks us to keep. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const campaign = await this.reach(actor, id, m, true);
      const uses = await m.count(CampaignUse, { where: { campaignId: id } });
      const downloads = await m.count(MediaKitDownload, { where: { campaignId: id } });
      if (uses || downloads)
        throw new DomainError(
          'conflict',
          CampaignsReason.HasHistory,
          `This campaign has ${uses} recorded use${uses === 1 ? '' : 's'} and ${downloads} kit download${downloads === 1 ? '' : 's'}; it is kept as the record of how the works were reused.`,
          { uses, downloads },
        );
      const works = await m.find(CampaignWork, { where: { campaignId: id } });
      await m.delete(Campaign, { id });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'campaign.deleted',
          subjectType: 'campaign',
          subjectId: id,
          before: { competitionId: campaign.competitionId, countryCode: campaign.countryCode, name: campaign.name, entryIds: works.map((w) => w.entryId) },
        },
        m,
      );
    });
  }

  async detail(actor: Actor, id: string): Promise<CampaignDetailDto> {
    const campaign = await this.reach(actor, id);
    const m = this.db.manager;
    const works = await m.find(CampaignWork, { where: { campaignId: id }, order: { addedAt: 'ASC' } });
    const uses = await m.find(CampaignUse, { where: { campaignId: id }, order: { usedOn: 'DESC', createdAt: 'DESC' } });
    const downloads = await m.find(MediaKitDownload, { where: { campaignId: id }, order: { downloadedAt: 'DESC' }, take: DOWNLOADS_SHOWN });
    const downloadCounts: { entry_id: string; n: string }[] = await m.query(
      'SELECT entry_id, count(*) AS n FROM media_kit_downloads WHERE campaign_id = $1 GROUP BY entry_id',
      [id],
    );
    const facts = await this.works.load([...works.map((w) => w.entryId), ...uses.map((u) => u.entryId), ...downloads.map((d) => d.entryId)]);
    const names = await this.names([campaign.createdBy, ...works.map((w) => w.addedBy), ...uses.map((u) => u.recordedBy), ...downloads.map((d) => d.userId)]);
    const [summary] = await this.summaries([campaign], names);
    const workDtos: CampaignWorkDto[] = [];
    for (const w of works) {
      const f = facts.get(w.entryId);
      if (!f) continue;
      workDtos.push({
        ...(await this.summary(f)),
        cleared: f.flag === null,
        flag: f.flag ? { reason: f.flag.reason, params: f.flag.problem.params, since: f.flag.since?.toISOString() ?? null } : null,
        addedByName: names.get(w.addedBy) ?? '',
        addedAt: w.addedAt.toISOString(),
        uses: uses.filter((u) => u.entryId === w.entryId).length,
        downloads: Number(downloadCounts.find((d) => d.entry_id === w.entryId)?.n ?? 0),
      });
    }
    return {
      ...summary,
      works: workDtos.sort((a, b) => a.code.localeCompare(b.code)),
      uses: uses.map((u) => this.useDto(u, facts, names)),
      downloads: downloads.map((d): KitDownloadDto => ({
        id: d.id,
        entryId: d.entryId,
        code: facts.get(d.entryId)?.entry.code ?? '',
        userName: names.get(d.userId) ?? '',
        channel: d.channel,
        downloadedAt: d.downloadedAt.toISOString(),
      })),
    };
  }

  /** Works that may be added: cleared now, video ready, in the campaign's competition and country (a coordinator's own), not yet in it. */
  async candidates(actor: Actor, id: string, q?: string): Promise<WorkSummaryDto[]> {
    const campaign = await this.reach(actor, id);
    const m = this.db.manager;
    const countryCodes = campaign.countryCode ? [campaign.countryCode] : actor.isOrganiser ? undefined : actor.coordinatedCountries;
    const submitted = await this.entries.submittedEntryIds({ competitionId: campaign.competitionId, countryCodes, q });
    const ready = await this.videos.entriesWithReadyVideo(submitted);
    const added = new Set((await m.find(CampaignWork, { where: { campaignId: id }, select: { entryId: true } })).map((w) => w.entryId));
    const ids = submitted.filter((x) => ready.has(x) && !added.has(x));
    const cleared = await this.consents.clearedEntryIds(ids);
    const facts = await this.works.load(ids.filter((x) => cleared.has(x)).slice(0, CANDIDATE_LIMIT));
    const out: WorkSummaryDto[] = [];
    for (const f of [...facts.values()].sort((a, b) => a.entry.code.localeCompare(b.entry.code))) if (f.flag === null) out.push(await this.summary(f));
    return out;
  }

  async addWork(actor: Actor, id: string, entryId: string): Promise<CampaignDetailDto> {
    await this.db.transaction(async (m) => {
      const campaign = await this.reach(actor, id, m, true);
      const entry = await this.entries.entry(entryId, m);
      if (!entry || entry.competitionId !== campaign.competitionId || !actor.canManageCountry(entry.countryCode)) throw notFound(Thing.Work);
      if (campaign.countryCode && entry.countryCode !== campaign.countryCode)
        throw new DomainError(
          'rule_violation',
          CampaignsReason.OtherCountry,
          `This campaign is for ${campaign.countryCode}'s works; ${entry.code} is from ${entry.countryCode}.`,
          { code: entry.code, country: campaign.countryCode, entryCountry: entry.countryCode },
        );
      if (await m.findOne(CampaignWork, { where: { campaignId: id, entryId } })) throw alreadyAdded(entry.code);
      const work = (await this.works.load([entryId], m)).get(entryId)!;
      if (work.flag) throw flagged('rule_violation', work, `${entry.code} cannot be used in campaigns`);
      try {
        await m.insert(CampaignWork, { campaignId: id, entryId, addedBy: actor.userId });
      } catch (err) {
        if (err instanceof QueryFailedError && (err as { code?: string }).code === '23505') throw alreadyAdded(entry.code);
        throw err;
      }
      await this.audit.record(
        { actorId: actor.userId, action: 'campaign.work_added', subjectType: 'campaign', subjectId: id, after: { entryId, code: entry.code } },
        m,
      );
    });
    return this.detail(actor, id);
  }

  async removeWork(actor: Actor, id: string, entryId: string): Promise<CampaignDetailDto> {
    await this.db.transaction(async (m) => {
      await this.reach(actor, id, m, true);
      const work = await m.findOne(CampaignWork, { where: { campaignId: id, entryId } });
      if (!work) throw notFound(Thing.Work, 'The work in this campaign');
      await m.delete(CampaignWork, { id: work.id });
      await this.audit.record({ actorId: actor.userId, action: 'campaign.work_removed', subjectType: 'campaign', subjectId: id, before: { entryId } }, m);
    });
    return this.detail(actor, id);
  }

  /**
   * Logs a use of a work (channel and day). The work must be in the campaign. A flagged work takes no new uses;
   * a use from before it was withdrawn can still be recorded, for the record.
   */
  async recordUse(actor: Actor, id: string, dto: RecordUseDto): Promise<CampaignDetailDto> {
    const today = this.clock.now().toISOString().slice(0, 10);
    if (!isIsoDate(dto.usedOn) || dto.usedOn < '2000-01-01') throw fieldRefusal('usedOn', FieldReason.NotDate, {}, 'must be a real date like 2028-02-06');
    if (dto.usedOn > today) throw fieldRefusal('usedOn', CampaignsReason.UseInFuture, { today }, 'cannot be in the future: record a use once it has happened');
    await this.db.transaction(async (m) => {
      await this.reach(actor, id, m);
      if (!(await m.findOne(CampaignWork, { where: { campaignId: id, entryId: dto.entryId } }))) throw notFound(Thing.Work, 'The work in this campaign');
      const work = (await this.works.load([dto.entryId], m)).get(dto.entryId)!;
      if (work.flag && work.flag.reason !== 'video_not_ready' && !(work.flag.since && dto.usedOn < work.flag.since.toISOString().slice(0, 10)))
        throw flagged('conflict', work, `${work.entry.code} may not be used`);
      const use = await m.save(
        m.create(CampaignUse, {
          campaignId: id,
          entryId: dto.entryId,
          channel: dto.channel,
          usedOn: dto.usedOn,
          note: dto.note ?? '',
          recordedBy: actor.userId,
        }),
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'campaign.use_recorded',
          subjectType: 'campaign',
          subjectId: id,
          after: { useId: use.id, entryId: dto.entryId, channel: dto.channel, usedOn: dto.usedOn },
        },
        m,
      );
    });
    return this.detail(actor, id);
  }

  /**
   * The works of a kit download, checked now: one work (409 with the reason when it is flagged), or every work of
   * the collection (flagged ones are withheld and listed). Logs one download per work, and an audit event.
   */
  async kitWorks(actor: Actor, id: string, entryId: string | null): Promise<{ campaign: Campaign; works: WorkFacts[]; withheld: WorkFacts[] }> {
    const campaign = await this.reach(actor, id);
    const m = this.db.manager;
    const inCampaign = await m.find(CampaignWork, { where: entryId ? { campaignId: id, entryId } : { campaignId: id } });
    if (entryId && !inCampaign.length) throw notFound(Thing.Work, 'The work in this campaign');
    const facts = [...(await this.works.load(inCampaign.map((w) => w.entryId))).values()].sort((a, b) => a.entry.code.localeCompare(b.entry.code));
    // a coordinator never downloads another country's work, even from a regional campaign they could not reach anyway
    const reachable = facts.filter((f) => actor.canManageCountry(f.entry.countryCode));
    const works = reachable.filter((f) => f.flag === null);
    const withheld = reachable.filter((f) => f.flag !== null);
    if (entryId && withheld.length) {
      throw flagged('conflict', withheld[0], `${withheld[0].entry.code} cannot be downloaded`);
    }
    if (!works.length)
      throw reachable.length
        ? new DomainError('conflict', CampaignsReason.AllFlagged, 'None of the works in this campaign may be downloaded now; see the flags on each.', {})
        : new DomainError('conflict', CampaignsReason.Empty, 'This campaign has no works yet: add some first.', {});
    return { campaign, works, withheld };
  }

  /** Logs a download: one row per work, and one audit event. */
  async logDownload(actor: Actor, campaign: Campaign, works: WorkFacts[], channel: string | null, kind: 'work' | 'collection'): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.insert(
        MediaKitDownload,
        works.map((w) => ({ campaignId: campaign.id, entryId: w.entry.id, userId: actor.userId, channel })),
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'campaign.kit_downloaded',
          subjectType: 'campaign',
          subjectId: campaign.id,
          after: { kind, channel, entryIds: works.map((w) => w.entry.id) },
        },
        m,
      );
    });
  }

  private async summaries(campaigns: Campaign[], known?: Map<string, string>): Promise<CampaignDto[]> {
    if (!campaigns.length) return [];
    const m = this.db.manager;
    const ids = campaigns.map((c) => c.id);
    const works = await m.find(CampaignWork, { where: { campaignId: In(ids) }, select: { campaignId: true, entryId: true } });
    const cleared = await this.clearedWithReadyVideo([...new Set(works.map((w) => w.entryId))]);
    const count = async (table: string): Promise<Map<string, number>> => {
      const rows: { campaign_id: string; n: string }[] = await m.query(
        `SELECT campaign_id, count(*) AS n FROM ${table} WHERE campaign_id = ANY($1::uuid[]) GROUP BY campaign_id`,
        [ids],
      );
      return new Map(rows.map((r) => [r.campaign_id, Number(r.n)]));
    };
    const uses = await count('campaign_uses');
    const downloads = await count('media_kit_downloads');
    const names = known ?? (await this.names(campaigns.map((c) => c.createdBy)));
    return campaigns.map((c) => {
      const mine = works.filter((w) => w.campaignId === c.id);
      return {
        id: c.id,
        competitionId: c.competitionId,
        countryCode: c.countryCode,
        name: c.name,
        description: c.description,
        createdByName: names.get(c.createdBy) ?? '',
        createdAt: c.createdAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
        counts: {
          works: mine.length,
          flagged: mine.filter((w) => !cleared.has(w.entryId)).length,
          uses: uses.get(c.id) ?? 0,
          downloads: downloads.get(c.id) ?? 0,
        },
      };
    });
  }

  private async summary(f: WorkFacts): Promise<WorkSummaryDto> {
    return {
      entryId: f.entry.id,
      code: f.entry.code,
      title: f.entry.title,
      countryCode: f.entry.countryCode,
      countryName: f.countryName,
      categoryName: f.categoryName,
      // a flagged work shows no picture: its poster may show someone who withdrew
      posterUrl: f.flag === null && f.video?.posterKey ? await this.storage.presignGet(f.video.posterKey, { expiresInSeconds: POSTER_SECONDS }) : null,
      durationSeconds: f.video?.durationSeconds ?? null,
      subtitleLanguages: f.subtitles.map((s) => s.language),
      credits: { byline: f.credits.byline, schools: f.credits.schools, attribution: f.attribution },
      licence: f.licence
        ? { title: f.licence.title, version: f.licence.version, acceptedByName: f.licence.acceptedByName, acceptedAt: f.licence.acceptedAt.toISOString() }
        : null,
    };
  }

  private useDto(u: CampaignUse, facts: Map<string, WorkFacts>, names: Map<string, string>): CampaignUseDto {
    const f = facts.get(u.entryId);
    return {
      id: u.id,
      entryId: u.entryId,
      code: f?.entry.code ?? '',
      title: f?.entry.title ?? '',
      channel: u.channel,
      usedOn: u.usedOn,
      note: u.note,
      recordedByName: names.get(u.recordedBy) ?? '',
      recordedAt: u.createdAt.toISOString(),
    };
  }

  private async names(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    return this.accounts.displayNames(unique);
  }

  /** Which works are cleared for reuse with a ready video (the counts on the campaign list). */
  private async clearedWithReadyVideo(entryIds: string[]): Promise<Set<string>> {
    const cleared = await this.consents.clearedEntryIds(entryIds);
    return cleared.size ? this.videos.entriesWithReadyVideo([...cleared]) : cleared;
  }
}

const alreadyAdded = (code: string) => new DomainError('conflict', CampaignsReason.AlreadyAdded, `${code} is already in this campaign.`, { code });

/** A flagged work refused: its flag is the reason, with its facts; the entry's id and the flag's time for API users. */
function flagged(code: 'conflict' | 'rule_violation', work: WorkFacts, what: string): DomainError {
  const flag = work.flag!;
  return new DomainError(code, flag.problem.reason, `${what}: ${flag.message}`, flag.problem.params, {
    details: { entryId: work.entry.id, since: flag.since?.toISOString() ?? null },
  });
}
