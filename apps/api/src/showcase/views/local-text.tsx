import type { Translator } from '../showcase-i18n.js';

/** An organiser's text in the reader's language; a fallback (English, else any) is marked with its own `lang`. */
export function LocalText({ t, text }: { t: Translator; text: Record<string, string> | null | undefined }) {
  const picked = t.pickWithLanguage(text);
  return picked.lang === t.lang ? <>{picked.text}</> : <span lang={picked.lang}>{picked.text}</span>;
}
