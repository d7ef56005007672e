import type { Schemas } from './api-client';

/** Multilingual texts ({en, ja, ...}) as the API types them: language code → text. */
export type LocalizedText = Schemas['CompetitionDto']['name'];

/** The text in the reader's language, falling back to its base language, then English, then any. */
export function localize(text: LocalizedText | null | undefined, language: string): string {
  const map = text ?? {};
  const pick = (lang: string) => (map[lang]?.trim() ? map[lang] : undefined);
  const base = language.split('-')[0] ?? language;
  return pick(language) ?? pick(base) ?? pick('en') ?? Object.values(map).find((v) => v.trim()) ?? '';
}

export function textIn(text: LocalizedText | null | undefined, language: string): string {
  return text?.[language] ?? '';
}

/** Builds a localized text from form values, leaving out empty languages. */
export function toLocalizedText(values: Record<string, string>): LocalizedText {
  const out: LocalizedText = {};
  for (const [lang, value] of Object.entries(values)) if (value.trim()) out[lang] = value.trim();
  return out;
}
