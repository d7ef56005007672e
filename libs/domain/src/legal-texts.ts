import { CONSENT_TEXT_VERSION } from './licence.js';
import { LOCALES, type Locale } from './locales.js';

/**
 * The texts people agree to, per competition: the participant consent, the guardian consent and the licence of the
 * works. Each has versions; a version has a translation per language, and each translation records who wrote it
 * and who approved it, and when. Only an approved translation is shown to someone who agrees to it, and the ledger
 * records the version and the language agreed to. An approved translation is never edited: a change is a new
 * revision of it, which must be approved in turn (the older revision stays, for whoever agreed to it).
 */
export const LEGAL_DOCUMENTS = ['participant_consent', 'guardian_consent', 'licence'] as const;
export type LegalDocument = (typeof LEGAL_DOCUMENTS)[number];

export const isLegalDocument = (v: unknown): v is LegalDocument => typeof v === 'string' && (LEGAL_DOCUMENTS as readonly string[]).includes(v);

/** Which document a consent of the ledger agrees to. */
export const CONSENT_DOCUMENT = { participant: 'participant_consent', guardian: 'guardian_consent' } as const satisfies Record<string, LegalDocument>;

/** Only the licence has a title; the consents are one paragraph each. */
export const HAS_TITLE: Record<LegalDocument, boolean> = { participant_consent: false, guardian_consent: false, licence: true };

/**
 * The name recorded as the writer (and, for English, the approver) of the platform's built-in texts. English is the
 * source text the platform has always shown, so it is approved by the platform; the other languages are drafts that
 * an organiser (or the country's coordinator) must review and approve before anyone is shown them.
 */
export const PLATFORM_AUTHOR = 'Clapper';

/** The version of the built-in texts: the consents keep their ledger label, the licence its version number 1. */
export const BUILT_IN_VERSION: Record<LegalDocument, string> = {
  participant_consent: CONSENT_TEXT_VERSION,
  guardian_consent: CONSENT_TEXT_VERSION,
  licence: '1',
};

/**
 * The version a person agreed to, as the ledger records it: the document's version, and for a translation revised
 * after approval its revision (2027-01, then 2027-01.2, 2027-01.3…), so the label names one exact text.
 */
export function versionLabel(version: string, revision: number): string {
  return revision > 1 ? `${version}.${revision}` : version;
}

/**
 * The languages of each participating country, which its coordinators may review and approve (they are national
 * staff who read them). English is the platform's source and is approved by organisers only.
 */
export const COUNTRY_LANGUAGES: Record<string, readonly Locale[]> = {
  BN: ['ms'],
  KH: ['km'],
  ID: ['id'],
  JP: ['ja'],
  LA: ['lo'],
  MY: ['ms', 'zh-Hans', 'ta'],
  MM: ['my'],
  PH: ['fil'],
  SG: ['ms', 'zh-Hans', 'ta'],
  TH: ['th'],
  TL: ['tet', 'pt'],
  VN: ['vi'],
};

/** The languages the coordinators of these countries may approve. */
export function languagesOfCountries(countries: readonly string[]): Locale[] {
  const out = new Set<Locale>(countries.flatMap((c) => COUNTRY_LANGUAGES[c] ?? []));
  return LOCALES.filter((l) => out.has(l));
}

export interface BuiltInText {
  title: string | null;
  body: string;
}
