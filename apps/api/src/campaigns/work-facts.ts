import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { attributionText, type PublicCredits } from '@clapper/domain/credits';
import { problem, type Problem } from '@clapper/domain/refusals';
import { CampaignsReason, type WorkFlagReason } from '@clapper/domain/refusals/campaigns';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { ConsentsQueries, type Consent } from '../consents/consents.queries.js';
import { CountriesQueries } from '../countries/countries.queries.js';
import { EntriesQueries, type Entry } from '../entries/entries.queries.js';
import { creditsOf } from '../entries/public-credits.js';
import { VideosQueries, type Subtitle, type VideoAsset } from '../videos/videos.queries.js';

/** Why a work may not be reused right now (a work in a campaign is then "flagged"). */
export type FlagReason = 'entry_withdrawn' | 'not_submitted' | 'consent_withdrawn' | 'licence_missing' | 'consent_missing' | 'video_not_ready';
export const FLAG_REASONS: FlagReason[] = ['entry_withdrawn', 'not_submitted', 'consent_withdrawn', 'licence_missing', 'consent_missing', 'video_not_ready'];

export interface WorkFlag {
  reason: FlagReason;
  /** the flag as a reason with its facts (`campaigns.<reason>`): the web renders it, and adding, using or downloading the work is refused with it */
  problem: Problem<WorkFlagReason>;
  /** what happened, and what can be done, in English: for the API's messages, logs and WITHHELD.txt */
  message: string;
  /** when the work stopped being cleared, when known (a withdrawal) */
  since: Date | null;
}

export interface WorkLicence {
  title: string;
  version: number;
  body: string;
  acceptedById: string;
  acceptedByName: string;
  acceptedAt: Date;
}

/** What campaigns need to know about a work, read in a few batched queries; clearance is evaluated now, never cached. */
export interface WorkFacts {
  entry: Entry;
  countryName: string;
  categoryName: string;
  competitionName: string;
  /** the ready video, or null */
  video: VideoAsset | null;
  subtitles: Subtitle[];
  credits: PublicCredits;
  attribution: string;
  licence: WorkLicence | null;
  /** null when the work may be reused and downloaded */
  flag: WorkFlag | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Loads what campaigns need to know about works, from the modules that own each part of it. */
@Injectable()
export class WorkFactsLoader {
  constructor(
    private readonly entries: EntriesQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly countries: CountriesQueries,
    private readonly consents: ConsentsQueries,
    private readonly videos: VideosQueries,
    private readonly accounts: AccountsQueries,
  ) {}

