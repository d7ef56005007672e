import { useTranslation } from '../../../lib/use-translation';
import type { JudgeRound } from '../api/get-judge-rounds';
import type { QueueItem } from '../api/get-queue';
import { roundPhase } from '../utils/round';
import './judging.css';

/** Where a scorecard stands: not started, draft, submitted or locked. */
export function ScorecardBadge({ status }: { status: QueueItem['scorecard'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-scorecard-${status}`}>{t(`judge.scorecardStatus.${status}`)}</span>;
}

/** Whether judges can score now: not open yet, open, or closed. */
export function RoundPhaseBadge({ round }: { round: Pick<JudgeRound, 'status' | 'opensAt' | 'closesAt'> }) {
  const { t } = useTranslation();
  const phase = roundPhase(round);
  return <span className={`badge badge-phase-${phase}`}>{t(`judge.phase.${phase}`)}</span>;
}
