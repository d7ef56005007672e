import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading, Notice } from '../../components/ui/query-state';
import { useCountryNames } from '../../api/get-countries';
import { useDashboard } from '../../features/dashboard/api/get-dashboard';
import { DashboardView } from '../../features/dashboard/components/dashboard-view';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';

/**
 * A competition's dashboard, the first page for it: organisers at /admin/competitions/:id (the whole competition), a
 * coordinator at /coordinate/:country/competitions/:competitionId (their country's figures only).
 */
export function CompetitionDashboardRoute() {
  const params = useParams();
  const coordinatorCountry = params.country?.toUpperCase();
  const competitionId = (coordinatorCountry ? params.competitionId : params.id) ?? '';
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const created = (location.state as { saved?: string } | null)?.saved === 'created';
  const countries = useCountryNames();
  const query = useDashboard(competitionId, coordinatorCountry);
  const title = t('dashboard.title');

  if (query.isPending)
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  if (query.isError)
    return (
      <Page title={title}>
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  const data = query.data;
  const name = localize(data.name, i18n.language);
  const id = data.competitionId;
  const actions = coordinatorCountry ? (
    <>
      <Link className="btn btn-primary" to={paths.rounds.list(paths.rounds.base(coordinatorCountry), id)}>
        {t('dashboard.links.rounds')}
      </Link>
      <Link className="btn btn-secondary" to={paths.coordinateTexts(coordinatorCountry, id)}>
        {t('legalTexts.link')}
      </Link>
      <Link className="btn btn-secondary" to={paths.coordinate(coordinatorCountry)}>
        {t('dashboard.links.country', { country: countries.nameOf(coordinatorCountry) })}
      </Link>
    </>
  ) : (
    <>
      <Link className="btn btn-primary" to={paths.admin.competitionSettings(id)}>
        {t('dashboard.links.settings')}
      </Link>
      <Link className="btn btn-secondary" to={paths.rounds.list(paths.rounds.base(), id)}>
        {t('dashboard.links.rounds')}
      </Link>
      <Link className="btn btn-secondary" to={paths.admin.results(id)}>
        {t('results.links.results')}
      </Link>
      <Link className="btn btn-secondary" to={paths.admin.texts(id)}>
        {t('legalTexts.link')}
      </Link>
      <Link className="btn btn-secondary" to={paths.admin.awards(id)}>
        {t('results.links.awards')}
      </Link>
      <Link className="btn btn-secondary" to={paths.ceremony(id)}>
        {t('results.links.ceremony')}
      </Link>
      <Link className="btn btn-secondary" to={`${paths.campaigns.list(paths.campaigns.base())}?competitionId=${encodeURIComponent(id)}`}>
        {t('campaigns.competitionLink')}
      </Link>
      <a className="btn btn-secondary" href={`/api/competitions/${encodeURIComponent(id)}/exports/entries.csv`} download>
        {t('results.links.entriesCsv')}
      </a>
      <a className="btn btn-secondary" href={`/api/competitions/${encodeURIComponent(id)}/exports/scores.csv`} download>
        {t('results.links.scoresCsv')}
      </a>
    </>
  );
  return (
    <Page
      title={t('dashboard.titleNamed', { name })}
      lead={coordinatorCountry ? t('dashboard.leadCoordinator', { country: countries.nameOf(coordinatorCountry) }) : t('dashboard.lead')}
      actions={actions}
    >
      {created ? <Notice tone="success">{t('dashboard.created')}</Notice> : null}
      <DashboardView data={data} place={{ competitionId: id, coordinatorCountry, countries: data.countries }} countryName={countries.nameOf} />
    </Page>
  );
}
