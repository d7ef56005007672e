import { useTranslation } from '../../../lib/use-translation';
import { formatList, formatNumber } from '../../../lib/format';
import type { EntryResult } from '../api/get-round-results';
import { formatScore2 } from '../utils/format';

export interface RankedRow {
  entry: EntryResult;
  /** the rank within the view (overall, in a category, in a country) */
  rank: number;
  tiedWith: string[];
}

/** The ranking: rank, code and title, country, score to two decimals, raw mean, judges, what decided, ties. */
export function RankingTable({ caption, rows, countryName }: { caption: string; rows: RankedRow[]; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <div className="table-wrap">
      <table className="table results-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('results.table.rank')}
            </th>
            <th scope="col">{t('results.table.entry')}</th>
            <th scope="col">{t('results.table.country')}</th>
            <th scope="col" className="num">
              {t('results.table.score')}
            </th>
            <th scope="col" className="num">
              {t('results.table.rawMean')}
            </th>
            <th scope="col" className="num">
              {t('results.table.judges')}
            </th>
            <th scope="col">{t('results.table.decidedBy')}</th>
            <th scope="col">{t('results.table.tiedWith')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry: e, rank, tiedWith }) => (
            <tr key={e.entryId} className={tiedWith.length ? 'row-tied' : undefined}>
              <td className="num">
                {tiedWith.length ? <span aria-hidden="true">=</span> : null}
                {formatNumber(rank, lng)}
              </td>
              <th scope="row">
                <code>{e.code}</code>
                <div className="entry-title">{e.title || t('results.untitled')}</div>
              </th>
              <td>{countryName(e.countryCode)}</td>
              <td className="num">{e.score === null ? <span className="muted small">{t('results.table.noScores')}</span> : formatScore2(e.score, lng)}</td>
              <td className="num">{formatScore2(e.rawMean, lng)}</td>
              <td className="num">{formatNumber(e.judges, lng)}</td>
              <td>{t(`results.decidedBy.${e.decidedBy}`, { defaultValue: e.decidedBy })}</td>
              <td>{tiedWith.length ? <span className="badge badge-tied">{formatList(tiedWith, lng)}</span> : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
