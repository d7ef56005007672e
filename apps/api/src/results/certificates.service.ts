import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { formatter } from '@clapper/domain/formats';
import { FieldReason, ResultsReason, Thing } from '@clapper/domain/refusals';
import { DomainError, fieldRefusal, notFound } from '../common/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CompetitionsQueries, type Competition } from '../competitions/competitions.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { EntryAccess } from '../entries/entry-access.service.js';
import { AwardWinner } from './award.entity.js';
import type { CertificateFonts } from './certificate-pdf.js';
import { publicationState, publishedAt } from './publication.js';
import { localised } from '../mail/mail-i18n.js';

/** Certificates come in English and each of the competition's languages. */
export const certificateLanguages = (competition: Pick<Competition, 'languages'>): string[] => [...new Set(['en', ...competition.languages])];

/**
 * Certificates: one per award an entry won and one for taking part, in English and the competition's languages,
 * with the names as the team entered them. Teams download their own once the results are published; organisers
 * once they are sealed (to print before the ceremony). Anyone else: 404.
 */
@Injectable()
export class CertificatesService {
  /** found once, on the first certificate, so that starting the platform stays fast */
  private fonts: Promise<CertificateFonts> | null = null;
  /** pdfkit, fontkit and HarfBuzz, loaded with the first certificate: they would weigh on every API process at rest */
  private drawing: Promise<typeof import('./certificate-pdf.js')> | null = null;

  constructor(
    @InjectRepository(AwardWinner) private readonly winners: Repository<AwardWinner>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly access: EntryAccess,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
  ) {}

  async render(actor: Actor, entryId: string, awardId: string | null, lang: string): Promise<{ fileName: string; pdf: Buffer }> {
    const { entry } = await this.access.view(actor, entryId);
    const competition = await this.competitions.competitionOrFail(entry.competitionId);
    const now = this.clock.now();
    const state = publicationState(competition, now);
    const allowed = state === 'published' || (state === 'sealed' && actor.isOrganiser);
    if (!allowed || entry.status !== 'submitted')
      throw new DomainError('not_found', ResultsReason.CertificatesNotPublished, 'Certificates are available once the results are published.', {});
    const languages = certificateLanguages(competition);
    if (!languages.includes(lang))
      throw fieldRefusal('lang', FieldReason.NotOneOf, { allowed: languages }, `Certificates for this competition come in: ${languages.join(', ')}.`);
    let awardName: string | undefined;
    if (awardId) {
      const won = await this.winners.findOne({ where: { awardId, entryId: entry.id }, relations: { award: true } });
      if (!won || won.award!.competitionId !== competition.id) throw notFound(Thing.Award);
      awardName = localised(won.award!.name, lang);
    }
    const members = await this.entries.teamMembersOf([entry.id]);
    const issued = publishedAt(competition, now) ?? now;
    const issuedOn = formatter(lang).day(issued);
    const { MissingFontError, renderCertificate } = await this.loadDrawing();
    try {
      const pdf = await renderCertificate(
        {
          lang,
          kind: awardId ? 'award' : 'participation',
          competitionName: localised(competition.name, lang),
          awardName,
          names: members.map((x) => x.fullName),
          entryTitle: entry.title,
          countryName: formatter(lang).country(entry.countryCode),
          issuedOn,
          issuedAt: issued,
        },
        await this.loadFonts(),
      );
      return { fileName: `certificate-${entry.code}-${awardId ? 'award' : 'participation'}-${lang}.pdf`, pdf };
    } catch (e) {
      if (e instanceof MissingFontError)
        throw new DomainError(
          'service_unavailable',
          ResultsReason.CertificateFontMissing,
          `This certificate cannot be drawn on this server: ${e.message}. Ask the platform's administrator to install it.`,
          { fonts: e.missing.map((f) => f.family) },
        );
      throw e;
    }
  }

  private loadDrawing(): Promise<typeof import('./certificate-pdf.js')> {
    this.drawing ??= import('./certificate-pdf.js');
    return this.drawing;
  }

  private loadFonts(): Promise<CertificateFonts> {
    this.fonts ??= this.loadDrawing().then(({ CertificateFonts }) => CertificateFonts.locate(this.config.fontDirs, { defaults: this.config.fontDefaultDirs }));
    return this.fonts;
  }
}