  /** The facts of each of these entries (missing ids are left out of the map); pass the transaction's manager inside one. */
  async load(entryIds: string[], m?: EntityManager): Promise<Map<string, WorkFacts>> {
    const ids = [...new Set(entryIds)];
    if (!ids.length) return new Map();
    const entries = await this.entries.entriesByIds(ids, m);
    if (!entries.length) return new Map();
    const found = entries.map((e) => e.id);
    const [competitions, categories, countries, members, consents, grants, videos, subtitles, cleared] = await Promise.all([
      this.competitions.competitionsByIds(
        entries.map((e) => e.competitionId),
        m,
      ),
      this.competitions.categoriesByIds(
        entries.map((e) => e.categoryId),
        m,
      ),
      this.countries.countriesByCodes(
        entries.map((e) => e.countryCode),
        m,
      ),
      this.entries.teamMembersOf(found, m),
      this.consents.consentsOf(found, m),
      this.entries.licenceGrantsOf(found, m),
      this.videos.readyVideos(found, m),
      this.videos.subtitlesOf(found, m),
      this.consents.clearedEntryIds(found, m),
    ]);
    const versions = await this.entries.licenceVersionsByIds(
      grants.map((g) => g.licenceVersionId),
      m,
    );
    const users = await this.accounts.displayNames([...new Set(grants.map((g) => g.acceptedBy))], m);

    const out = new Map<string, WorkFacts>();
    for (const entry of entries) {
      const competition = competitions.find((c) => c.id === entry.competitionId)!;
      const roster = members.filter((x) => x.entryId === entry.id);
      const credits = creditsOf(entry, roster, competition.referenceDate);
      const countryName = countries.find((c) => c.code === entry.countryCode)?.names.en ?? entry.countryCode;
      const competitionName = competition.name.en ?? Object.values(competition.name)[0] ?? '';
      const category = categories.find((c) => c.id === entry.categoryId);
      const grant = grants.find((g) => g.entryId === entry.id);
      const version = grant && versions.find((v) => v.id === grant.licenceVersionId);
      const video = videos.get(entry.id) ?? null;
      out.set(entry.id, {
        entry,
        countryName,
        categoryName: category ? (category.name.en ?? Object.values(category.name)[0] ?? '') : '',
        competitionName,
        video,
        subtitles: subtitles.filter((s) => s.entryId === entry.id),
        credits,
        attribution: attributionText({ title: entry.title, byline: credits.byline, countryName, competitionName, sourceUrl: null }),
        licence:
          grant && version
            ? {
                title: version.title,
                version: version.version,
                body: version.body,
                acceptedById: grant.acceptedBy,
                acceptedByName: users.get(grant.acceptedBy) ?? 'a former user',
                acceptedAt: grant.acceptedAt,
              }
            : null,
        flag: flagOf(
          entry,
          cleared.has(entry.id),
          !!grant,
          consents.filter((c) => c.entryId === entry.id),
          video !== null,
        ),
      });
    }
    return out;
  }
}

/** Why a work is not cleared, in the order a person would look: the entry, a withdrawal, the licence, a missing consent, the video. */
function flagOf(entry: Entry, cleared: boolean, licensed: boolean, consents: Consent[], videoReady: boolean): WorkFlag | null {
  const code = entry.code;
  if (!cleared) {
    if (entry.status === 'withdrawn') {
      // withdrawing sets the time; an older row without it counts from its last change
      const since = entry.withdrawnAt ?? entry.updatedAt;
      return {
        reason: 'entry_withdrawn',
        since,
        problem: problem(CampaignsReason.EntryWithdrawn, { code, on: day(since) }),
        message: `The team withdrew this entry on ${day(since)}: it may no longer be used or downloaded.`,
      };
    }
    if (entry.status !== 'submitted')
      return {
        reason: 'not_submitted',
        since: null,
        problem: problem(CampaignsReason.NotSubmitted, { code }),
        message: 'The entry has not been submitted: only submitted works may be reused.',
      };
    const withdrawn = consents.filter((c) => c.status === 'withdrawn');
    if (withdrawn.length) {
      const since = withdrawn.reduce<Date>((at, c) => {
        const when = c.withdrawnAt ?? c.updatedAt;
        return when > at ? when : at;
      }, new Date(0));
      return {
        reason: 'consent_withdrawn',
        since,
        problem: problem(CampaignsReason.ConsentWithdrawn, { code, on: day(since) }),
        message: `A consent was withdrawn on ${day(since)}: stop using this work and take it out of the campaign's materials.`,
      };
    }
    if (!licensed)
      return {
        reason: 'licence_missing',
        since: null,
        problem: problem(CampaignsReason.LicenceMissing, { code }),
        message: 'The team has not accepted the licence, so the work may not be reused.',
      };
    // what is left, by the clearance rule, is a consent not (yet) given
    return {
      reason: 'consent_missing',
      since: null,
      problem: problem(CampaignsReason.ConsentMissing, { code }),
      message: "A team member's consent (or, for a minor, a guardian's) is missing: ask the team to complete the consents.",
    };
  }
  if (!videoReady)
    return {
      reason: 'video_not_ready',
      since: null,
      problem: problem(CampaignsReason.VideoNotReady, { code }),
      message: 'The video is not processed and ready yet.',
    };
  return null;
}
