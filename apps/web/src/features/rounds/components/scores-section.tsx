import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { scorecardsExportHref, useJudgeStats, type JudgeStatsItem } from '../api/get-judge-stats';
import { formatScore } from '../utils/round-label';
import { FlagBadge } from './badges';
import { FlagNotes } from './flag-notes';
import { ChartTableToggle } from '../../../components/ui/chart-figure';
import { ScoreHistogram } from './score-histogram';
import { JudgeEffects } from './judge-effects';
import './rounds.css';

/**
 * How each judge scores: their distribution of weighted totals beside the panel's mean, with flags (lenient,
 * severe, flat) and what each flag means; each judge's estimated offset and range, with their intervals (the
 * calibration's figures); the scorecards as CSV for the record.
 */
export function ScoresSection({ round }: { round: Schemas['RoundDto'] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const stats = useJudgeStats(round.id);
  const [tables, setTables] = useState(false);

  return (
    <div className="stack">
      <section className="panel" aria-labelledby="rsc-export-h">
        <h3 id="rsc-export-h">{t('rounds.scores.exportTitle')}</h3>
        <p className="muted small">{t('rounds.scores.exportHint')}</p>
        <a className="btn btn-secondary" href={scorecardsExportHref(round.id)} download>
          <span aria-hidden="true">⬇ </span>
          {t('rounds.scores.export')}
        </a>
      </section>
      {stats.isPending ? <Loading /> : null}
      {stats.isError ? <ErrorNotice error={stats.error} onRetry={() => void stats.refetch()} /> : null}
      {stats.data ? (
        <section className="panel" aria-labelledby="rsc-h">
          <h3 id="rsc-h">{t('rounds.scores.title')}</h3>
          <p>
            {stats.data.panelMean === null
              ? t('rounds.scores.noPanel')
              : t('rounds.scores.panel', { mean: formatScore(stats.data.panelMean, lng), sd: formatScore(stats.data.panelSd, lng) })}
          </p>
          <p className="muted small">{t('rounds.scores.flagsHint')}</p>
          <div className="section-tools">
            <p className="histogram-legend small" aria-hidden="true">
              <span>
                <span className="legend-line legend-mean" /> {t('rounds.scores.legendMean')}
              </span>
              <span>
                <span className="legend-line legend-panel" /> {t('rounds.scores.legendPanel')}
              </span>
            </p>
            <ChartTableToggle pressed={tables} onChange={setTables} label={t('rounds.charts.showTables')} />
          </div>
          {stats.data.judges.length ? (
            <ul className="judge-stats">
              {sortFlaggedFirst(stats.data.judges, lng).map((j) => (
                <li key={j.judgeId} className={j.flags.length ? 'judge-stat judge-stat-flagged' : 'judge-stat'}>
                  <JudgeStatCard judge={j} panelMean={stats.data.panelMean} showTable={tables} />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t('rounds.progress.noJudges')}</EmptyState>
          )}
        </section>
      ) : null}
      {stats.data?.judges.some((j) => j.count > 0) ? (
        <section className="panel" aria-labelledby="rsc-effects-h">
          <h3 id="rsc-effects-h">{t('rounds.effects.title')}</h3>
          <p className="muted small">{t('rounds.effects.hint')}</p>
          <JudgeEffects roundId={round.id} showTable={tables} />
        </section>
      ) : null}
    </div>
  );
}

const sortFlaggedFirst = (judges: JudgeStatsItem[], lng: string) =>
  [...judges].sort((a, b) => b.flags.length - a.flags.length || a.displayName.localeCompare(b.displayName, lng));

function JudgeStatCard({ judge: j, panelMean, showTable }: { judge: JudgeStatsItem; panelMean: number | null; showTable: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const headingId = `rsc-${j.judgeId}-h`;
  return (
    <article aria-labelledby={headingId}>
      <h4 id={headingId}>
        {j.displayName}{' '}
        {j.flags.map((f) => (
          <FlagBadge key={f} flag={f} />
        ))}
      </h4>
      <p className="small stat-line">
        {j.count === 0
          ? t('rounds.scores.noneYet')
          : t('rounds.scores.stats', {
              n: formatNumber(j.count, lng),
              mean: formatScore(j.mean, lng),
              sd: formatScore(j.sd, lng),
              min: formatScore(j.min, lng),
              max: formatScore(j.max, lng),
            })}
      </p>
      {j.count > 0 ? (
        <ScoreHistogram
          id={`rsc-${j.judgeId}`}
          title={t('rounds.scores.histogramTitle', { name: j.displayName })}
          histogram={j.histogram}
          mean={j.mean}
          panelMean={panelMean}
          showTable={showTable}
        />
      ) : null}
      <FlagNotes notes={j.flagNotes} />
    </article>
  );
}
