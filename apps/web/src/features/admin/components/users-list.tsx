import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import type { CountryOption } from '../../../components/ui/country-select';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';
import { formatDateTime, formatList, formatNumber } from '../../../lib/format';
import { useUsers, type UserSummary } from '../api/get-users';
import { useSetUserCountry } from '../api/set-user-country';
import { Pager } from './outbox-list';

const PAGE = 50;

/**
 * Every account, for organisers. An account's country can change here (audit-logged): the only way a judge's country
 * changes, since an invitation never does. A student's or teacher's country is their school's.
 */
export function UsersList({ countryName, countries = [] }: { countryName: (code: string) => string; countries?: CountryOption[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [offset, setOffset] = useState(0);
  const query = useUsers(PAGE, offset);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ name: string; country: string } | null>(null);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const { items, total } = query.data;
  if (!items.length) return <EmptyState>{t('users.none')}</EmptyState>;
  return (
    <div className="stack">
      <p className="muted small">{t('users.country.hint')}</p>
      {saved ? <Notice tone="success">{t('users.country.saved', saved)}</Notice> : null}
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
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((u) => (
              <tr key={u.id}>
                <td id={`user-${u.id}-name`}>{u.displayName}</td>
                <td className="break">{u.email}</td>
                <td>
                  {formatList(
                    u.roles.map((r) => (r.countryCode ? `${t(`roles.${r.role}`)} (${countryName(r.countryCode)})` : t(`roles.${r.role}`))),
                    lng,
                  )}
                </td>
                <td>
                  {editing === u.id ? (
                    <CountryEditor
                      user={u}
                      countries={countries}
                      onDone={(country) => {
                        setEditing(null);
                        if (country) setSaved({ name: u.displayName, country });
                      }}
                    />
                  ) : u.countryCode ? (
                    countryName(u.countryCode)
                  ) : (
                    '—'
                  )}
                </td>
                <td>{u.schoolName ?? '—'}</td>
                <td className="small">{formatDateTime(u.createdAt, lng)}</td>
                <td>
                  {u.schoolName || editing === u.id ? null : (
                    <Button
                      variant="link"
                      aria-describedby={`user-${u.id}-name`}
                      onClick={() => {
                        setSaved(null);
                        setEditing(u.id);
                      }}
                    >
                      {t('users.country.change')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager offset={offset} count={items.length} total={total} page={PAGE} onChange={setOffset} />
    </div>
  );
}

/** The account's country, chosen and saved in place; Escape or Cancel leaves it as it was. */
function CountryEditor({ user, countries, onDone }: { user: UserSummary; countries: CountryOption[]; onDone: (country: string | null) => void }) {
  const { t } = useTranslation();
  const set = useSetUserCountry();
  const [country, setCountry] = useState(user.countryCode ?? '');
  const id = `user-country-${user.id}`;
  return (
    <div className="stack" onKeyDown={(e) => (e.key === 'Escape' ? onDone(null) : undefined)}>
      <label className="visually-hidden" htmlFor={id}>
        {t('users.country.label', { name: user.displayName })}
      </label>
      {/* the editor opens on the organiser's request: the choice comes first */}
      <select id={id} value={country} onChange={(e) => setCountry(e.target.value)} autoFocus>
        <option value="">{t('auth.chooseCountry')}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
      {set.isError ? <p className="field-error">{errorMessage(t, set.error)}</p> : null}
      <div className="form-actions">
        <Button
          busy={set.isPending}
          disabled={!country || country === user.countryCode}
          onClick={() => set.mutate({ userId: user.id, countryCode: country }, { onSuccess: () => onDone(country) })}
        >
          {t('users.country.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
