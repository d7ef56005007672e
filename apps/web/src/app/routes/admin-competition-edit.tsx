import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading, Notice } from '../../components/ui/query-state';
import { useCompetition } from '../../api/get-competition';
import { CompetitionForm } from '../../features/competitions/components/competition-form';
import { VoteSettings } from '../../features/voting/components/vote-settings';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';
import { useCountryNames } from '../../api/get-countries';

export function AdminCompetitionEditRoute() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const countries = useCountryNames();
  const query = useCompetition(id);
  const [savedAt, setSavedAt] = useState<number | null>((location.state as { saved?: string } | null)?.saved ? Date.now() : null);

  if (query.isPending || countries.query.isPending)
    return (
      <Page title={t('admin.form.editTitle')}>
        <Loading />
      </Page>
    );
  if (query.isError || countries.query.isError)
    return (
      <Page title={t('admin.form.editTitle')}>
        <ErrorNotice error={query.error ?? countries.query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  const c = query.data;
  return (
    <Page
      title={t('admin.form.editNamed', { name: localize(c.name, i18n.language) })}
      actions={
        <>
          <Link className="btn btn-primary" to={paths.rounds.list(paths.rounds.base(), c.id)}>
            {t('rounds.list.link')}
          </Link>
          <Link className="btn btn-secondary" to={paths.admin.results(c.id)}>
            {t('results.links.results')}
          </Link>
          <Link className="btn btn-secondary" to={paths.admin.awards(c.id)}>
            {t('results.links.awards')}
          </Link>
          <Link className="btn btn-secondary" to={paths.ceremony(c.id)}>
            {t('results.links.ceremony')}
          </Link>
          <Link className="btn btn-secondary" to={`${paths.campaigns.list(paths.campaigns.base())}?competitionId=${encodeURIComponent(c.id)}`}>
            {t('campaigns.competitionLink')}
          </Link>
          <Link className="btn btn-secondary" to={paths.competition(c.slug)}>
            {t('admin.form.viewPublic')}
          </Link>
          <a className="btn btn-secondary" href={`/api/competitions/${encodeURIComponent(c.id)}/exports/entries.csv`} download>
            {t('results.links.entriesCsv')}
          </a>
          <a className="btn btn-secondary" href={`/api/competitions/${encodeURIComponent(c.id)}/exports/scores.csv`} download>
            {t('results.links.scoresCsv')}
          </a>
        </>
      }
    >
      {savedAt ? <Notice tone="success">{t('admin.form.saved')}</Notice> : null}
      <CompetitionForm key={`${c.id}`} competition={c} countries={countries.list} onSaved={() => setSavedAt(Date.now())} />
      <VoteSettings key={`vote-${c.id}`} competition={c} />
    </Page>
  );
}
