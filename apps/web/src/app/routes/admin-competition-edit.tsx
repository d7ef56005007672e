import { useEffect, useState } from 'react';
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
  const ready = query.isSuccess && countries.query.isSuccess;
  // a link from the dashboard's checklist names a section (#cf-categories-h): go there once the form is on the page
  useEffect(() => {
    if (!ready || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [ready, location.hash]);

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
      title={t('dashboard.settings.title', { name: localize(c.name, i18n.language) })}
      lead={t('dashboard.settings.lead')}
      actions={
        <>
          <Link className="btn btn-primary" to={paths.admin.competition(c.id)}>
            {t('dashboard.settings.back')}
          </Link>
          <Link className="btn btn-secondary" to={paths.competition(c.slug)}>
            {t('admin.form.viewPublic')}
          </Link>
        </>
      }
    >
      {savedAt ? <Notice tone="success">{t('admin.form.saved')}</Notice> : null}
      <CompetitionForm key={`${c.id}`} competition={c} countries={countries.list} onSaved={() => setSavedAt(Date.now())} />
      <VoteSettings key={`vote-${c.id}`} competition={c} />
    </Page>
  );
}
