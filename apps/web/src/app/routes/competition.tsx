import { useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Link } from 'react-router';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { useCompetition } from '../../api/get-competition';
import { CompetitionDetail } from '../../features/competitions/components/competition-detail';
import { ApiError } from '../../lib/api-client';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';
import { useCountryNames } from '../../api/get-countries';
import { useMe } from '../../api/get-me';
import { EnterCompetition } from '../../features/competitions/components/enter-competition';

export function CompetitionRoute() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const query = useCompetition(slug);
  const countries = useCountryNames();
  const me = useMe();
  if (query.isPending)
    return (
      <Page title={t('competitions.detailTitle')}>
        <Loading />
      </Page>
    );
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Page title={notFound ? t('competitions.notFound') : t('competitions.detailTitle')}>
        <ErrorNotice
          error={notFound ? undefined : query.error}
          title={notFound ? t('competitions.notFoundText') : undefined}
          onRetry={notFound ? undefined : () => void query.refetch()}
        >
          <p>
            <Link to={paths.home}>{t('competitions.backToList')}</Link>
          </p>
        </ErrorNotice>
      </Page>
    );
  }
  return (
    <Page title={localize(query.data.name, i18n.language)} actions={<EnterCompetition competition={query.data} me={me.data} />}>
      {query.data.audienceVoting ? (
        <p className="notice notice-info">
          {t('voting.linkLead')} <Link to={paths.vote(query.data.id)}>{t('voting.link')}</Link>
        </p>
      ) : null}
      <CompetitionDetail competition={query.data} countryName={countries.nameOf} />
    </Page>
  );
}
