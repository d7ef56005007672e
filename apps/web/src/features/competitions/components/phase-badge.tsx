import { useTranslation } from '../../../lib/use-translation';
import type { CompetitionSummary } from '../../../api/get-competitions';

export function PhaseBadge({ phase }: { phase: CompetitionSummary['submissionPhase'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-phase-${phase}`}>{t(`competitions.phase.${phase}`)}</span>;
}

export function StatusBadge({ status }: { status: CompetitionSummary['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status-${status}`}>{t(`competitions.status.${status}`)}</span>;
}
