import { useTranslation } from '../../../lib/use-translation';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import type { Criterion } from '../api/get-judge-entry';
import { useOtherScores } from '../api/get-other-scores';
import { criterionName, formatTotal, type Scores } from '../utils/scoring';

export interface OtherScoresProps {
  roundId: string;
  roundEntryId: string;
  criteria: Criterion[];
  mine: { scores: Scores; total: number | null };
}

/**
 * The other judges' submitted scores (not named) beside the judge's own, once they have submitted. Rounds that
 * keep them hidden are not asked (and a 403 all the same hides the section).
 */
export function OtherScores({ roundId, roundEntryId, criteria, mine }: OtherScoresProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const others = useOtherScores(roundId, roundEntryId, true);
  if (others.error instanceof ApiError && others.error.status === 403) return null;
  return (
    <section className="panel judge-others" aria-labelledby="jo-h">
      <h2 id="jo-h">{t('judge.others.title')}</h2>
      {others.isPending ? <Loading /> : null}
      {others.isError ? <ErrorNotice error={others.error} onRetry={() => void others.refetch()} /> : null}
      {others.data ? (
        others.data.length === 0 ? (
          <p className="muted">{t('judge.others.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('judge.others.judge')}</th>
                  {criteria.map((c) => (
                    <th key={c.key} scope="col" className="num">
                      {criterionName(c, lng)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('judge.queue.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr className="judge-others-mine">
                  <th scope="row">{t('judge.others.you')}</th>
                  {criteria.map((c) => (
                    <td key={c.key} className="num">
                      {mine.scores[c.key] ?? '—'}
                    </td>
                  ))}
                  <td className="num">{formatTotal(mine.total, lng) || '—'}</td>
                </tr>
                {others.data.map((o) => (
                  <tr key={o.label}>
                    <th scope="row">{t('judge.others.label', { letter: o.letter })}</th>
                    {criteria.map((c) => (
                      <td key={c.key} className="num">
                        {o.scores[c.key] ?? '—'}
                      </td>
                    ))}
                    <td className="num">{formatTotal(o.total, lng)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}
