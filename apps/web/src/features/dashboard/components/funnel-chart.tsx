import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { formatNumber } from '../../../lib/format';
import { localize } from '../../../lib/localized-text';
import type { Dashboard, FunnelCounts } from '../api/get-dashboard';
import { ChartFigure, ChartTableToggle } from '../../../components/ui/chart-figure';

export const STAGES = ['draft', 'submitted', 'eligible', 'judged', 'finalist', 'winner'] as const;
type View = 'total' | 'country' | 'category';

const pct = (n: number) => `${Math.max(0, Math.min(100, n * 100))}%`;

/** One group's six stages as horizontal bars, scaled to `max` so that groups compare. */
function StageBars({ counts, max }: { counts: FunnelCounts; max: number }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="dash-bars">
      {STAGES.map((s) => (
        <li key={s} className="dash-bar-row">
          <span className="dash-bar-label">{t(`dashboard.funnel.stages.${s}`)}</span>
          <span className="dash-bar-track">
            <span className={`dash-bar-fill${s === 'draft' ? ' dash-bar-fill-draft' : ''}`} style={{ width: pct(counts[s] / max) }} />
          </span>
          <span className="dash-bar-value">{formatNumber(counts[s], i18n.language)}</span>
        </li>
      ))}
    </ol>
  );
}

/** A group's entries by the furthest stage each reached (the funnel's figures count those that reached a stage or went further). */
function furthest(c: FunnelCounts): Record<(typeof STAGES)[number], number> {
  return {
    draft: c.draft,
    submitted: c.submitted - c.eligible,
    eligible: c.eligible - c.judged,
    judged: c.judged - c.finalist,
    finalist: c.finalist - c.winner,
    winner: c.winner,
  };
}

/** One bar per group (a country, a category), split by the furthest stage its entries reached, on one scale. */
function StackedBars({ groups }: { groups: { key: string; label: string; counts: FunnelCounts }[] }) {
  const { t, i18n } = useTranslation();
  const total = (c: FunnelCounts) => c.draft + c.submitted;
  const max = Math.max(1, ...groups.map((g) => total(g.counts)));
  return (
    <>
      <ol className="dash-bars">
        {groups.map((g) => {
          const parts = furthest(g.counts);
          return (
            <li key={g.key} className="dash-bar-row">
              <span className="dash-bar-label">{g.label}</span>
              {total(g.counts) > 0 ? (
                <span className="dash-bar-track" style={{ width: pct(total(g.counts) / max) }}>
                  {STAGES.map((s) =>
                    parts[s] > 0 ? <span key={s} className={`dash-seg dash-seg-${s}`} style={{ width: pct(parts[s] / total(g.counts)) }} /> : null,
                  )}
                </span>
              ) : (
                <span />
              )}
              <span className="dash-bar-value">
                {t('dashboard.funnel.entries', { count: total(g.counts), n: formatNumber(total(g.counts), i18n.language) })}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="dash-legend small">
        {STAGES.map((s) => (
          <span key={s}>
            <span className={`dash-swatch dash-seg-${s}`} /> {t(`dashboard.funnel.stages.${s}`)}
          </span>
        ))}
      </p>
    </>
  );
}

/**
 * The funnel of the competition's entries: drafts, then how many reached each stage, as bars; in total, by country or
 * by category (one set of bars each, on one scale). The same figures as a table, for screen readers and on request.
 */
export function FunnelChart({ funnel, countryName }: { funnel: Dashboard['funnel']; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [view, setView] = useState<View>('total');
  const [showTable, setShowTable] = useState(false);
  const groups: { key: string; label: string; counts: FunnelCounts }[] =
    view === 'country'
      ? funnel.byCountry.map((c) => ({ key: c.countryCode, label: countryName(c.countryCode), counts: c.counts }))
      : view === 'category'
        ? funnel.byCategory.map((c) => ({ key: c.categoryId, label: localize(c.name, lng), counts: c.counts }))
        : [{ key: 'total', label: t('dashboard.funnel.total'), counts: funnel.total }];
  const max = Math.max(1, ...groups.flatMap((g) => STAGES.map((s) => g.counts[s])));
  const title = t(`dashboard.funnel.view.${view}`);
  const empty = STAGES.every((s) => funnel.total[s] === 0);

  const chart = view === 'total' ? <StageBars counts={funnel.total} max={max} /> : <StackedBars groups={groups} />;
  const table = (
    <table className="table dash-table">
      <caption className="table-caption">{title}</caption>
      <thead>
        <tr>
          <th scope="col">
            {t(view === 'country' ? 'dashboard.funnel.country' : view === 'category' ? 'dashboard.funnel.category' : 'dashboard.funnel.group')}
          </th>
          {STAGES.map((s) => (
            <th key={s} scope="col" className="num">
              {t(`dashboard.funnel.stages.${s}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key}>
            <th scope="row">{g.label}</th>
            {STAGES.map((s) => (
              <td key={s} className="num">
                {formatNumber(g.counts[s], lng)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className="panel" aria-labelledby="dash-funnel-h">
      <div className="dash-panel-head">
        <h2 id="dash-funnel-h">{t('dashboard.funnel.title')}</h2>
        {empty ? null : <ChartTableToggle pressed={showTable} onChange={setShowTable} label={t('dashboard.showTable')} />}
      </div>
      {empty ? null : (
        <div className="dash-views" role="group" aria-label={t('dashboard.funnel.viewLabel')}>
          {(['total', 'country', 'category'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className={`btn ${v === view ? 'btn-primary' : 'btn-secondary'}`}
              aria-pressed={v === view}
              onClick={() => setView(v)}
            >
              {t(`dashboard.funnel.viewButton.${v}`)}
            </button>
          ))}
        </div>
      )}
      {empty ? (
        <p className="muted">{t('dashboard.funnel.empty')}</p>
      ) : (
        <ChartFigure
          id="dash-funnel"
          title={title}
          summary={t(view === 'total' ? 'dashboard.funnel.summary' : 'dashboard.funnel.summaryBy')}
          showTable={showTable}
          chart={chart}
          table={table}
        />
      )}
    </section>
  );
}
