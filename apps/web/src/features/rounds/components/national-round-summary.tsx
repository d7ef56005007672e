import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatNumber } from '../../../lib/format';
import { useRounds } from '../../../api/get-rounds';
import { RoundStatusBadge } from './badges';
import { RoundWindow } from './round-window';
import './rounds.css';

export interface NationalRoundSummaryProps {
  competitionId: string;
  competitionName: string;
  countryCode: string;
  roundHref: (id: string) => string;
  createHref: string;
}

/** A country's national round in one competition: its status, window and progress, or the way to set it up. */
export function NationalRoundSummary({ competitionId, competitionName, countryCode, roundHref, createHref }: NationalRoundSummaryProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const rounds = useRounds(competitionId);
  const round = rounds.data?.find((r) => r.kind === 'national' && r.countryCode === countryCode);
  return (
    <div className="national-round">
      <h3>{competitionName}</h3>
      {rounds.isPending ? <Loading /> : null}
      {rounds.isError ? <ErrorNotice error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      {rounds.data ? (
        round ? (
          <>
            <p>
              <RoundStatusBadge status={round.status} /> <RoundWindow round={round} zone />
            </p>
            <p className="small">
              {t('rounds.national.counts', {
                entries: formatNumber(round.counts.entries, lng),
                judges: formatNumber(round.counts.judges, lng),
                submitted: formatNumber(round.counts.submitted, lng),
                assigned: formatNumber(round.counts.assignments, lng),
              })}
            </p>
            <Link className="btn btn-primary" to={roundHref(round.id)}>
              {t('rounds.national.open')}
            </Link>
          </>
        ) : (
          <>
            <p className="muted">{t('rounds.national.none')}</p>
            <Link className="btn btn-secondary" to={createHref}>
              {t('rounds.national.setUp')}
            </Link>
          </>
        )
      ) : null}
    </div>
  );
}
