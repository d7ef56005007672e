import { useTranslation } from '../../../lib/use-translation';
import type { Schemas } from '../../../lib/api-client';
import './rounds.css';

/** Draft, open or closed: in words, with a colour that only repeats them. */
export function RoundStatusBadge({ status }: { status: Schemas['RoundDto']['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-round-${status}`}>{t(`rounds.status.${status}`)}</span>;
}

/** Where a judge's scorecard for an entry stands. */
export function ScorecardStatusBadge({ status }: { status: Schemas['AssignedJudgeDto']['scorecard'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-card-${status}`}>{t(`rounds.scorecard.${status}`)}</span>;
}

/** A flag on a judge's scores (lenient, severe, flat): a prompt to look, with a sign besides the colour. */
export function FlagBadge({ flag }: { flag: Schemas['JudgeStatsItemDto']['flags'][number] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-flag badge-flag-${flag}`}>
      <span aria-hidden="true">⚑ </span>
      {t(`rounds.scores.flag.${flag}`)}
    </span>
  );
}
