import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { EmptyState } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { roundName } from '../utils/round-label';
import { RoundStatusBadge } from './badges';
import { DataTable } from './data-table';
import { RoundWindow } from './round-window';
import './rounds.css';

export interface RoundsTableProps {
  rounds: Schemas['RoundDto'][];
  countryName: (code: string) => string;
  roundHref: (id: string) => string;
}

/** A competition's rounds: which, status, window, settings and counts; each opens its page. */
export function RoundsTable({ rounds, countryName, roundHref }: RoundsTableProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  if (!rounds.length) return <EmptyState>{t('rounds.list.none')}</EmptyState>;
  return (
    <DataTable
      caption={t('rounds.list.caption')}
      className="rounds-table"
      columns={[
        { label: t('rounds.list.round') },
        { label: t('rounds.list.status') },
        { label: t('rounds.list.window') },
        { label: t('rounds.list.settings') },
        { label: t('rounds.counts.entries'), num: true },
        { label: t('rounds.counts.judges'), num: true },
        { label: t('rounds.counts.scorecards'), num: true },
      ]}
    >
      {rounds.map((r) => (
        <tr key={r.id}>
          <th scope="row">
            <Link to={roundHref(r.id)}>{roundName(t, r, countryName)}</Link>
          </th>
          <td data-label={t('rounds.list.status')}>
            <RoundStatusBadge status={r.status} />
          </td>
          <td data-label={t('rounds.list.window')} className="small">
            <RoundWindow round={r} />
          </td>
          <td data-label={t('rounds.list.settings')} className="small">
            <div>{t('rounds.settings.kSummary', { n: r.judgesPerEntry })}</div>
            <div>{r.blind ? t('rounds.settings.blindOn') : t('rounds.settings.blindOff')}</div>
            {r.kind === 'final' && r.countryQuota !== null ? <div>{t('rounds.settings.quotaSummary', { n: r.countryQuota })}</div> : null}
          </td>
          <td data-label={t('rounds.counts.entries')} className="num">
            {formatNumber(r.counts.entries, lng)}
          </td>
          <td data-label={t('rounds.counts.judges')} className="num">
            {formatNumber(r.counts.judges, lng)}
          </td>
          <td data-label={t('rounds.counts.scorecards')} className="num">
            {t('rounds.counts.submittedOf', { submitted: formatNumber(r.counts.submitted, lng), assigned: formatNumber(r.counts.assignments, lng) })}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
