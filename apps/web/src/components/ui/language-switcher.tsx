import { AUTONYMS, localeOf } from '@clapper/domain/locales';
import { useId } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { LANGUAGES, rememberLanguage } from '../../lib/i18n';

/**
 * A labelled select naming each language in its own script, so that readers find theirs whatever the page's
 * language. The choice is remembered and sets <html lang> (see lib/i18n); `onChosen` lets the app also save it
 * to a signed-in account (the language of its emails).
 */
export function LanguageSwitcher({ onChosen }: { onChosen?: (lng: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = localeOf(i18n.language) ?? 'en';
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          rememberLanguage(e.target.value);
          void i18n.changeLanguage(e.target.value);
          onChosen?.(e.target.value);
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {AUTONYMS[lng]}
          </option>
        ))}
      </select>
    </div>
  );
}
