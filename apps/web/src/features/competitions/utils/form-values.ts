import { CONSENT_KINDS, CONTAINERS, DEFAULT_ENTRY_RULES, VIDEO_CODECS } from '@clapper/domain/entry-rules';
import { datetimeLocalToIso, isoToDatetimeLocal } from '../../../lib/datetime-local';
import { MIB } from '../../../lib/format';
import { textIn, toLocalizedText } from '../../../lib/localized-text';
import type { Competition, EntryRules } from '../api/get-competition';
import type { CreateCompetitionInput } from '../api/create-competition';
import type { UpdateCompetitionInput } from '../api/update-competition';

export { CONSENT_KINDS, CONTAINERS, VIDEO_CODECS };

export type Container = EntryRules['acceptedContainers'][number];
export type Codec = EntryRules['acceptedVideoCodecs'][number];
export type ConsentKind = EntryRules['requiredConsents'][number];
export type CompetitionStatus = Competition['status'];

export interface CategoryValues {
  /** the server id once saved; a key for new rows */
  id?: string;
  key: string;
  nameEn: string;
  nameJa: string;
  minAge: string;
  maxAge: string;
}

export interface CompetitionFormValues {
  slug: string;
  nameEn: string;
  nameJa: string;
  themeEn: string;
  themeJa: string;
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
  return { key: newCategoryKey(), nameEn: '', nameJa: '', minAge: '', maxAge: '' };
}

export function defaultFormValues(allCountryCodes: string[]): CompetitionFormValues {
  const r = DEFAULT_ENTRY_RULES;
  return {
    slug: '',
    nameEn: '',
    nameJa: '',
    themeEn: '',
    themeJa: '',
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
    nameEn: textIn(c.name, 'en'),
    nameJa: textIn(c.name, 'ja'),
    themeEn: textIn(c.theme, 'en'),
    themeJa: textIn(c.theme, 'ja'),
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
        nameEn: textIn(cat.name, 'en'),
        nameJa: textIn(cat.name, 'ja'),
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

export function categoryInput(c: CategoryValues) {
  return { name: toLocalizedText({ en: c.nameEn, ja: c.nameJa }), minAge: num(c.minAge), maxAge: num(c.maxAge) };
}

export function createBodyFromValues(v: CompetitionFormValues): CreateCompetitionInput {
  const theme = toLocalizedText({ en: v.themeEn, ja: v.themeJa });
  return {
    slug: v.slug.trim(),
    name: toLocalizedText({ en: v.nameEn, ja: v.nameJa }),
    ...(Object.keys(theme).length ? { theme } : {}),
    languages: splitList(v.languages),
    referenceDate: v.referenceDate,
    timeline: timelineFromValues(v),
    rules: rulesFromValues(v),
    countryCodes: v.countryCodes,
    categories: v.categories.map(categoryInput),
  };
}

export function updateBodyFromValues(v: CompetitionFormValues): UpdateCompetitionInput {
  return {
    slug: v.slug.trim(),
    name: toLocalizedText({ en: v.nameEn, ja: v.nameJa }),
    theme: toLocalizedText({ en: v.themeEn, ja: v.themeJa }),
    languages: splitList(v.languages),
    referenceDate: v.referenceDate,
    timeline: timelineFromValues(v),
  };
}
