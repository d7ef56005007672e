import type { EntityManager } from 'typeorm';
import { LEGAL_DOCUMENTS, versionLabel, type LegalDocument } from '@clapper/domain/legal-texts';
import { isLocale, LOCALES } from '@clapper/domain/locales';
import { ConsentsReason } from '@clapper/domain/refusals';
import { DomainError } from '../common/domain-error.js';
import { LegalText } from './legal-text.entity.js';

/** The label the ledger records for a revision: the version, with the revision when there was more than one. */
export const labelOf = (t: Pick<LegalText, 'version' | 'revision'>) => versionLabel(t.version, t.revision);

/**
 * A document's current version: the one whose English text was added last (the English source comes first; version 1
 * is the built-in one). Null when the competition has no texts of this document.
 */
export async function currentVersion(m: EntityManager, competitionId: string, document: LegalDocument): Promise<string | null> {
  const source = await m.findOne(LegalText, {
    where: { competitionId, document, language: 'en', revision: 1 },
    order: { createdAt: 'DESC' },
    select: { id: true, version: true },
  });
  return source?.version ?? null;
}

/** Every revision of the document's current version, newest revision first. */
export async function revisionsOf(m: EntityManager, competitionId: string, document: LegalDocument): Promise<LegalText[]> {
  const version = await currentVersion(m, competitionId, document);
  if (version === null) return [];
  return m.find(LegalText, { where: { competitionId, document, version }, order: { language: 'ASC', revision: 'DESC' } });
}

/** Of one language's revisions (newest first), the approved one shown to people who agree: the newest approved. */
export const approvedOf = (revisions: LegalText[]) => revisions.find((r) => r.approvedAt !== null) ?? null;

/** Per document, the languages (in LOCALES order) with an approved translation of its current version. */
export async function approvedLanguages(m: EntityManager, competitionId: string): Promise<Record<LegalDocument, string[]>> {
  const out = {} as Record<LegalDocument, string[]>;
  for (const document of LEGAL_DOCUMENTS) {
    const approved = new Set((await revisionsOf(m, competitionId, document)).filter((r) => r.approvedAt).map((r) => r.language));
    out[document] = LOCALES.filter((l) => approved.has(l));
  }
  return out;
}

/** The language as sent, refused when it is not one of the platform's. */
export function knownLanguage(language: string): string {
  if (!isLocale(language))
    throw new DomainError('validation_failed', ConsentsReason.UnknownLanguage, `${language} is not one of the platform's languages (${LOCALES.join(', ')}).`, {
      language,
    });
  return language;
}

/** The approved text shown in a language, or null, with the languages that have one. */
export async function shownText(
  m: EntityManager,
  competitionId: string,
  document: LegalDocument,
  language: string,
): Promise<{ text: LegalText | null; languages: string[] }> {
  knownLanguage(language);
  const revisions = await revisionsOf(m, competitionId, document);
  const approved = new Set(revisions.filter((r) => r.approvedAt).map((r) => r.language));
  return { text: approvedOf(revisions.filter((r) => r.language === language)), languages: LOCALES.filter((l) => approved.has(l)) };
}

/**
 * The exact text someone agrees to: the approved translation in their language of the document's current version.
 * Refused when the language is unknown, has no approved text, or the version they read (when they say) is no longer
 * the current one.
 */
export async function agreedText(m: EntityManager, competitionId: string, document: LegalDocument, language: string, readVersion?: string): Promise<LegalText> {
  const { text, languages } = await shownText(m, competitionId, document, language);
  if (!text)
    throw new DomainError(
      'conflict',
      ConsentsReason.TextNotApproved,
      `The ${document.replace('_', ' ')} text in ${language} is not approved yet; approved languages: ${languages.join(', ') || 'none'}.`,
      { language, languages },
    );
  if (readVersion !== undefined && readVersion !== labelOf(text))
    throw new DomainError(
      'conflict',
      ConsentsReason.TextStale,
      `The text changed since it was read: the current version in ${language} is ${labelOf(text)}. Read it again.`,
      {
        version: labelOf(text),
        language,
      },
    );
  return text;
}
