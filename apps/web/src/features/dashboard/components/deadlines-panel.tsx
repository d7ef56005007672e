import { useTranslation } from '../../../lib/use-translation';
import { formatDateTime, formatRelativeTime } from '../../../lib/format';
import type { Dashboard } from '../api/get-dashboard';
import { roundName } from '../utils/round-name';

interface Window {
  opensAt: string;
  closesAt: string;
  state: 'upcoming' | 'open' | 'closed';
}

/** One window: its dates and what is left ("closes in 3 days"), by the clock of the figures (`now`). */
function WindowItem({ name, window, now, status }: { name: string; window: Window; now: Date; status?: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const left =
    window.state === 'upcoming'
      ? t('dashboard.deadlines.opensIn', { when: formatRelativeTime(window.opensAt, lng, now) })
      : window.state === 'open'
        ? t('dashboard.deadlines.closesIn', { when: formatRelativeTime(window.closesAt, lng, now) })
        : t('dashboard.deadlines.closedAgo', { when: formatRelativeTime(window.closesAt, lng, now) });
  return (
    <li className={`dash-deadline dash-deadline-${window.state}`}>
      <span className="dash-deadline-name">
        {name}
        {status ? <span className="muted small"> · {status}</span> : null}
      </span>
      <span className="dash-deadline-left">{left}</span>
      <span className="muted small">
        {t('dashboard.deadlines.range', { from: formatDateTime(window.opensAt, lng), to: formatDateTime(window.closesAt, lng) })}
      </span>
    </li>
  );
}

/** The submission window and each round's judging window, with what is left of each. */
export function DeadlinesPanel({ deadlines, asOf, countryName }: { deadlines: Dashboard['deadlines']; asOf: string; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const now = new Date(asOf);
  return (
    <section className="panel" aria-labelledby="dash-deadlines-h">
      <h2 id="dash-deadlines-h">{t('dashboard.deadlines.title')}</h2>
      <ul className="dash-deadlines">
        <WindowItem name={t('dashboard.deadlines.submission')} window={deadlines.submission} now={now} />
        {deadlines.rounds.map((r) => (
          <WindowItem key={r.roundId} name={roundName(t, r, countryName)} window={r} now={now} status={t(`dashboard.roundStatus.${r.status}`)} />
        ))}
      </ul>
      {deadlines.rounds.length === 0 ? <p className="muted small">{t('dashboard.deadlines.noRounds')}</p> : null}
      {deadlines.ceremonyAt ? (
        <p className="small">
          {t('dashboard.deadlines.ceremony', {
            when: formatDateTime(deadlines.ceremonyAt, i18n.language),
            left: formatRelativeTime(deadlines.ceremonyAt, i18n.language, now),
          })}
        </p>
      ) : null}
    </section>
  );
}
