import { useTranslation } from '../../../lib/use-translation';
import { formatDateTime } from '../../../lib/format';
import type { JudgeRound } from '../api/get-judge-rounds';
import { viewerTimeZone } from '../utils/round';

/** The scoring window, in the viewer's time zone, with that zone named. */
export function RoundWindow({ round }: { round: Pick<JudgeRound, 'opensAt' | 'closesAt'> }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <span className="judge-window">
      {t('judge.round.window', { opens: formatDateTime(round.opensAt, lng), closes: formatDateTime(round.closesAt, lng) })}{' '}
      <span className="muted small">{t('judge.round.timeZone', { zone: viewerTimeZone() })}</span>
    </span>
  );
}
