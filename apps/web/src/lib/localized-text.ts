import type { Schemas } from './api-client';

/**
 * Multilingual texts ({en, ja, ...}). The OpenAPI document types them as Record<string, never>
 * (no additionalProperties schema), so reading and writing them goes through these two helpers.
 */
export type LocalizedText = Schemas['CompetitionDto']['name'];

export function localize(text: LocalizedText | null | undefined, language: string): string {
  const map = (text ?? {}) as Record<string, unknown>;
  const pick = (lang: string) => (typeof map[lang] === 'string' && (map[lang] as string).trim() ? (map[lang] as string) : undefined);
  const base = language.split('-')[0] ?? language;
  return pick(language) ?? pick(base) ?? pick('en') ?? Object.values(map).find((v): v is string => typeof v === 'string') ?? '';
}

export function textIn(text: LocalizedText | null | undefined, language: string): string {
  const value = ((text ?? {}) as Record<string, unknown>)[language];
  return typeof value === 'string' ? value : '';
}

/** Builds a localized text from form values, leaving out empty languages. */
export function toLocalizedText(values: Record<string, string>): LocalizedText {
  const out: Record<string, string> = {};
  for (const [lang, value] of Object.entries(values)) if (value.trim()) out[lang] = value.trim();
  return out as unknown as LocalizedText;
}
