import { AUTONYMS, isLocale } from '@clapper/domain/locales';
import { useId } from 'react';
import { rememberLanguage } from '../../lib/i18n';
import { useTranslation } from '../../lib/use-translation';

/**
 * A consent or licence text that has no approved translation in the reader's language: the languages that have one,
 * each named in its own script. Choosing one switches the whole page to it (and remembers the choice, as the
 * language switcher does), so the text is never shown under headings in another language.
 */
export function TextLanguageChoice({ language, languages }: { language: string; languages: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const offered = languages.filter(isLocale);
  return (
    <div className="notice notice-info text-language-choice" role="group" aria-labelledby={id}>
      <p id={id}>{t('consent.chooseLanguage', { language: isLocale(language) ? AUTONYMS[language] : language })}</p>
      <ul className="inline-actions" aria-label={t('consent.languagesLabel')}>
        {offered.map((lng) => (
          <li key={lng}>
            <button
              type="button"
              className="btn btn-secondary"
              lang={lng}
              onClick={() => {
                rememberLanguage(lng);
                void i18n.changeLanguage(lng);
              }}
            >
              {AUTONYMS[lng]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
