import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { formatList, formatNumber } from '../../../lib/format';
import type { RoundProgress } from '../api/get-dashboard';
import { roundName } from '../utils/round-name';
import { ChartFigure, ChartTableToggle } from '../../../components/ui/chart-figure';

const pct = (n: number) => `${Math.max(0, Math.min(100, n * 100))}%`;

/**
 * Each round's scorecards submitted out of those assigned, as a bar with a mark where it should be by now, and the
 * judges behind schedule by name (the rule of the round's progress page). The figures are also a table.
 */
export function JudgingProgress({
  rounds,
  countryName,
  progressHref,
}: {
  rounds: RoundProgress[];
  countryName: (code: string) => string;
  progressHref: (roundId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [showTable, setShowTable] = useState(false);
  const list = (items: string[]) => formatList(items, lng);
  const title = t('dashboard.judging.title');

  const chart = (
    <>
      <ol className="dash-bars">
        {rounds.map((r) => (
          <li key={r.roundId} className="dash-bar-row">
            <span className="dash-bar-label">{roundName(t, r, countryName)}</span>
            <span className="dash-bar-track">
              <span className="dash-bar-fill" style={{ width: pct(r.assigned ? r.submitted / r.assigned : 0) }} />
              {r.status === 'open' ? <span className="dash-bar-expected" style={{ left: pct(r.elapsed) }} /> : null}
            </span>
            <span className="dash-bar-value">
              {r.assigned
                ? t('dashboard.judging.ofAssigned', { submitted: formatNumber(r.submitted, lng), assigned: formatNumber(r.assigned, lng) })
                : t('dashboard.judging.notAssigned')}
            </span>
          </li>
        ))}
      </ol>
      <p className="dash-legend small">
        <span>
          <span className="dash-swatch dash-bar-fill" /> {t('dashboard.judging.legendSubmitted')}
        </span>
        <span>
          <span className="dash-swatch-expected" /> {t('dashboard.judging.legendExpected')}
        </span>
      </p>
    </>
  );
  const table = (
    <table className="table dash-table">
      <caption className="table-caption">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.judging.round')}</th>
          <th scope="col" className="num">
            {t('dashboard.judging.submitted')}
          </th>
          <th scope="col" className="num">
            {t('dashboard.judging.assigned')}
          </th>
          <th scope="col" className="num">
            {t('dashboard.judging.judges')}
          </th>
          <th scope="col">{t('dashboard.judging.behind')}</th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((r) => (
          <tr key={r.roundId}>
            <th scope="row">{roundName(t, r, countryName)}</th>
            <td className="num">{formatNumber(r.submitted, lng)}</td>
            <td className="num">{formatNumber(r.assigned, lng)}</td>
            <td className="num">{formatNumber(r.judges, lng)}</td>
            <td>{r.behind.length ? list(r.behind.map((j) => j.displayName)) : t('dashboard.judging.nobodyBehind')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className="panel" aria-labelledby="dash-judging-h">
      <div className="dash-panel-head">
        <h2 id="dash-judging-h">{title}</h2>
        {rounds.length ? <ChartTableToggle pressed={showTable} onChange={setShowTable} label={t('dashboard.showTable')} /> : null}
      </div>
      {rounds.length === 0 ? (
        <p className="muted">{t('dashboard.judging.none')}</p>
      ) : (
        <>
          <ChartFigure id="dash-judging" title={t('dashboard.judging.chartTitle')} showTable={showTable} chart={chart} table={table} />
          {rounds
            .filter((r) => r.behind.length)
            .map((r) => (
              <p key={r.roundId} className="dash-behind">
                <span aria-hidden="true">⚠ </span>
                {t('dashboard.judging.behindIn', {
                  round: roundName(t, r, countryName),
                  names: list(r.behind.map((j) => t('dashboard.judging.judgeLeft', { name: j.displayName, left: j.assigned - j.submitted }))),
                  count: r.behind.length,
                })}{' '}
                <Link to={progressHref(r.roundId)}>{t('dashboard.judging.remind', { round: roundName(t, r, countryName) })}</Link>
              </p>
            ))}
        </>
      )}
    </section>
  );
}
