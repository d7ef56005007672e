import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { fallbackLang, localizeWithLanguage } from '../../../lib/localized-text';
import type { CompetitionSummary } from '../../../api/get-competitions';
import { PhaseBadge } from './phase-badge';

export function CompetitionCard({ competition }: { competition: CompetitionSummary }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  // the reader's language, or English marked as such
  const localName = localizeWithLanguage(competition.name, lng);
  const localTheme = localizeWithLanguage(competition.theme, lng);
  const name = localName?.text ?? '';
  const theme = localTheme?.text ?? '';
  return (
    <article className="card competition-card">
      <div className="card-top">
        <PhaseBadge phase={competition.submissionPhase} resultsPublished={Boolean(competition.results)} />
      </div>
      <h3 className="card-title">
        <Link to={paths.competition(competition.slug)} lang={fallbackLang(localName, lng)}>
          {name}
        </Link>
      </h3>
      {theme ? (
        <p className="card-theme" lang={fallbackLang(localTheme, lng)}>
          {theme}
        </p>
      ) : null}
      <dl className="meta">
        <div>
          <dt>{t('competitions.submissionWindow')}</dt>
          <dd>
            {t('competitions.windowRange', {
              from: formatDateTime(competition.timeline.submissionOpensAt, lng),
              to: formatDateTime(competition.timeline.submissionClosesAt, lng),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('competitions.countries')}</dt>
          <dd>{formatNumber(competition.countryCount, lng)}</dd>
        </div>
        <div>
          <dt>{t('competitions.categories')}</dt>
          <dd>{formatNumber(competition.categoryCount, lng)}</dd>
        </div>
      </dl>
      <Link className="card-link" to={paths.competition(competition.slug)} aria-label={t('competitions.viewNamed', { name })}>
        {t('competitions.view')}
      </Link>
    </article>
  );
}
