import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { formatDateTime, formatList, formatNumber } from '../../../lib/format';
import { useProgress, type JudgeProgress, type Progress } from '../api/get-progress';
import { useRemindJudges } from '../api/remind-judges';
import { formatShare } from '../utils/round-label';
import { ChartTableToggle } from '../../../components/ui/chart-figure';
import { DataTable } from './data-table';
import { ProgressChart } from './progress-chart';
import { RefusalNotice } from './refusal-notice';
import './rounds.css';

/** Judging progress: overall, per judge (who is behind, with reminders) and per entry; refreshed while the round is open. */
export function ProgressSection({ round }: { round: Schemas['RoundDto'] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const live = round.status === 'open';
  const progress = useProgress(round.id, live);
  const [tables, setTables] = useState(false);

  if (progress.isPending) return <Loading />;
  if (progress.isError) return <ErrorNotice error={progress.error} onRetry={() => void progress.refetch()} />;
  const p = progress.data;
  // "behind" means behind the time gone in an open window; outside it nobody can catch up, so nobody is marked
  const isBehind = (j: JudgeProgress) => live && j.behind;
  const behind = p.judges.filter(isBehind);
  const judgeRows = [...p.judges]
    .sort((a, b) => Number(isBehind(b)) - Number(isBehind(a)) || share(a) - share(b) || a.displayName.localeCompare(b.displayName, lng))
    .map((j) => ({ id: j.judgeId, label: j.displayName, submitted: j.submitted, assigned: j.assigned, drafts: j.drafts, behind: isBehind(j) }));
  const entryRows = p.entries.map((e) => ({
    id: e.roundEntryId,
    label: e.code,
    detail: e.title || t('rounds.untitled'),
    submitted: e.submitted,
    assigned: e.assigned,
  }));

  return (
    <div className="stack">
      <Overview round={round} progress={p} updatedAt={progress.dataUpdatedAt} refreshing={progress.isFetching} onRefresh={() => void progress.refetch()} />
      <div className="section-tools">
        <ChartTableToggle pressed={tables} onChange={setTables} label={t('rounds.charts.showTables')} />
      </div>
      <section className="panel" aria-labelledby="rg-judges-h">
        <h3 id="rg-judges-h">{t('rounds.progress.judgesTitle')}</h3>
        {p.judges.length ? (
          <>
            <ProgressChart
              id="rg-judges-chart"
              title={t('rounds.progress.judgesChart')}
              rowHeader={t('rounds.panel.judge')}
              rows={judgeRows}
              expected={live ? p.elapsed : undefined}
              showTable={tables}
              summary={
                live ? t('rounds.progress.behindSummary', { behind: formatNumber(behind.length, lng), total: formatNumber(p.judges.length, lng) }) : undefined
              }
            />
            <Reminders round={round} judges={p.judges} />
          </>
        ) : (
          <EmptyState>{t('rounds.progress.noJudges')}</EmptyState>
        )}
      </section>
      <section className="panel" aria-labelledby="rg-entries-h">
        <h3 id="rg-entries-h">{t('rounds.progress.entriesTitle')}</h3>
        {p.entries.length ? (
          <ProgressChart
            id="rg-entries-chart"
            title={t('rounds.progress.entriesChart')}
            rowHeader={t('rounds.assignment.entry')}
            rows={entryRows}
            showTable={tables}
          />
        ) : (
          <EmptyState>{t('rounds.assignment.noEntries')}</EmptyState>
        )}
      </section>
    </div>
  );
}

const share = (j: Pick<JudgeProgress, 'submitted' | 'assigned'>) => (j.assigned ? j.submitted / j.assigned : 1);

function Overview({
  round,
  progress: p,
  updatedAt,
  refreshing,
  onRefresh,
}: {
  round: Schemas['RoundDto'];
  progress: Progress;
  updatedAt: number;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const done = p.assigned ? p.submitted / p.assigned : 0;
  return (
    <section className="panel progress-overview" aria-labelledby="rg-h">
      <h3 id="rg-h">{t('rounds.progress.overviewTitle')}</h3>
      <div className="meters">
        <div className="meter">
          <span id="rg-done-label" className="meter-label">
            {t('rounds.progress.scorecardsSubmitted')}
          </span>
          <progress aria-labelledby="rg-done-label" max={Math.max(1, p.assigned)} value={p.submitted} />
          <span className="meter-text">
            {t('rounds.progress.submittedShare', {
              submitted: formatNumber(p.submitted, lng),
              assigned: formatNumber(p.assigned, lng),
              share: formatShare(done, lng),
            })}
          </span>
        </div>
        <div className="meter">
          <span id="rg-time-label" className="meter-label">
            {t('rounds.progress.windowGone')}
          </span>
          <progress aria-labelledby="rg-time-label" max={1} value={p.elapsed} />
          <span className="meter-text">
            {t('rounds.progress.windowGoneText', { share: formatShare(p.elapsed, lng), closes: formatDateTime(round.closesAt, lng) })}
          </span>
        </div>
      </div>
      <p className="muted small refresh-line">
        {t(round.status === 'open' ? 'rounds.progress.updatedLive' : 'rounds.progress.updated', { at: formatDateTime(new Date(updatedAt), lng) })}{' '}
        <Button variant="link" busy={refreshing} onClick={onRefresh}>
          {t('rounds.progress.refresh')}
        </Button>
      </p>
    </section>
  );
}

/** Reminders by email: everyone behind at once, or one judge; someone reminded in the last 12 hours is skipped. */
function Reminders({ round, judges }: { round: Schemas['RoundDto']; judges: JudgeProgress[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const remind = useRemindJudges(round.id);
  const [outcome, setOutcome] = useState<Schemas['RemindedDto'] | null>(null);
  const behind = judges.filter((j) => j.behind);
  const pending = judges.filter((j) => j.submitted < j.assigned);
  const nameOf = (id: string) => judges.find((j) => j.judgeId === id)?.displayName ?? id;
  const send = (judgeIds?: string[]) => {
    setOutcome(null);
    remind.mutate(judgeIds, { onSuccess: setOutcome });
  };
  if (round.status !== 'open') return <p className="muted small">{t('rounds.progress.remindOnlyOpen')}</p>;
  return (
    <div className="reminders">
      <h4>{t('rounds.progress.remindersTitle')}</h4>
      <div className="form-actions">
        <Button busy={remind.isPending && remind.variables === undefined} disabled={!behind.length} onClick={() => send(undefined)}>
          {t('rounds.progress.remindBehind')}
        </Button>
        {behind.length ? null : <span className="muted small">{t('rounds.progress.nobodyBehind')}</span>}
      </div>
      {outcome ? (
        <Notice tone="success">
          <p>
            {outcome.reminded.length
              ? t('rounds.progress.reminded', { names: formatList(outcome.reminded.map(nameOf), lng) })
              : t('rounds.progress.remindedNone')}
          </p>
          {outcome.skipped.length ? <p>{t('rounds.progress.skipped', { names: formatList(outcome.skipped.map(nameOf), lng) })}</p> : null}
        </Notice>
      ) : null}
      {remind.isError ? <RefusalNotice title={t('rounds.progress.remindRefused')} error={remind.error} /> : null}
      {pending.length ? (
        <DataTable
          caption={t('rounds.progress.remindersTitle')}
          columns={[
            { label: t('rounds.panel.judge') },
            { label: t('rounds.progress.status') },
            { label: t('rounds.progress.lastActivity') },
            { label: t('rounds.progress.lastReminded') },
            { label: t('common.actions') },
          ]}
        >
          {pending.map((j) => (
            <tr key={j.judgeId}>
              <th scope="row">
                {j.displayName}
                <div className="muted small break">{j.email}</div>
              </th>
              <td>
                {j.behind ? (
                  <span className="badge badge-behind">
                    <span aria-hidden="true">⚠ </span>
                    {t('rounds.progress.behind')}
                  </span>
                ) : (
                  t('rounds.progress.state.onTrack')
                )}
                <div className="muted small">
                  {t('rounds.counts.submittedOf', { submitted: formatNumber(j.submitted, lng), assigned: formatNumber(j.assigned, lng) })}
                </div>
              </td>
              <td className="small">{j.lastActivityAt ? formatDateTime(j.lastActivityAt, lng) : t('rounds.progress.never')}</td>
              <td className="small">{j.lastRemindedAt ? formatDateTime(j.lastRemindedAt, lng) : t('rounds.progress.never')}</td>
              <td>
                <Button
                  variant="secondary"
                  busy={remind.isPending && remind.variables?.[0] === j.judgeId}
                  onClick={() => send([j.judgeId])}
                  aria-label={t('rounds.progress.remindNamed', { name: j.displayName })}
                >
                  {t('rounds.progress.remind')}
                </Button>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
