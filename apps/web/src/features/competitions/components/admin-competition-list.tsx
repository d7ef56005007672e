import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { localize } from '../../../lib/localized-text';
import { useCompetitions } from '../../../api/get-competitions';
import { PhaseBadge, StatusBadge } from './phase-badge';

/** Every competition, drafts included (the API shows organisers all of them). */
export function AdminCompetitionList() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const query = useCompetitions();
  if (query.isPending) return <Loading label={t('competitions.loading')} />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data.length) return <EmptyState>{t('admin.competitions.none')}</EmptyState>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('admin.competitions.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.competitions.name')}</th>
            <th scope="col">{t('admin.competitions.status')}</th>
            <th scope="col">{t('competitions.submissionWindow')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {query.data.map((c) => {
            const name = localize(c.name, lng);
            return (
              <tr key={c.id}>
                <td>
                  <Link to={paths.admin.competition(c.id)}>{name}</Link>
                  <div className="muted small">{c.slug}</div>
                </td>
                <td>
                  <span className="badges">
                    <StatusBadge status={c.status} /> <PhaseBadge phase={c.submissionPhase} />
                  </span>
                </td>
                <td className="small">
                  {t('competitions.windowRange', {
                    from: formatDateTime(c.timeline.submissionOpensAt, lng),
                    to: formatDateTime(c.timeline.submissionClosesAt, lng),
                  })}
                </td>
                <td>
                  <span className="row-actions">
                    <Link to={paths.admin.competition(c.id)} aria-label={t('dashboard.list.dashboardOf', { name })}>
                      {t('dashboard.list.dashboard')}
                    </Link>
                    <Link to={paths.admin.competitionSettings(c.id)} aria-label={t('dashboard.list.settingsOf', { name })}>
                      {t('dashboard.list.settings')}
                    </Link>
                    <Link to={paths.competition(c.slug)} aria-label={t('competitions.viewNamed', { name })}>
                      {t('competitions.view')}
                    </Link>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
