import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { useCompetitions } from '../../features/competitions/api/get-competitions';
import { useEntries } from '../../features/entries/api/get-entries';
import { EntryList } from '../../features/entries/components/entry-list';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';

/** A student's or teacher's entries, with a way to start a new one. */
export function MyEntriesRoute() {
  const { t, i18n } = useTranslation();
  const entries = useEntries();
  const competitions = useCompetitions();
  const competitionName = (id: string) => localize(competitions.data?.find((c) => c.id === id)?.name, i18n.language);
  return (
    <Page
      title={t('entries.myTitle')}
      lead={t('entries.myLead')}
      actions={
        <Link to={paths.me.newEntry} className="btn btn-primary">
          {t('entries.new')}
        </Link>
      }
    >
      {entries.isPending ? <Loading /> : null}
      {entries.isError ? <ErrorNotice error={entries.error} onRetry={() => void entries.refetch()} /> : null}
      {entries.data ? <EntryList entries={entries.data} linkTo={paths.me.entry} competitionName={competitionName} emptyText={t('entries.noneYet')} /> : null}
    </Page>
  );
}
