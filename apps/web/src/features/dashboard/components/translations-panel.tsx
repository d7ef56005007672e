import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { languageLabel } from '../../../lib/languages';
import { useTranslations } from '../../../api/get-translations';
import { TranslationGapList } from '../../../components/ui/translation-gaps';

/** The panel's anchor: the settings link to it (paths.admin.competition(id) + #translations). */
export const TRANSLATIONS_PANEL_ID = 'translations';

/**
 * The completeness panel (organisers): per language of the competition, whether every text is written in it, and
 * which are missing (which field, of which category, award, round or criterion). Missing texts show in English.
 */
export function TranslationsPanel({ competitionId }: { competitionId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const query = useTranslations(competitionId);
  return (
    <section className="panel dash-wide" id={TRANSLATIONS_PANEL_ID} aria-labelledby="dash-translations-h" tabIndex={-1}>
      <h2 id="dash-translations-h">{t('contentLanguages.panel.title')}</h2>
      <p className="muted small">{t('contentLanguages.panel.intro')}</p>
      {query.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : query.isError ? (
        <p role="alert">{t('contentLanguages.panel.failed')}</p>
      ) : (
        <>
          <ul className="dash-languages" aria-label={t('contentLanguages.panel.title')}>
            {query.data.languages.map((language) => {
              const count = query.data.gaps.filter((g) => g.language === language).length;
              return (
                <li key={language} className={count ? 'dash-language-gaps' : 'dash-language-done'} data-testid={`language-${language}`}>
                  <span lang={language}>{languageLabel(language, language)}</span>
                  {language !== lng ? <span className="muted"> ({languageLabel(language, lng)})</span> : null}
                  {' · '}
                  {count ? (
                    t('contentLanguages.panel.missing', { count })
                  ) : (
                    <>
                      <span aria-hidden="true">✓ </span>
                      {t('contentLanguages.panel.complete')}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          {query.data.gaps.length ? <TranslationGapList gaps={query.data.gaps} /> : <p>{t('contentLanguages.panel.allComplete')}</p>}
          <p>
            <Link to={paths.admin.competitionSettings(competitionId, 'cf-translations-h')}>{t('contentLanguages.panel.edit')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
