import { useTranslation } from '../../../lib/use-translation';
import type { CompetitionSummary } from '../../../api/get-competitions';
import './finished-edition.css';

/** Where a competition stands: open, not open yet, closed, or (once its results are public) results published. */
export function PhaseBadge({ phase, resultsPublished = false }: { phase: CompetitionSummary['submissionPhase']; resultsPublished?: boolean }) {
  const { t } = useTranslation();
  if (resultsPublished) return <span className="badge badge-phase-results">{t('winners.phase')}</span>;
  return <span className={`badge badge-phase-${phase}`}>{t(`competitions.phase.${phase}`)}</span>;
}

export function StatusBadge({ status }: { status: CompetitionSummary['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status-${status}`}>{t(`competitions.status.${status}`)}</span>;
}
