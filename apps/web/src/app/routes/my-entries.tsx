import { Link } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading, Notice } from '../../components/ui/query-state';
import { useMe, type Me } from '../../api/get-me';
import { formatDateTime } from '../../lib/format';
import { useCountryNames } from '../../api/get-countries';
import { useCompetitions } from '../../api/get-competitions';
import { useEntries } from '../../features/entries/api/get-entries';
import { EntryList } from '../../features/entries/components/entry-list';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';

/**
 * A student's or teacher's entries, with a way to start a new one. A teacher whose link to the school is still a
 * request (or was refused) holds no role yet: they see where the request stands instead.
 */
export function MyEntriesRoute() {
  const me = useMe();
  const request = me.data?.teacherRequest;
  if (request && !me.data?.roles.some((r) => r.role === 'teacher' || r.role === 'student')) return <TeacherRequestState request={request} />;
  return <MyEntries />;
}

function TeacherRequestState({ request }: { request: NonNullable<Me['teacherRequest']> }) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useCountryNames();
  const vars = { school: request.schoolName ?? '', country: request.countryCode ? nameOf(request.countryCode) : '' };
  return (
    <Page title={t('entries.myTitle')}>
      {request.status === 'pending' ? (
        <Notice>
          <p className="notice-title">{t('entries.teacherPending.title', vars)}</p>
          <p>{t('entries.teacherPending.body', vars)}</p>
          <p className="muted small">{t('entries.teacherPending.since', { date: formatDateTime(request.requestedAt, i18n.language) })}</p>
        </Notice>
      ) : (
        <ErrorNotice title={t('entries.teacherRefused.title', vars)}>
          <p>{t('entries.teacherRefused.body', vars)}</p>
        </ErrorNotice>
      )}
    </Page>
  );
}

function MyEntries() {
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
