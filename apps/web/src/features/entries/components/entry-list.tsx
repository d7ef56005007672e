import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { EmptyState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import type { EntrySummary } from '../api/get-entries';
import { EligibilityBadge, EntryStatusBadge } from './entry-badges';

export interface EntryListProps {
  entries: EntrySummary[];
  linkTo: (id: string) => string;
  competitionName?: (id: string) => string;
  showSchool?: boolean;
  emptyText: string;
}

/** Entries as a table: title (a link), code, status, eligibility, team size and last change. */
export function EntryList({ entries, linkTo, competitionName, showSchool, emptyText }: EntryListProps) {
  const { t, i18n } = useTranslation();
  if (!entries.length) return <EmptyState>{emptyText}</EmptyState>;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('entries.fields.title')}</th>
            <th scope="col">{t('entries.code')}</th>
            {showSchool ? <th scope="col">{t('entries.school')}</th> : null}
            <th scope="col">{t('entries.statusLabel')}</th>
            <th scope="col" className="num">
              {t('entries.teamSize')}
            </th>
            <th scope="col">{t('entries.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                {/* the title as its team wrote it, in whatever language: isolated, as user text of unknown direction is */}
                <Link to={linkTo(e.id)}>{e.title ? <bdi>{e.title}</bdi> : t('entries.untitled')}</Link>
                {competitionName ? <div className="muted small">{competitionName(e.competitionId)}</div> : null}
              </td>
              <td>
                <code>{e.code}</code>
              </td>
              {showSchool ? <td>{e.schoolName}</td> : null}
              <td>
                <span className="badges">
                  <EntryStatusBadge status={e.status} />
                  {e.status === 'submitted' ? <EligibilityBadge eligibility={e.eligibility} /> : null}
                </span>
              </td>
              <td className="num">{e.memberCount}</td>
              <td>{formatDateTime(e.updatedAt, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
