import type { TranslationGap } from '../content-languages.js';

/** Refusals of the competitions domain. Each value is `competitions.<name>`; the web translates it under `refusals.competitions.<name>`. */
export enum CompetitionsReason {
  /** another competition already uses this short name */
  SlugTaken = 'competitions.slug_taken',
  /** a competition is published with at least one category */
  NoCategories = 'competitions.no_categories',
  /** a category id that is not one of this competition's */
  NotACategory = 'competitions.not_a_category',
  /** country codes that are not participating countries yet */
  UnknownCountries = 'competitions.unknown_countries',
  /** a date that must come after another (`after`: the other field's name) */
  MustFollow = 'competitions.must_follow',
  /** a maximum below its minimum */
  MinAboveMax = 'competitions.min_above_max',
  /** a category's ages overlap another's (`other`: its 1-based number) */
  AgesOverlap = 'competitions.ages_overlap',
  /** required while the audience vote is on */
  RequiredForVoting = 'competitions.required_for_voting',
  /** setting a competition back to draft (hidden again) while it has entries or a round open for judging */
  DraftNotAllowed = 'competitions.draft_not_allowed',
  /** removing a category that entries belong to */
  CategoryHasEntries = 'competitions.category_has_entries',
  /** an organiser's text (name, theme, award, round, rubric, signature…) given without its English */
  TextEnglishMissing = 'competitions.text_english_missing',
  /** an organiser's text in a language that is not one of the competition's (`language`) */
  TextLanguageNotOffered = 'competitions.text_language_not_offered',
  /** publishing (the competition or its results) while texts miss a translation: asked again with `confirmGaps: true` */
  TranslationGaps = 'competitions.translation_gaps',
}

type None = Record<string, never>;

/** The facts each refusal carries, for the message in the reader's language. */
export interface CompetitionsReasonParams {
  [CompetitionsReason.SlugTaken]: None;
  [CompetitionsReason.NoCategories]: None;
  [CompetitionsReason.NotACategory]: None;
  [CompetitionsReason.UnknownCountries]: { countries: string[] };
  [CompetitionsReason.MustFollow]: { after: string };
  [CompetitionsReason.MinAboveMax]: None;
  [CompetitionsReason.AgesOverlap]: { other: number };
  [CompetitionsReason.RequiredForVoting]: None;
  /** `entries`: the competition's entries (drafts included); `openRounds`: its rounds open for judging */
  [CompetitionsReason.DraftNotAllowed]: { entries: number; openRounds: number };
  /** `count`: the category's entries (drafts included) */
  [CompetitionsReason.CategoryHasEntries]: { count: number };
  [CompetitionsReason.TextEnglishMissing]: None;
  /** `language`: the text's language; `languages`: the competition's */
  [CompetitionsReason.TextLanguageNotOffered]: { language: string; languages: string[] };
  /** `count`: the missing texts; `languages`: the languages missing some; `gaps`: each missing text (content-languages.ts) */
  [CompetitionsReason.TranslationGaps]: { count: number; languages: string[]; gaps: TranslationGap[] };
}
