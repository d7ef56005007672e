import { formatter } from '@clapper/domain/formats';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { Page } from '../../../components/ui/page';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { localize } from '../../../lib/localized-text';
import { useCountryOverview } from '../api/get-country-overview';
import { TeacherRequests } from './teacher-requests';

/** A country coordinator's view of their country: competitions, schools and accounts. */
export function CountryOverview({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const query = useCountryOverview(code);

  if (query.isPending)
    return (
      <Page title={t('coordinate.title', { country: code })}>
        <Loading />
      </Page>
    );
  if (query.isError) {
    const e = query.error;
    if (e instanceof ApiError && e.status === 403)
      return (
        <Page title={t('coordinate.notYourCountryTitle')}>
          <ErrorNotice title={t('coordinate.notYourCountry', { country: code })} />
        </Page>
      );
    if (e instanceof ApiError && e.status === 404)
      return (
        <Page title={t('coordinate.unknownCountryTitle')}>
          <ErrorNotice title={t('coordinate.unknownCountry', { country: code })} />
        </Page>
      );
    return (
      <Page title={t('coordinate.title', { country: code })}>
        <ErrorNotice error={e} onRetry={() => void query.refetch()} />
      </Page>
    );
  }

  const o = query.data;
  const countryName = formatter(lng).country(o.country.code);
  const byRole = Object.entries(o.accountsByRole as Record<string, unknown>).map(([role, n]) => [role, Number(n)] as const);
  const schools = [...o.schools].sort((a, b) => a.name.localeCompare(b.name, lng));

  return (
    <Page title={t('coordinate.title', { country: countryName })} lead={t('coordinate.lead')}>
      <TeacherRequests country={o.country.code} />
      <section className="panel" aria-labelledby="co-comp-h">
        <h2 id="co-comp-h">{t('coordinate.competitions')}</h2>
        {o.competitions.length ? (
          <ul className="plain-list">
            {o.competitions.map((c) => (
              <li key={c.id}>
                <Link to={paths.competition(c.slug)}>{localize(c.name, lng)}</Link>{' '}
                <span className={`badge badge-status-${c.status}`}>{t(`competitions.status.${c.status}`)}</span>
                <div className="muted small">
                  {t('competitions.windowRange', { from: formatDateTime(c.submissionOpensAt, lng), to: formatDateTime(c.submissionClosesAt, lng) })}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('coordinate.noCompetitions')}</EmptyState>
        )}
      </section>

      <section className="panel" aria-labelledby="co-schools-h">
        <h2 id="co-schools-h">
          {t('coordinate.schools')} <span className="muted">({formatNumber(schools.length, lng)})</span>
        </h2>
        {schools.length ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('coordinate.school')}</th>
                  <th scope="col" className="num">
                    {t('coordinate.students')}
                  </th>
                  <th scope="col" className="num">
                    {t('coordinate.teachers')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {schools.map((s) => (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td className="num">{formatNumber(s.students, lng)}</td>
                    <td className="num">{formatNumber(s.teachers, lng)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState>{t('coordinate.noSchools')}</EmptyState>
        )}
      </section>

      <section className="panel" aria-labelledby="co-roles-h">
        <h2 id="co-roles-h">{t('coordinate.accountsByRole')}</h2>
        {byRole.length ? (
          <dl className="facts">
            {byRole.map(([role, n]) => (
              <div key={role}>
                <dt>{t(`roles.${role}`, { defaultValue: role })}</dt>
                <dd>{formatNumber(n, lng)}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <EmptyState>{t('coordinate.noAccounts')}</EmptyState>
        )}
      </section>
    </Page>
  );
}
