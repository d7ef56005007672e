import { CONSENT_KINDS, CONTAINERS, DEFAULT_ENTRY_RULES, VIDEO_CODECS } from '@clapper/domain/entry-rules';
import { datetimeLocalToIso, isoToDatetimeLocal } from '../../../lib/datetime-local';
import { MIB } from '../../../lib/format';
import { toLocalizedText } from '../../../lib/localized-text';
import type { Competition, EntryRules } from '../../../api/get-competition';
import type { CreateCompetitionInput } from '../api/create-competition';
import type { UpdateCompetitionInput } from '../../../api/update-competition';

export { CONSENT_KINDS, CONTAINERS, VIDEO_CODECS };

export type Container = EntryRules['acceptedContainers'][number];
export type Codec = EntryRules['acceptedVideoCodecs'][number];
export type ConsentKind = EntryRules['requiredConsents'][number];
export type CompetitionStatus = Competition['status'];

/** A text in several languages as typed: language code → text (empty texts are left out when saving). */
export type Texts = Record<string, string>;

export interface CategoryValues {
  /** the server id once saved; a key for new rows */
  id?: string;
  key: string;
  name: Texts;
  minAge: string;
  maxAge: string;
}

export interface CompetitionFormValues {
  slug: string;
  /** every language stored or typed, the ones no longer listed in `languages` too (they are kept, never dropped) */
  name: Texts;
  theme: Texts;
  /** the rules in brief, free text */
  rulesText: Texts;
  /** appended to the emails about the competition, free text */
  emailSignature: Texts;
  languages: string;
  referenceDate: string;
  submissionOpensAt: string;
  submissionClosesAt: string;
  judgingOpensAt: string;
  judgingClosesAt: string;
  ceremonyAt: string;
  status: CompetitionStatus;
  countryCodes: string[];
  categories: CategoryValues[];
  minDurationSeconds: string;
  maxDurationSeconds: string;
  maxFileSizeMb: string;
  acceptedContainers: Container[];
  acceptedVideoCodecs: Codec[];
  teamSizeMin: string;
  teamSizeMax: string;
  entriesPerSchool: string;
  requiredSubtitleLanguages: string;
  requiredConsents: ConsentKind[];
}

let keySeq = 0;
export const newCategoryKey = () => `new-${++keySeq}`;

export function emptyCategory(): CategoryValues {
  return { key: newCategoryKey(), name: {}, minAge: '', maxAge: '' };
}

export function defaultFormValues(allCountryCodes: string[]): CompetitionFormValues {
  const r = DEFAULT_ENTRY_RULES;
  return {
    slug: '',
    name: {},
    theme: {},
    rulesText: {},
    emailSignature: {},
    languages: 'en, ja',
    referenceDate: '',
    submissionOpensAt: '',
    submissionClosesAt: '',
    judgingOpensAt: '',
    judgingClosesAt: '',
    ceremonyAt: '',
    status: 'draft',
    countryCodes: [...allCountryCodes],
    categories: [emptyCategory()],
    minDurationSeconds: String(r.minDurationSeconds),
    maxDurationSeconds: String(r.maxDurationSeconds),
    maxFileSizeMb: String(Math.round(r.maxFileSizeBytes / MIB)),
    acceptedContainers: r.acceptedContainers as Container[],
    acceptedVideoCodecs: r.acceptedVideoCodecs as Codec[],
    teamSizeMin: String(r.teamSizeMin),
    teamSizeMax: String(r.teamSizeMax),
    entriesPerSchool: String(r.entriesPerSchool),
    requiredSubtitleLanguages: r.requiredSubtitleLanguages.join(', '),
    requiredConsents: r.requiredConsents as ConsentKind[],
  };
}

export function valuesFromCompetition(c: Competition): CompetitionFormValues {
  return {
    slug: c.slug,
    name: { ...c.name },
    theme: { ...c.theme },
    rulesText: { ...c.rulesText },
    emailSignature: { ...c.emailSignature },
    languages: c.languages.join(', '),
    referenceDate: c.referenceDate.slice(0, 10),
    submissionOpensAt: isoToDatetimeLocal(c.timeline.submissionOpensAt),
    submissionClosesAt: isoToDatetimeLocal(c.timeline.submissionClosesAt),
    judgingOpensAt: isoToDatetimeLocal(c.timeline.judgingOpensAt),
    judgingClosesAt: isoToDatetimeLocal(c.timeline.judgingClosesAt),
    ceremonyAt: isoToDatetimeLocal(c.timeline.ceremonyAt),
    status: c.status,
    countryCodes: [...c.countryCodes],
    categories: [...c.categories]
      .sort((a, b) => a.position - b.position)
      .map((cat) => ({
        id: cat.id,
        key: cat.id,
        name: { ...cat.name },
        minAge: String(cat.minAge),
        maxAge: String(cat.maxAge),
      })),
    minDurationSeconds: String(c.rules.minDurationSeconds),
    maxDurationSeconds: String(c.rules.maxDurationSeconds),
    maxFileSizeMb: String(Math.round(c.rules.maxFileSizeBytes / MIB)),
    acceptedContainers: [...c.rules.acceptedContainers],
    acceptedVideoCodecs: [...c.rules.acceptedVideoCodecs],
    teamSizeMin: String(c.rules.teamSizeMin),
    teamSizeMax: String(c.rules.teamSizeMax),
    entriesPerSchool: String(c.rules.entriesPerSchool),
    requiredSubtitleLanguages: c.rules.requiredSubtitleLanguages.join(', '),
    requiredConsents: [...c.rules.requiredConsents],
  };
}

