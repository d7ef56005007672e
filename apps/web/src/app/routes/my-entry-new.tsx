import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { useMe } from '../../api/get-me';
import { competitionQueryOptions } from '../../api/get-competition';
import { useCompetitions } from '../../api/get-competitions';
import { EntryForm } from '../../features/entries/components/entry-form';
import type { EntryCompetitionOption } from '../../features/entries/components/entry-fields';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';

/** Starting an entry: only published competitions open for entries in which the viewer's country takes part. */
export function MyEntryNewRoute() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const navigate = useNavigate();
  const me = useMe();
  const list = useCompetitions();
  const open = useMemo(() => (list.data ?? []).filter((c) => c.status === 'published' && c.submissionPhase === 'open'), [list.data]);
  const details = useQueries({ queries: open.map((c) => competitionQueryOptions(c.id)) });
  const loading = list.isPending || me.isPending || details.some((d) => d.isPending);
  const failed = list.error ?? details.find((d) => d.error)?.error;
  const country = me.data?.countryCode ?? null;
  const options: EntryCompetitionOption[] = details
    .flatMap((d) => (d.data ? [d.data] : []))
    .filter((c) => !country || c.countryCodes.includes(country))
    .map((c) => ({
      id: c.id,
      name: localize(c.name, lng),
      languages: c.languages,
      categories: [...c.categories]
        .sort((a, b) => a.position - b.position)
        .map((cat) => ({ id: cat.id, name: localize(cat.name, lng), minAge: cat.minAge, maxAge: cat.maxAge })),
    }));

  return (
    <Page title={t('entries.newTitle')} lead={t('entries.newLead')}>
      {loading ? <Loading /> : null}
      {!loading && failed ? <ErrorNotice error={failed} onRetry={() => void list.refetch()} /> : null}
      {!loading && !failed && options.length === 0 ? (
        <div className="notice notice-info">
          <p>{t('entries.noOpenCompetition')}</p>
          <p>
            <Link to={paths.home}>{t('competitions.backToList')}</Link>
          </p>
        </div>
      ) : null}
      {!loading && !failed && options.length ? <EntryForm competitions={options} onCreated={(entry) => void navigate(paths.me.entry(entry.id))} /> : null}
    </Page>
  );
}
