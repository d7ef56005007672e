import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { EmptyState } from '../../../components/ui/query-state';
import { localize } from '../../../lib/localized-text';
import type { JudgeRound } from '../api/get-judge-rounds';
import { roundKindLabel } from '../utils/round';
import { RoundPhaseBadge } from './badges';
import { ProgressMeter } from './progress-meter';
import { RoundWindow } from './round-window';

export interface RoundListProps {
  rounds: JudgeRound[];
  countryName: (code: string) => string;
  queueHref: (roundId: string) => string;
  declarationHref: (roundId: string) => string;
}

/** The judge's rounds as cards: competition, kind, window, status, progress, and the way to the queue. */
export function RoundList({ rounds, countryName, queueHref, declarationHref }: RoundListProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  if (!rounds.length) return <EmptyState>{t('judge.rounds.none')}</EmptyState>;
  return (
    <ul className="card-grid judge-rounds">
      {rounds.map((r) => {
        const headingId = `jr-${r.id}`;
        return (
          <li key={r.id} className="card judge-round-card">
            <h2 id={headingId} className="card-title">
              <Link to={queueHref(r.id)}>{localize(r.competitionName, lng)}</Link>
            </h2>
            <p className="judge-round-kind">
              {roundKindLabel(t, r, countryName)} <RoundPhaseBadge round={r} />
            </p>
            <p className="small">
              <RoundWindow round={r} />
            </p>
            <ProgressMeter id={`jr-progress-${r.id}`} label={t('judge.progress.label')} done={r.submitted} total={r.assigned} />
            {r.declared ? null : (
              <div className="notice notice-info">
                <p>{t('judge.rounds.declareFirst')}</p>
                <Link className="btn btn-primary" to={declarationHref(r.id)} aria-describedby={headingId}>
                  {t('judge.rounds.declare')}
                </Link>
              </div>
            )}
            <p className="judge-round-actions">
              <Link className={r.declared ? 'btn btn-primary' : 'btn btn-secondary'} to={queueHref(r.id)} aria-describedby={headingId}>
                {r.submitted < r.assigned ? t('judge.rounds.openQueue') : t('judge.rounds.reviewQueue')}
              </Link>
              {r.declared ? (
                <Link to={declarationHref(r.id)} aria-describedby={headingId}>
                  {t('judge.rounds.editDeclaration')}
                </Link>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
