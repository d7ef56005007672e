import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import type { Dashboard } from '../api/get-dashboard';
import type { DashboardPlace } from '../utils/links';
import { AlertsList } from './alerts-list';
import { DeadlinesPanel } from './deadlines-panel';
import { FunnelChart } from './funnel-chart';
import { JudgingProgress } from './judging-progress';
import { SetupChecklist } from './setup-checklist';
import { TranslationsPanel } from './translations-panel';
import './dashboard.css';
import { formatList, sortedCountries } from '../../../lib/format';

/**
 * The body of a competition's dashboard: what needs attention, the setup checklist, deadlines, the funnel and judging
 * progress. While setup is unfinished the checklist comes first; once done, it moves to the end.
 */
export function DashboardView({ data, place, countryName }: { data: Dashboard; place: DashboardPlace; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const setupDone = data.checklist.every((s) => s.state === 'done');
  const checklist = <SetupChecklist key="checklist" steps={data.checklist} place={place} countryName={countryName} />;
  const panels: ReactNode[] = [
    <AlertsList key="alerts" alerts={data.alerts} place={place} countryName={countryName} />,
    <DeadlinesPanel key="deadlines" deadlines={data.deadlines} asOf={data.asOf} countryName={countryName} />,
    <JudgingProgress
      key="judging"
      rounds={data.judging}
      countryName={countryName}
      progressHref={(roundId) => paths.rounds.round(paths.rounds.base(place.coordinatorCountry), roundId, 'progress')}
    />,
    <div key="funnel" className="dash-wide">
      <FunnelChart funnel={data.funnel} countryName={countryName} />
    </div>,
    // the texts in every language of the competition: organisers write them
    ...(place.coordinatorCountry ? [] : [<TranslationsPanel key="translations" competitionId={place.competitionId} />]),
  ];
  return (
    <>
      {data.restricted ? (
        <p className="dash-scope muted">
          {t('dashboard.scope', {
            countries: formatList(
              sortedCountries(data.countries, i18n.language).map((c) => countryName(c.code)),
              i18n.language,
            ),
            count: data.countries.length,
          })}
        </p>
      ) : null}
      <div className="dash-grid">{setupDone ? [...panels, checklist] : [checklist, ...panels]}</div>
    </>
  );
}
