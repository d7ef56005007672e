import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { FieldReason, ResultsReason, Thing } from '@clapper/domain/refusals';
import { DomainError, fieldRefusal, notFound } from '../common/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Competition } from '../competitions/competition.entity.js';
import { Country } from '../countries/country.entity.js';
import { EntryAccess } from '../entries/entry-access.service.js';
import { TeamMember } from '../entries/team-member.entity.js';
import { AwardWinner } from './award.entity.js';
import type { CertificateFonts } from './certificate-pdf.js';
import { publicationState, publishedAt } from './publication.js';

/** Certificates come in English and each of the competition's languages. */
export const certificateLanguages = (competition: Pick<Competition, 'languages'>): string[] => [...new Set(['en', ...competition.languages])];

const pick = (text: Record<string, string>, lang: string): string => text[lang] ?? text.en ?? Object.values(text)[0] ?? '';

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
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly access: EntryAccess,
  ) {}

  async render(actor: Actor, entryId: string, awardId: string | null, lang: string): Promise<{ fileName: string; pdf: Buffer }> {
    const { entry } = await this.access.view(actor, entryId);
    const m = this.db.manager;
    const competition = await m.findOneByOrFail(Competition, { id: entry.competitionId });
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
      const won = await m.findOne(AwardWinner, { where: { awardId, entryId: entry.id }, relations: { award: true } });
      if (!won || won.award!.competitionId !== competition.id) throw notFound(Thing.Award);
      awardName = pick(won.award!.name, lang);
    }
    const members = await m.find(TeamMember, { where: { entryId: entry.id }, order: { position: 'ASC' } });
    const country = await m.findOneBy(Country, { code: entry.countryCode });
    const issued = publishedAt(competition, now) ?? now;
    const issuedOn = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(issued);
    const { MissingFontError, renderCertificate } = await this.loadDrawing();
    try {
      const pdf = await renderCertificate(
        {
          lang,
          kind: awardId ? 'award' : 'participation',
          competitionName: pick(competition.name, lang),
          awardName,
          names: members.map((x) => x.fullName),
          entryTitle: entry.title,
          countryName: country ? pick(country.names, lang) : entry.countryCode,
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
    this.fonts ??= this.loadDrawing().then(({ CertificateFonts }) => CertificateFonts.locate(this.config.fontDirs));
    return this.fonts;
  }
}
