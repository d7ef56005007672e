import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useUsers } from '../api/get-users';
import { Pager } from './outbox-list';

const PAGE = 50;

export function UsersList({ countryName }: { countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [offset, setOffset] = useState(0);
  const query = useUsers(PAGE, offset);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const { items, total } = query.data;
  if (!items.length) return <EmptyState>{t('users.none')}</EmptyState>;
  return (
    <div className="stack">
      <p className="muted">
        {t('common.showingRange', { from: formatNumber(offset + 1, lng), to: formatNumber(offset + items.length, lng), total: formatNumber(total, lng) })}
      </p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('auth.displayName')}</th>
              <th scope="col">{t('auth.email')}</th>
              <th scope="col">{t('users.roles')}</th>
              <th scope="col">{t('auth.country')}</th>
              <th scope="col">{t('auth.school')}</th>
              <th scope="col">{t('users.since')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((u) => (
              <tr key={u.id}>
                <td>{u.displayName}</td>
                <td className="break">{u.email}</td>
                <td>{u.roles.map((r) => (r.countryCode ? `${t(`roles.${r.role}`)} (${r.countryCode})` : t(`roles.${r.role}`))).join(', ')}</td>
                <td>{u.countryCode ? countryName(u.countryCode) : '—'}</td>
                <td>{u.schoolName ?? '—'}</td>
                <td className="small">{formatDateTime(u.createdAt, lng)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager offset={offset} count={items.length} total={total} page={PAGE} onChange={setOffset} />
    </div>
  );
}
