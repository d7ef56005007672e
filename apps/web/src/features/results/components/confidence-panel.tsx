import { useTranslation } from '../../../lib/use-translation';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatList, formatNumber, formatPercent } from '../../../lib/format';
import { localize } from '../../../lib/localized-text';
import { useRankingConfidence, type CutoffConfidence } from '../../../api/get-ranking-confidence';
import { ExtraJudge } from './extra-judge';

/** The line's name: the awards whose places end there, or the promotion quota. */
function cutoffTitle(t: ReturnType<typeof useTranslation>['t'], c: CutoffConfidence, lng: string): string {
  const place = formatNumber(c.position, lng);
  if (c.reason === 'quota') return t('results.confidence.quotaLine', { place });
  return t('results.confidence.awardLine', {
    place,
    awards: formatList(
      c.awards.map((a) => localize(a, lng)),
      lng,
    ),
  });
}

/**
 * How sure the ranking is, before sealing: near each line that matters, the chance that each entry belongs above it
 * (a bar and the figure), and each two neighbours with the chance that the higher one is rightly higher; pairs too
 * close to call are flagged, with one more judge on both a click away. Organisers and coordinators only.
 */
export function ConfidencePanel({ roundId, closed }: { roundId: string; closed: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const q = useRankingConfidence(roundId);
  return (
    <section className="panel" aria-labelledby="confidence-h">
      <h3 id="confidence-h">{t('results.confidence.title')}</h3>
      {q.isPending ? <Loading /> : null}
      {q.isError ? <ErrorNotice error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data ? (
        <>
          <p className="muted small">
            {t('results.confidence.intro', { resamples: formatNumber(q.data.resamples, lng), threshold: formatPercent(q.data.tooCloseBelow, lng) })}
          </p>
          {q.data.cutoffs.length === 0 ? <p>{t('results.confidence.noLines')}</p> : null}
          {q.data.cutoffs.map((c) => {
            const headingId = `confidence-${c.position}-h`;
            return (
              <section key={c.position} className="confidence-cutoff" aria-labelledby={headingId}>
                <h4 id={headingId}>{cutoffTitle(t, c, lng)}</h4>
                <div className="table-wrap">
                  <table className="table confidence-table">
                    <caption className="visually-hidden">{t('results.confidence.tableCaption', { line: cutoffTitle(t, c, lng) })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('results.table.rank')}</th>
                        <th scope="col">{t('results.table.entry')}</th>
                        <th scope="col">{t('results.confidence.above')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.entries.map((e) => (
                        <tr key={e.entryId} className={e.position === c.position ? 'confidence-last-above' : undefined}>
                          <td>{formatNumber(e.position, lng)}</td>
                          <th scope="row">
                            <span className="code">{e.code}</span> <bdi>{e.title}</bdi>
                          </th>
                          <td>
                            <span className="confidence-bar" aria-hidden="true">
                              <span style={{ width: `${Math.round(e.above * 100)}%` }} />
                            </span>{' '}
                            {formatPercent(e.above, lng)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <ul className="confidence-pairs">
                  {c.pairs.map((p) => (
                    <li key={`${p.higherId}-${p.lowerId}`} className={p.tooClose ? 'confidence-pair too-close' : 'confidence-pair'}>
                      <span>{t('results.confidence.pair', { higher: p.higherCode, lower: p.lowerCode, probability: formatPercent(p.probability, lng) })}</span>
                      {p.tooClose ? (
                        <>
                          {' '}
                          <span className="badge badge-warning">{t('results.confidence.tooClose')}</span>
                          <ExtraJudge
                            roundId={roundId}
                            closed={closed}
                            request={{ entryIds: [p.higherId, p.lowerId] }}
                            label={t('results.extra.forPair', { higher: p.higherCode, lower: p.lowerCode })}
                          />
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      ) : null}
    </section>
  );
}
