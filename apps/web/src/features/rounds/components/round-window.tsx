import { useTranslation } from '../../../lib/use-translation';
import type { Schemas } from '../../../lib/api-client';
import { viewerTimeZone } from '../../../lib/datetime-local';
import { formatDateTime } from '../../../lib/format';

/** The judging window in the viewer's time zone; `zone` also names the zone in words. */
export function RoundWindow({ round, zone = false }: { round: Pick<Schemas['RoundDto'], 'opensAt' | 'closesAt'>; zone?: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <span className="round-window">
      {t('rounds.window', { opens: formatDateTime(round.opensAt, lng), closes: formatDateTime(round.closesAt, lng) })}
      {zone ? (
        <>
          {' '}
          <span className="muted small">{t('rounds.timeZone', { zone: viewerTimeZone() })}</span>
        </>
      ) : null}
    </span>
  );
}