export const splitList = (s: string) =>
  s
    .split(/[\s,、]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Numbers typed by hand: an empty or non-numeric field is sent as NaN-free null → the server names the field. */
const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s));

export function rulesFromValues(v: CompetitionFormValues): EntryRules {
  const mb = num(v.maxFileSizeMb);
  return {
    minDurationSeconds: num(v.minDurationSeconds),
    maxDurationSeconds: num(v.maxDurationSeconds),
    maxFileSizeBytes: Number.isFinite(mb) ? Math.round(mb * MIB) : Number.NaN,
    acceptedContainers: v.acceptedContainers,
    acceptedVideoCodecs: v.acceptedVideoCodecs,
    teamSizeMin: num(v.teamSizeMin),
    teamSizeMax: num(v.teamSizeMax),
    entriesPerSchool: num(v.entriesPerSchool),
    requiredSubtitleLanguages: splitList(v.requiredSubtitleLanguages),
    requiredConsents: v.requiredConsents,
  };
}

export function timelineFromValues(v: CompetitionFormValues): CreateCompetitionInput['timeline'] {
  return {
    submissionOpensAt: datetimeLocalToIso(v.submissionOpensAt) ?? '',
    submissionClosesAt: datetimeLocalToIso(v.submissionClosesAt) ?? '',
    judgingOpensAt: datetimeLocalToIso(v.judgingOpensAt),
    judgingClosesAt: datetimeLocalToIso(v.judgingClosesAt),
    ceremonyAt: datetimeLocalToIso(v.ceremonyAt),
  };
}

/** Language codes as the API accepts them (en, th, pt-BR). */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/** The languages (English too) some text of the competition is in: its name, theme, rules in brief or a category name. */
export function storedLanguages(v: CompetitionFormValues): string[] {
  const texts = [v.name, v.theme, v.rulesText, v.emailSignature, ...v.categories.map((c) => c.name)];
  return [
    ...new Set(
      texts.flatMap((t) =>
        Object.entries(t)
          .filter(([, text]) => text.trim())
          .map(([code]) => code),
      ),
    ),
  ].sort();
}

/**
 * The languages the form offers besides English: those the Languages field lists, in its order, then any other
 * language some text is in, or was in when the form opened (`keep`), so that editing never drops a text and a row
 * does not vanish while it is being emptied. `listed` is false for the latter.
 */
export function translationLanguages(v: CompetitionFormValues, keep: readonly string[] = []): { code: string; listed: boolean }[] {
  const listed = splitList(v.languages).filter((code) => LANGUAGE_CODE.test(code) && code !== 'en');
  const out = [...new Set(listed)].map((code) => ({ code, listed: true }));
  for (const code of [...new Set([...storedLanguages(v), ...keep])].sort())
    if (code !== 'en' && !out.some((l) => l.code === code)) out.push({ code, listed: false });
  return out;
}

/**
 * Whether some text of the form is missing in a language: the name and each category's name always, the theme, the
 * rules in brief and the signature once they are written in another language (as the completeness panel counts).
 */
export function missingIn(v: CompetitionFormValues, lang: string): boolean {
  const has = (t: Texts, l: string) => Boolean(t[l]?.trim());
  const given = (t: Texts) => Object.keys(t).some((l) => has(t, l));
  const required = [v.name, ...v.categories.map((c) => c.name)];
  const optional = [v.theme, v.rulesText, v.emailSignature].filter(given);
  return [...required, ...optional].some((t) => !has(t, lang));
}

export function categoryInput(c: CategoryValues) {
  return { name: toLocalizedText(c.name), minAge: num(c.minAge), maxAge: num(c.maxAge) };
}

export function createBodyFromValues(v: CompetitionFormValues): CreateCompetitionInput {
  const theme = toLocalizedText(v.theme);
  const rulesText = toLocalizedText(v.rulesText);
  const emailSignature = toLocalizedText(v.emailSignature);
  return {
    slug: v.slug.trim(),
    name: toLocalizedText(v.name),
    ...(Object.keys(theme).length ? { theme } : {}),
    ...(Object.keys(rulesText).length ? { rulesText } : {}),
    ...(Object.keys(emailSignature).length ? { emailSignature } : {}),
    languages: splitList(v.languages),
    referenceDate: v.referenceDate,
    timeline: timelineFromValues(v),
    rules: rulesFromValues(v),
    countryCodes: v.countryCodes,
    categories: v.categories.map(categoryInput),
  };
}

export function updateBodyFromValues(v: CompetitionFormValues): UpdateCompetitionInput {
  const theme = toLocalizedText(v.theme);
  return {
    slug: v.slug.trim(),
    name: toLocalizedText(v.name),
    // a theme needs at least one language; an emptied one is left as it was rather than refused
    ...(Object.keys(theme).length ? { theme } : {}),
    // the whole map: a language emptied here is removed
    rulesText: toLocalizedText(v.rulesText),
    emailSignature: toLocalizedText(v.emailSignature),
    languages: splitList(v.languages),
    referenceDate: v.referenceDate,
    timeline: timelineFromValues(v),
  };
}
