import { formatter } from '@clapper/domain/formats';
import { AUTONYMS, LOCALES, isLocale } from '@clapper/domain/locales';
/** Language names and the default subtitle track, for the player and the subtitle form. */

/** The language's name in the reader's language ("Thai", "タイ語"), or the code when the browser cannot name it. */
export function languageLabel(code: string, uiLanguage: string): string {
  const name = formatter(uiLanguage).language(code);
  // a language the browser cannot name in the reader's (Tetum, often): its own name, never a bare code
  if (name && name !== code) return name;
  return isLocale(code) ? AUTONYMS[code] : code;
}

const base = (code: string) => code.toLowerCase().split('-')[0] ?? code.toLowerCase();

/** The track shown by default: the viewer's language if there is one, else English, else none. */
export function defaultTrackLanguage(available: readonly string[], viewerLanguage: string): string | null {
  const exact = available.find((l) => l.toLowerCase() === viewerLanguage.toLowerCase());
  if (exact) return exact;
  const sameBase = available.find((l) => base(l) === base(viewerLanguage));
  if (sameBase) return sameBase;
  return available.find((l) => base(l) === 'en') ?? null;
}

/**
 * Choices for a subtitle language: English first, then the competition's languages, then every other interface
 * language (captions in any of them can be attached), each once.
 */
export function subtitleLanguageChoices(competitionLanguages: readonly string[], uiLanguage: string): { code: string; label: string }[] {
  const codes = [...new Set(['en', ...competitionLanguages, ...LOCALES])];
  return codes.map((code) => ({ code, label: languageLabel(code, uiLanguage) }));
}

/** The content type the API expects for a video file, from its type or, failing that, its extension. */
export function videoContentType(file: { name: string; type: string }): 'video/mp4' | 'video/quicktime' | 'video/webm' | 'video/x-matroska' | null {
  const known = ['video/mp4', 'video/quicktime', 'video/webm', 'video/x-matroska'] as const;
  const byType = known.find((k) => k === file.type);
  if (byType) return byType;
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  const byExt: Record<string, (typeof known)[number]> = {
    mp4: 'video/mp4',
    m4v: 'video/mp4',
    mov: 'video/quicktime',
    webm: 'video/webm',
    mkv: 'video/x-matroska',
  };
  return byExt[ext] ?? null;
}
