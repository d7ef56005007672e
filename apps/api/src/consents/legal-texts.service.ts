import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { HAS_TITLE, isLegalDocument, languagesOfCountries, LEGAL_DOCUMENTS, type LegalDocument } from '@clapper/domain/legal-texts';
import { LOCALES } from '@clapper/domain/locales';
import { ConsentsReason, FieldReason, Thing } from '@clapper/domain/refusals';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { DomainError, fieldRefusal, forbidden, notFound } from '../common/domain-error.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import type { AgreementTextDto, LegalTextCellDto, LegalTextRevisionDto, LegalTextsDto, SaveLegalTextDto } from './dto/legal-text.dto.js';
import { LegalText } from './legal-text.entity.js';
import { approvedLanguages, approvedOf, currentVersion, knownLanguage, labelOf, revisionsOf, shownText } from './legal-text-reader.js';

const THING: Record<LegalDocument, Thing> = { participant_consent: Thing.Consent, guardian_consent: Thing.Consent, licence: Thing.Licence };

/**
 * The consent and licence texts of a competition, per language (legal-text.entity.ts): organisers (and a country's
 * coordinators, for its languages) write and approve translations; a person never approves their own; every edit
 * and approval is audit-logged; an approved text is never changed in place.
 */
@Injectable()
export class LegalTextsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
  ) {}

  /** Per document, the languages with an approved translation of its current version (for the completeness panel). */
  approvedLanguages(competitionId: string, m?: EntityManager): Promise<Record<LegalDocument, string[]>> {
    return approvedLanguages(m ?? this.db.manager, competitionId);
  }

  /** What someone who agrees reads: the approved text in their language, or none and the languages that have one. */
  async agreementText(competitionId: string, document: string, language = 'en'): Promise<AgreementTextDto> {
    const doc = this.documentOf(document);
    const competition = await this.competitions.competition(competitionId);
    if (!competition) throw notFound(Thing.Competition);
    const { text, languages } = await shownText(this.db.manager, competitionId, doc, language);
    const licence = doc === 'licence' && text ? await this.entries.licenceVersionNumbered(competitionId, Number(text.version)) : null;
    return {
      document: doc,
      language,
      textId: text?.id ?? null,
      version: text ? labelOf(text) : null,
      title: text?.title ?? null,
      body: text?.body ?? null,
      languages,
      licenceVersionId: licence?.id ?? null,
    };
  }

  /** The staff page: each document × language with its state, who wrote and approved it, and when. */
  async overview(actor: Actor, competitionId: string): Promise<LegalTextsDto> {
    const { competition, reviewable } = await this.scope(actor, competitionId);
    const languages = [
      ...competition.languages.filter((l) => (LOCALES as readonly string[]).includes(l)),
      ...LOCALES.filter((l) => !competition.languages.includes(l)),
    ];
    const documents = [];
    for (const document of LEGAL_DOCUMENTS) {
      const revisions = await revisionsOf(this.db.manager, competitionId, document);
      documents.push({
        document,
        version: revisions[0]?.version ?? null,
        hasTitle: HAS_TITLE[document],
        languages: languages.map((language) =>
          this.cell(
            actor,
            language,
            revisions.filter((r) => r.language === language),
            reviewable.has(language),
          ),
        ),
      });
    }
    return { competitionId, competitionName: competition.name, competitionLanguages: competition.languages, documents };
  }

  /**
   * Writes a translation: a draft is changed in place (no one has agreed to a draft); an approved text is never
   * changed, so editing one adds a new revision, a draft until someone approves it.
   */
  async save(actor: Actor, competitionId: string, document: string, language: string, dto: SaveLegalTextDto): Promise<LegalTextsDto> {
    const doc = this.documentOf(document);
    knownLanguage(language);
    const title = HAS_TITLE[doc] ? (dto.title ?? '') : null;
    if (HAS_TITLE[doc] && !title) throw fieldRefusal('title', FieldReason.Required, {}, 'the licence needs a title');
    await this.db.transaction(async (m) => {
      const { reviewable } = await this.scope(actor, competitionId, m);
      if (!reviewable.has(language)) throw forbidden('Coordinators review the languages of their own country.');
      await m.query(`SELECT id FROM competitions WHERE id = $1 FOR UPDATE`, [competitionId]);
      const version = await currentVersion(m, competitionId, doc);
      if (version === null) throw notFound(THING[doc]);
      const latest = await m.findOne(LegalText, { where: { competitionId, document: doc, version, language }, order: { revision: 'DESC' } });
      if (latest && latest.body === dto.body && latest.title === title) return;
      const now = this.clock.now();
      const written = { title, body: dto.body, writtenBy: actor.userId, writtenByName: actor.displayName, writtenAt: now };
      let revision: number;
      if (latest && !latest.approvedAt) {
        revision = latest.revision;
        await m.update(LegalText, { id: latest.id }, written);
      } else {
        revision = (latest?.revision ?? 0) + 1;
        await m.insert(LegalText, { competitionId, document: doc, version, language, revision, ...written });
      }
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'legal_text.edited',
          subjectType: 'competition',
          subjectId: competitionId,
          before: latest
            ? { document: doc, language, version, revision: latest.revision, title: latest.title, body: latest.body, approved: Boolean(latest.approvedAt) }
            : null,
          after: { document: doc, language, version, revision, title, body: dto.body },
        },
        m,
      );
    });
    return this.overview(actor, competitionId);
  }

  /** Approves the revision reviewed, the newest of its language; never one the approver wrote. */
  async approve(actor: Actor, competitionId: string, document: string, language: string, textId: string): Promise<LegalTextsDto> {
    const doc = this.documentOf(document);
    knownLanguage(language);
    await this.db.transaction(async (m) => {
      const { reviewable } = await this.scope(actor, competitionId, m);
      if (!reviewable.has(language)) throw forbidden('Coordinators review the languages of their own country.');
      await m.query(`SELECT id FROM competitions WHERE id = $1 FOR UPDATE`, [competitionId]);
      const version = await currentVersion(m, competitionId, doc);
      const latest =
        version === null ? null : await m.findOne(LegalText, { where: { competitionId, document: doc, version, language }, order: { revision: 'DESC' } });
      if (!latest) throw new DomainError('conflict', ConsentsReason.TextMissing, `There is no ${language} text of this document to approve yet.`, { language });
      if (latest.id !== textId) {
        if (!(await m.exists(LegalText, { where: { id: textId, competitionId, document: doc, language } }))) throw notFound(THING[doc]);
        throw new DomainError('conflict', ConsentsReason.TextStale, `A newer revision (${labelOf(latest)}) was saved since: review it, then approve it.`, {
          version: labelOf(latest),
          language,
        });
      }
      if (latest.writtenBy === actor.userId)
        throw new DomainError('forbidden', ConsentsReason.OwnTranslation, 'You wrote this translation: someone else must review and approve it.', { language });
      if (latest.approvedAt) return;
      const now = this.clock.now();
      await m.update(LegalText, { id: latest.id }, { approvedBy: actor.userId, approvedByName: actor.displayName, approvedAt: now });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'legal_text.approved',
          subjectType: 'competition',
          subjectId: competitionId,
          after: { document: doc, language, version: labelOf(latest), textId: latest.id, writtenByName: latest.writtenByName },
        },
        m,
      );
    });
    return this.overview(actor, competitionId);
  }

  /**
   * Organisers reach every competition and language; a coordinator, a competition their country takes part in (else
   * 404: ids reveal nothing) and the languages of their countries in it.
   */
  private async scope(actor: Actor, competitionId: string, m?: EntityManager) {
    const competition = await this.competitions.competitionWithCountries(competitionId, m);
    if (!competition) throw notFound(Thing.Competition);
    if (actor.isOrganiser) return { competition, reviewable: new Set<string>(LOCALES) };
    const mine = (competition.countries ?? []).map((c) => c.code).filter((c) => actor.coordinatedCountries.includes(c));
    if (!mine.length) throw notFound(Thing.Competition);
    return { competition, reviewable: new Set<string>(languagesOfCountries(mine)) };
  }

  private documentOf(document: string): LegalDocument {
    if (!isLegalDocument(document)) throw notFound(Thing.Page, 'The document');
    return document;
  }

  private cell(actor: Actor, language: string, revisions: LegalText[], mayReview: boolean): LegalTextCellDto {
    const approved = approvedOf(revisions);
    const newest = revisions[0] ?? null;
    const draft = newest && !newest.approvedAt ? newest : null;
    const state = !newest ? 'missing' : !approved ? 'drafted' : draft ? 'revised' : 'approved';
    const dto = (r: LegalText): LegalTextRevisionDto => ({
      id: r.id,
      version: labelOf(r),
      revision: r.revision,
      title: r.title,
      body: r.body,
      writtenByName: r.writtenByName,
      writtenAt: r.writtenAt.toISOString(),
      writtenByYou: r.writtenBy === actor.userId,
      approvedByName: r.approvedByName,
      approvedAt: r.approvedAt?.toISOString() ?? null,
    });
    return { language, state, approved: approved ? dto(approved) : null, draft: draft ? dto(draft) : null, mayReview };
  }
}
