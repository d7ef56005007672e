import { Link, useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { useCompetitions } from '../../api/get-competitions';
import { useCountryOverview } from '../../features/countries/api/get-country-overview';
import { CountryOverview } from '../../features/countries/components/country-overview';
import { useEntries } from '../../features/entries/api/get-entries';
import { EntryList } from '../../features/entries/components/entry-list';
import { InviteTeacher } from '../../features/invitations/components/invite-teacher';
import { NationalRoundSummary } from '../../features/rounds/components/national-round-summary';
import { ApiError } from '../../lib/api-client';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';

/** Only for a country the reader coordinates (the overview loads): the invitation is theirs to vouch for. */
function CoordinatorInviteTeacher({ code }: { code: string }) {
  const overview = useCountryOverview(code);
  if (!overview.isSuccess) return null;
  return (
    <div className="page page-continued">
      <InviteTeacher country={code} />
    </div>
  );
}

export function CoordinateRoute() {
  const { country = '' } = useParams();
  const { t } = useTranslation();
  const code = country.toUpperCase();
  return (
    <>
      <CountryOverview key={code} code={code} />
      <CompetitionDashboards key={`dashboards-${code}`} code={code} />
      <CoordinatorInviteTeacher key={`invite-${code}`} code={code} />
      <NationalRounds key={`rounds-${code}`} code={code} />
      <p className="page page-continued row-actions">
        <Link className="btn btn-primary" to={paths.entries.list(code)}>
          {t('review.coordinateLink')}
        </Link>
        <Link className="btn btn-secondary" to={paths.campaigns.list(paths.campaigns.base(code))}>
          {t('campaigns.consoleLink')}
        </Link>
      </p>
      <CountryEntries key={`entries-${code}`} code={code} />
    </>
  );
}

/** Each competition the country takes part in, linked to its dashboard restricted to the country. */
function CompetitionDashboards({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const overview = useCountryOverview(code);
  if (!overview.data || !overview.data.competitions.length) return null;
  return (
    <section className="page page-continued" aria-labelledby="co-dashboards-h">
      <div className="panel">
        <h2 id="co-dashboards-h">{t('dashboard.coordinate.title')}</h2>
        <p className="muted small">{t('dashboard.coordinate.lead')}</p>
        <ul className="plain-list">
          {overview.data.competitions.map((c) => (
            <li key={c.id}>
              <Link to={paths.coordinateDashboard(code, c.id)}>{t('dashboard.coordinate.link', { competition: localize(c.name, i18n.language) })}</Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** The country's entries, below the overview; each opens the review page. */
function CountryEntries({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const entries = useEntries({ country: code });
  const competitions = useCompetitions();
  if (entries.error instanceof ApiError && entries.error.status >= 400 && entries.error.status < 500) return null;
  const competitionName = (id: string) => localize(competitions.data?.find((c) => c.id === id)?.name, i18n.language);
  return (
    <section className="page page-continued" aria-labelledby="co-entries-h">
      <div className="panel">
        <h2 id="co-entries-h">{t('coordinate.entries')}</h2>
        {entries.isPending ? <Loading /> : null}
        {entries.isError ? <ErrorNotice error={entries.error} onRetry={() => void entries.refetch()} /> : null}
        {entries.data ? (
          <EntryList
            entries={entries.data}
            linkTo={(id) => paths.coordinateEntry(code, id)}
            competitionName={competitionName}
            showSchool
            emptyText={t('coordinate.noEntries')}
          />
        ) : null}
      </div>
    </section>
  );
}

/** The country's national round in each competition it takes part in, or the way to set it up. */
function NationalRounds({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const overview = useCountryOverview(code);
  if (!overview.data || !overview.data.competitions.length) return null;
  const base = paths.rounds.base(code);
  return (
    <section className="page page-continued" aria-labelledby="co-rounds-h">
      <div className="panel">
        <h2 id="co-rounds-h">{t('rounds.national.title')}</h2>
        {overview.data.competitions.map((c) => (
          <NationalRoundSummary
            key={c.id}
            competitionId={c.id}
            competitionName={localize(c.name, i18n.language)}
            countryCode={code}
            roundHref={(id) => paths.rounds.round(base, id)}
            createHref={paths.rounds.create(base, c.id)}
          />
        ))}
      </div>
    </section>
  );
}
