import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import type { DashboardAlert } from '../api/get-dashboard';
import { alertHref, type DashboardPlace } from '../utils/links';
import { roundName } from '../utils/round-name';

/** What needs attention, most urgent first: each a sentence with its facts and a link to where it is fixed. */
export function AlertsList({ alerts, place, countryName }: { alerts: DashboardAlert[]; place: DashboardPlace; countryName: (code: string) => string }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="dash-alerts-h">
      <div className="dash-panel-head">
        <h2 id="dash-alerts-h">{t('dashboard.alerts.title')}</h2>
        {alerts.length ? <span className="muted small">{t('dashboard.alerts.count', { count: alerts.length })}</span> : null}
      </div>
      {alerts.length === 0 ? (
        <p className="muted">{t('dashboard.alerts.none')}</p>
      ) : (
        <ul className="dash-alerts">
          {alerts.map((alert) => {
            const round = alert.round ? roundName(t, alert.round, countryName) : '';
            const text = t(`dashboard.alerts.${alert.code}`, { count: alert.count, threshold: alert.threshold ?? 0, round });
            const action = t(alert.target.kind === 'round' ? `dashboard.alerts.open.${alert.target.section ?? 'panel'}` : 'dashboard.alerts.open.entries');
            return (
              <li key={`${alert.code}-${alert.round?.roundId ?? ''}`} className="dash-alert">
                <span className="dash-alert-icon" aria-hidden="true">
                  ⚠
                </span>
                <span>{text}</span>
                <span className="dash-alert-links">
                  <Link to={alertHref(alert, place)} aria-label={`${action}: ${text}`}>
                    {action}
                  </Link>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
