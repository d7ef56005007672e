import { Fragment, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { useRanking, type Ranking } from '../api/get-ranking';
import { formatScore } from '../utils/round-label';
import { DataTable } from './data-table';
import { EntryNotes } from './entry-notes';
import { PromotionPanel } from './promotion-panel';
import './rounds.css';

export interface RankingSectionProps {
  round: Schemas['RoundDto'];
  countryName: (code: string) => string;
}

/** The ranking with its method, each entry's deliberation notes, and (a national round) promotion to the final. */
export function RankingSection({ round, countryName }: RankingSectionProps) {
  const { t } = useTranslation();
  const ranking = useRanking(round.id);
  if (ranking.isPending) return <Loading />;
  if (ranking.isError) return <ErrorNotice error={ranking.error} onRetry={() => void ranking.refetch()} />;
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="rk-h">
        <h3 id="rk-h">{t('rounds.ranking.title')}</h3>
        <p className="ranking-method">
          <span className="field-label">{t('rounds.ranking.method')}</span> {t(`rounds.ranking.methods.${ranking.data.method}`)}
        </p>
        {round.status !== 'closed' ? <p className="muted small">{t('rounds.ranking.provisional')}</p> : null}
        <RankingTable round={round} ranking={ranking.data} countryName={countryName} />
      </section>
      {round.kind === 'national' ? <PromotionPanel round={round} ranking={ranking.data} countryName={countryName} /> : null}
    </div>
  );
}

function RankingTable({ round, ranking, countryName }: { round: Schemas['RoundDto']; ranking: Ranking; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const isFinal = round.kind === 'final';
  if (!ranking.entries.length) return <EmptyState>{t('rounds.assignment.noEntries')}</EmptyState>;
  return (
    <DataTable
      caption={t('rounds.ranking.title')}
      className="ranking-table"
      columns={[
        { label: t('rounds.ranking.rank'), num: true },
        { label: t('rounds.assignment.entry') },
        { label: t('rounds.ranking.mean'), num: true },
        { label: t('rounds.ranking.judges'), num: true },
        { label: isFinal ? t('rounds.ranking.country') : t('rounds.ranking.final') },
        { label: t('rounds.notes.title') },
      ]}
    >
      {ranking.entries.map((e) => {
        const notesId = `rk-notes-${e.roundEntryId}`;
        const expanded = open.has(e.roundEntryId);
        return (
          <Fragment key={e.roundEntryId}>
            <tr>
              <td className="num rank-cell">
                {e.tiedWith.length ? <span title={t('rounds.ranking.tied')}>=</span> : null}
                {formatNumber(e.rank, lng)}
              </td>
              <th scope="row">
                <code>{e.code}</code>
                <div className="entry-title">{e.title || t('rounds.untitled')}</div>
                {e.tiedWith.length ? <div className="muted small">{t('rounds.ranking.tiedWith', { codes: e.tiedWith.join(', ') })}</div> : null}
              </th>
              <td className="num">{e.mean === null ? <span className="muted small">{t('rounds.ranking.noScores')}</span> : formatScore(e.mean, lng)}</td>
              <td className="num">{formatNumber(e.judges, lng)}</td>
              <td>
                {isFinal ? (
                  countryName(e.countryCode)
                ) : e.promoted ? (
                  <span className="badge badge-promoted">
                    <span aria-hidden="true">★ </span>
                    {t('rounds.promotion.promoted')}
                  </span>
                ) : (
                  <span className="muted small">—</span>
                )}
              </td>
              <td>
                <button type="button" className="btn btn-link" aria-expanded={expanded} aria-controls={notesId} onClick={() => toggle(e.roundEntryId)}>
                  <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
                  {t('rounds.notes.toggle', { code: e.code })}
                </button>
              </td>
            </tr>
            <tr id={notesId} className="notes-row" hidden={!expanded}>
              <td colSpan={6}>{expanded ? <EntryNotes roundId={round.id} roundEntryId={e.roundEntryId} code={e.code} /> : null}</td>
            </tr>
          </Fragment>
        );
      })}
    </DataTable>
  );
}
