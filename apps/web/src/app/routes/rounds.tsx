import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { useCompetition } from '../../api/get-competition';
import { useRounds } from '../../api/get-rounds';
import { RoundsTable } from '../../features/rounds/components/rounds-table';
import { RoundTemplates } from '../../features/rounds/components/round-templates';
import { RoundKindsExplained } from '../../features/rounds/components/round-flow';
import { PanelsSection } from '../../features/rounds/components/panels-section';
import { OpenReadySection } from '../../features/rounds/components/open-ready-section';
import { viewerTimeZone } from '../../lib/datetime-local';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';
import { useCountryNames } from '../../api/get-countries';

/**
 * A competition's rounds, for organisers (/admin/competitions/:id/rounds, every round) and for a coordinator
 * (/coordinate/:country/competitions/:id/rounds, their national round): status, window, settings and counts.
 */
export function RoundsRoute() {
  const { competitionId = '', country } = useParams();
  const { t, i18n } = useTranslation();
  const base = paths.rounds.base(country);
  const competition = useCompetition(competitionId);
  const rounds = useRounds(competitionId);
  const countries = useCountryNames();
  const name = competition.data ? localize(competition.data.name, i18n.language) : '';
  const coordinator = country?.toUpperCase();
  // a coordinator sets up their own national round once; organisers may add what is missing
  const canCreate = rounds.data ? (coordinator ? !rounds.data.some((r) => r.kind === 'national' && r.countryCode === coordinator) : true) : false;
  // organisers start from the templates: first when there is no round yet, after the list once there are
  const templates = !coordinator && rounds.data ? <RoundTemplates competitionId={competitionId} first={rounds.data.length === 0} /> : null;
  const quota = rounds.data?.find((r) => r.kind === 'final')?.countryQuota;
  const location = useLocation();
  const loaded = rounds.isSuccess;
  // the dashboard's "Judges" step links to the panels (#rounds-panels-h): go there once the rounds are on the page
  useEffect(() => {
    if (!loaded || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [loaded, location.hash]);

  return (
    <Page
      title={name ? t('rounds.list.titleOf', { competition: name }) : t('rounds.list.title')}
      lead={
        <>
          {t('roundSetup.list.lead')} {t('common.timesShownIn', { zone: viewerTimeZone() })}
        </>
      }
      actions={
        canCreate ? (
          <Link className="btn btn-primary" to={paths.rounds.create(base, competitionId)}>
            {t('rounds.list.new')}
          </Link>
        ) : null
      }
    >
      <p>
        {coordinator ? (
          <Link to={paths.coordinate(coordinator)}>{t('rounds.backToCountry')}</Link>
        ) : (
          <Link to={paths.admin.competition(competitionId)}>{t('rounds.backToCompetition')}</Link>
        )}
      </p>
      {rounds.isPending ? <Loading /> : null}
      {rounds.isError ? <ErrorNotice error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      {/* the list, then the templates: with no round yet, the templates come first (one place, so that their state stays) */}
      {rounds.data?.length ? (
        <section aria-labelledby="rounds-list-h">
          <h2 id="rounds-list-h">{t('rounds.list.heading')}</h2>
          <RoundsTable rounds={rounds.data} countryName={countries.nameOf} roundHref={(id) => paths.rounds.round(base, id)} />
        </section>
      ) : rounds.data && !templates ? (
        <RoundsTable rounds={[]} countryName={countries.nameOf} roundHref={(id) => paths.rounds.round(base, id)} />
      ) : null}
      {templates}
      {/* then what comes next: judges for each round, and opening the rounds that are ready */}
      {rounds.data?.length ? (
        <PanelsSection rounds={rounds.data} countryName={countries.nameOf} panelHref={(id) => paths.rounds.round(base, id, 'panel')} />
      ) : null}
      {rounds.data?.length ? <OpenReadySection competitionId={competitionId} countryName={countries.nameOf} /> : null}
      {rounds.data ? <RoundKindsExplained quota={quota} /> : null}
    </Page>
  );
}
