import type { Schemas } from './api-client';

/** Multilingual texts ({en, ja, ...}) as the API types them: language code → text. */
export type LocalizedText = Schemas['CompetitionDto']['name'];

/**
 * The text in the reader's language, falling back to its base language, then English, then any, with the language
 * it is in (for `lang`, so a screen reader reads a fallback with the right voice); null when there is no text.
 */
export function localizeWithLanguage(text: LocalizedText | null | undefined, language: string): { text: string; language: string } | null {
  const map = text ?? {};
  const has = (lang: string) => Boolean(map[lang]?.trim());
  const base = language.split('-')[0] ?? language;
  const lang = [language, base, 'en'].find(has) ?? Object.keys(map).find(has);
  return lang ? { text: map[lang], language: lang } : null;
}

/** The `lang` to mark a text with: its language when it is not the reader's (a fallback), else none. */
export function fallbackLang(localized: { language: string } | null | undefined, language: string): string | undefined {
  return localized && localized.language !== language && localized.language !== language.split('-')[0] ? localized.language : undefined;
}

/** The text in the reader's language, falling back to its base language, then English, then any. */
export function localize(text: LocalizedText | null | undefined, language: string): string {
  return localizeWithLanguage(text, language)?.text ?? '';
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
