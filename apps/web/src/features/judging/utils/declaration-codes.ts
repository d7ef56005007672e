/** Entry codes and language codes typed as free text in the declaration form. */

/** An entry code as the API accepts it, e.g. TH-0007. */
export const ENTRY_CODE = /^[A-Z]{2}-\d{4,}$/;
/** A language code as the API accepts it, e.g. th, fil or pt-BR. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/** Languages offered as checkboxes: English, Japanese and the languages of the ASEAN member states. */
export const COMMON_LANGUAGES = ['en', 'ja', 'th', 'vi', 'id', 'ms', 'fil', 'km', 'lo', 'my', 'zh', 'ta', 'pt', 'tet'] as const;

function split(text: string): string[] {
  return text
    .split(/[\s,;、，]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const unique = (list: string[]) => [...new Set(list)];

/** Comma-separated entry codes, upper-cased: the valid ones once each, and those that do not look like TH-0007. */
export function parseEntryCodes(text: string): { codes: string[]; invalid: string[] } {
  const items = unique(split(text).map((s) => s.toUpperCase()));
  return { codes: items.filter((c) => ENTRY_CODE.test(c)), invalid: items.filter((c) => !ENTRY_CODE.test(c)) };
}

/** Comma-separated language codes ("th, pt-br"): the language in lower case, a region in upper case ("pt-BR"). */
export function parseLanguageCodes(text: string): { codes: string[]; invalid: string[] } {
  const items = unique(
    split(text).map((s) => {
      const [lang = '', sub] = s.split(/[-_]/);
      if (sub === undefined) return lang.toLowerCase();
      const region = sub.length === 2 ? sub.toUpperCase() : sub.charAt(0).toUpperCase() + sub.slice(1).toLowerCase();
      return `${lang.toLowerCase()}-${region}`;
    }),
  );
  return { codes: items.filter((c) => LANGUAGE_CODE.test(c)), invalid: items.filter((c) => !LANGUAGE_CODE.test(c)) };
}

/** 'pt-BR' → 'pt', as the assignment compares languages: a judge who reads Portuguese understands a Brazilian video. */
const primary = (tag: string) => (tag.split('-')[0] ?? tag).toLowerCase();

/** Whether a judge who declared these languages understands a video in this one. */
export const understands = (judgeLanguages: readonly string[], videoLanguage: string) => judgeLanguages.some((l) => primary(l) === primary(videoLanguage));
