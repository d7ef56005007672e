import type { Rubric } from './rubric.js';

/**
 * The texts an organiser writes for a competition (its name, theme and rules, the category and award names, the
 * round names, the rubric, the email signature…), each given in the competition's languages, English required.
 * What is missing where, per language, is computed here from a flat list of texts, so that any module can add its
 * own documents (consent texts, the licence) to the list without this file knowing them.
 */

/** A text in several languages: language code → text. */
export type LocalizedText = Record<string, string>;

/** Which text of the competition (or of one of its items) a text is. */
export const CONTENT_FIELDS = [
  'name',
  'theme',
  'rules',
  'email_signature',
  'category_name',
  'award_name',
  'award_description',
  'round_name',
  'criterion_name',
  'criterion_description',
  'level_descriptor',
] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

/** What a text belongs to, besides the competition itself. */
export const CONTENT_ITEM_KINDS = ['category', 'award', 'round', 'criterion'] as const;
export type ContentItemKind = (typeof CONTENT_ITEM_KINDS)[number];

/**
 * The item a text belongs to, named so that a reader finds it: its own name (in several languages), and what places
 * it (a round's kind and country; a criterion's round, and a level's score).
 */
export interface ContentItem {
  kind: ContentItemKind;
  /** the item's id (a criterion: its key) */
  id: string;
  /** its own name, when it has one */
  name?: LocalizedText | null;
  /** a round: national or final */
  roundKind?: 'national' | 'final';
  /** a national round: its country */
  countryCode?: string | null;
  /** a criterion: its round */
  round?: ContentItem;
  /** a level descriptor: the level's score */
  score?: number;
}

/**
 * One text of the competition. `required` texts are needed in every language (a name); the others may be left out
 * altogether, but once given in one language they are needed in each (a theme, a description).
 */
export interface ContentText {
  field: ContentField;
  item: ContentItem | null;
  text: LocalizedText | null | undefined;
  required: boolean;
}

/** A text missing in one language of the competition. */
export interface TranslationGap {
  language: string;
  field: ContentField;
  item: ContentItem | null;
}

const present = (text: LocalizedText | null | undefined, language: string): boolean => typeof text?.[language] === 'string' && text[language].trim() !== '';

/** English first, then the competition's other languages in their order, each once. */
export function contentLanguages(languages: readonly string[]): string[] {
  return [...new Set(['en', ...languages])];
}

/**
 * Every text missing in a language of the competition, English first, then the languages in their order, each
 * language's gaps in the order of the texts. A text given in no language at all is a gap only when required.
 */
export function translationGaps(languages: readonly string[], texts: readonly ContentText[]): TranslationGap[] {
  const wanted = texts.filter((t) => t.required || Object.keys(t.text ?? {}).some((lang) => present(t.text, lang)));
  return contentLanguages(languages).flatMap((language) =>
    wanted.filter((t) => !present(t.text, language)).map((t): TranslationGap => ({ language, field: t.field, item: t.item })),
  );
}

/** The gaps of each language of the competition (English first), the complete ones with none. */
export function gapsByLanguage(languages: readonly string[], gaps: readonly TranslationGap[]): { language: string; gaps: TranslationGap[] }[] {
  return contentLanguages(languages).map((language) => ({ language, gaps: gaps.filter((g) => g.language === language) }));
}

/** What is wrong with the languages of the texts a request gives: missing English, or a language the competition does not have. */
export type TextLanguageProblem = { code: 'english_missing'; field: string } | { code: 'language_not_offered'; field: string; language: string };

/**
 * Checks texts an organiser sends (field path → text) against the competition's languages: each non-empty text
 * needs English, and may only be in the competition's languages. Empty texts (or an empty object) are fine.
 */
export function textLanguageProblems(
  languages: readonly string[],
  texts: readonly { field: string; text: LocalizedText | null | undefined }[],
): TextLanguageProblem[] {
  const allowed = new Set(contentLanguages(languages));
  const out: TextLanguageProblem[] = [];
  for (const { field, text } of texts) {
    const given = Object.keys(text ?? {}).filter((lang) => present(text, lang));
    if (!given.length) continue;
    for (const language of given) if (!allowed.has(language)) out.push({ code: 'language_not_offered', field, language });
    if (!given.includes('en')) out.push({ code: 'english_missing', field });
  }
  return out;
}

/** A text kept in the given languages only (English always), the others left out: a default offered to a competition. */
export function textIn(text: LocalizedText, languages: readonly string[]): LocalizedText {
  const keep = new Set(contentLanguages(languages));
  return Object.fromEntries(Object.entries(text).filter(([lang]) => keep.has(lang)));
}

/** The rubric with its texts in the competition's languages only (English always): the default offered to a round. */
export function rubricIn(rubric: Rubric, languages: readonly string[]): Rubric {
  return {
    ...rubric,
    criteria: rubric.criteria.map((c) => ({
      ...c,
      name: textIn(c.name, languages),
      description: textIn(c.description, languages),
      levels: c.levels.map((l) => ({ ...l, descriptor: textIn(l.descriptor, languages) })),
    })),
  };
}

/** A rubric's texts (each criterion's name and description, each level's descriptor), for the round `round`. */
export function rubricContentTexts(
  round: ContentItem,
  rubric: { criteria: { key: string; name: LocalizedText; description: LocalizedText; levels: { score: number; descriptor: LocalizedText }[] }[] },
): ContentText[] {
  return rubric.criteria.flatMap((c) => {
    const criterion: ContentItem = { kind: 'criterion', id: c.key, name: c.name, round };
    return [
      { field: 'criterion_name' as const, item: criterion, text: c.name, required: true },
      { field: 'criterion_description' as const, item: criterion, text: c.description, required: false },
      ...c.levels.map((l) => ({ field: 'level_descriptor' as const, item: { ...criterion, score: l.score }, text: l.descriptor, required: false })),
    ];
  });
}
