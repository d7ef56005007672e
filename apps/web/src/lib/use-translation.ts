import { useSyncExternalStore } from 'react';
import { i18n as app, type TFunction, type Translator } from './translator';

export interface Translation {
  /** the text of a key in the reader's language; a new function after each change, so memos that read it run again */
  t: TFunction;
  /** the translator: `i18n.language`, `i18n.changeLanguage(lng)` */
  i18n: Translator;
}

/**
 * A hook reading a translator, without a provider: the component renders again when the language changes and when a
 * part of a locale's catalogs arrives (English's rest, the reader's language), so a page never keeps a fallback it
 * no longer needs.
 */
export function bindTranslation(i18n: Translator): () => Translation {
  let seen = -1;
  let current: Translation;
  const snapshot = () => {
    if (seen !== i18n.version) {
      seen = i18n.version;
      current = { t: i18n.getFixedT(i18n.language), i18n };
    }
    return current;
  };
  return function useBoundTranslation() {
    return useSyncExternalStore(i18n.subscribe, snapshot, snapshot);
  };
}

/** `const { t, i18n } = useTranslation()`: the app's translator (lib/translator.ts), set up by lib/i18n.ts. */
export const useTranslation = bindTranslation(app);
