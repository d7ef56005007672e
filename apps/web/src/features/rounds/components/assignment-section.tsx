import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { languageLabel } from '../../../lib/languages';
import { useAddAssignment } from '../api/add-assignment';
import { useAssignments, type AssignedEntry, type AssignedJudge, type Assignments } from '../api/get-assignments';
import { useRemoveAssignment } from '../api/remove-assignment';
import { useRunAssignment, type AssignmentRun } from '../api/run-assignment';
import { ScorecardStatusBadge } from './badges';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { DataTable } from './data-table';
import { RefusalNotice } from './refusal-notice';
import { useCurrentError } from '../../../lib/use-current-error';
import { uncoveredWhy } from '../utils/uncovered';
import './rounds.css';
import { errorMessage } from '../../../lib/error-message';

export interface AssignmentSectionProps {
  round: Schemas['RoundDto'];
  countryName: (code: string) => string;
}

/** Who judges what: the automatic assignment and its result, then every entry with its judges, changed by hand. */
export function AssignmentSection({ round, countryName }: AssignmentSectionProps) {
  const { t } = useTranslation();
  const assignments = useAssignments(round.id);
  return (
    <div className="stack">
      <RunAssignmentPanel round={round} />
      {assignments.isPending ? <Loading /> : null}
      {assignments.isError ? <ErrorNotice error={assignments.error} onRetry={() => void assignments.refetch()} /> : null}
      {assignments.data ? (
        <>
          <EntriesPanel round={round} data={assignments.data} countryName={countryName} />
          <section className="panel" aria-labelledby="ra-loads-h">
            <h3 id="ra-loads-h">{t('rounds.assignment.loadsTitle')}</h3>
            <Loads loads={assignments.data.judges} />
          </section>
        </>
      ) : null}
    </div>
  );
}

function RunAssignmentPanel({ round }: { round: Schemas['RoundDto'] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const run = useRunAssignment(round.id);
  // a refusal goes once the round has changed since (a judge added, entries screened)
  const runError = useCurrentError(run.error, round);
  const [result, setResult] = useState<AssignmentRun | null>(null);
  const [asking, setAsking] = useState(false);
  const closed = round.status === 'closed';
  const go = () =>
    run.mutate(undefined, {
      onSuccess: (r) => {
        setResult(r);
        setAsking(false);
      },
    });

  return (
    <section className="panel" aria-labelledby="ra-run-h">
      <h3 id="ra-run-h">{t('rounds.assignment.runTitle')}</h3>
      <p>{t(round.kind === 'final' ? 'rounds.assignment.explainFinal' : 'rounds.assignment.explain', { n: round.judgesPerEntry })}</p>
      <p className="muted small">
        {t('rounds.assignment.sizes', {
          entries: formatNumber(round.counts.entries, lng),
          judges: formatNumber(round.counts.judges, lng),
          assignments: formatNumber(round.counts.assignments, lng),
        })}
      </p>
      {closed ? (
        <Notice>{t('rounds.assignment.closedNotice')}</Notice>
      ) : asking ? (
        <ConfirmPanel
          title={t('rounds.assignment.rerunTitle')}
          confirmLabel={t('rounds.assignment.rerun')}
          tone="primary"
          busy={run.isPending}
          onConfirm={go}
          onCancel={() => setAsking(false)}
          returnFocusTo="ra-run"
        >
          <p>{t('rounds.assignment.rerunText')}</p>
        </ConfirmPanel>
      ) : (
        <Button id="ra-run" busy={run.isPending} onClick={() => (round.counts.assignments > 0 ? setAsking(true) : go())}>
          {t('rounds.assignment.run')}
        </Button>
      )}
      {runError ? <RefusalNotice title={t('rounds.assignment.runRefused')} error={runError} /> : null}
      {result ? <RunResult result={result} /> : null}
    </section>
  );
}

/** What the last run did, and the entries it could not cover, with the reason for each. */
function RunResult({ result }: { result: AssignmentRun }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [result]);
  const n = (x: number) => formatNumber(x, lng);
  return (
    <div ref={ref} tabIndex={-1} className="run-result">
      <div className="notice notice-success" role="status">
        <p className="notice-title">{t('rounds.assignment.done')}</p>
        <dl className="facts run-facts">
          {[
            [t('rounds.assignment.added'), n(result.added)],
            [t('rounds.assignment.kept'), n(result.kept)],
            [t('rounds.assignment.removed'), n(result.removed)],
            [t('rounds.assignment.total'), n(result.total)],
            [t('rounds.assignment.spread'), t('rounds.assignment.spreadValue', { n: n(result.spread) })],
          ].map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      {result.uncovered.length ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">
            <span aria-hidden="true">⚠ </span>
            {t('rounds.assignment.uncoveredTitle', { n: n(result.uncovered.length) })}
          </p>
          <p>{t('rounds.assignment.uncoveredText')}</p>
          <DataTable
            caption={t('rounds.assignment.uncoveredTitle', { n: n(result.uncovered.length) })}
            columns={[{ label: t('rounds.assignment.entry') }, { label: t('rounds.assignment.judges'), num: true }, { label: t('rounds.assignment.reason') }]}
          >
            {result.uncovered.map((u) => (
              <tr key={u.roundEntryId}>
                <th scope="row">
                  <code>{u.code}</code>
                </th>
                <td className="num">{t('rounds.assignment.coverage', { assigned: n(u.assigned), needed: n(u.needed) })}</td>
                <td>{uncoveredWhy(t, u)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      ) : (
        <Notice>{t('rounds.assignment.allCovered')}</Notice>
      )}
    </div>
  );
}

function EntriesPanel({ round, data, countryName }: { round: Schemas['RoundDto']; data: Assignments; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [onlyShort, setOnlyShort] = useState(false);
  const remove = useRemoveAssignment(round.id);
  // a refusal goes once the assignments have changed since
  const removeError = useCurrentError(remove.error, data);
  const [asking, setAsking] = useState<{ entry: AssignedEntry; judge: AssignedJudge } | null>(null);
  const k = data.judgesPerEntry;
  const short = data.entries.filter((e) => e.judges.length < k);
  const shown = onlyShort ? short : data.entries;
  const closed = round.status === 'closed';
  const removeId = (a: AssignedJudge) => `ra-remove-${a.assignmentId}`;
  const doRemove = (a: AssignedJudge) => remove.mutate(a.assignmentId, { onSuccess: () => setAsking(null) });

  return (
    <section className="panel" aria-labelledby="ra-entries-h">
      <h3 id="ra-entries-h">
        {t('rounds.assignment.entriesTitle')} <span className="muted">({formatNumber(data.entries.length, lng)})</span>
      </h3>
      {short.length ? (
        <p className="warning-text">
          <span aria-hidden="true">⚠ </span>
          {t('rounds.assignment.shortCount', { n: formatNumber(short.length, lng), k: formatNumber(k, lng) })}
        </p>
      ) : null}
      {data.entries.length ? (
        <label className="check">
          <input type="checkbox" checked={onlyShort} onChange={(e) => setOnlyShort(e.target.checked)} />
          <span>{t('rounds.assignment.onlyShort')}</span>
        </label>
      ) : null}
      {asking ? (
        <ConfirmPanel
          title={t('rounds.assignment.removeDraftTitle', { name: asking.judge.displayName, code: asking.entry.code })}
          confirmLabel={t('rounds.assignment.removeConfirm')}
          busy={remove.isPending}
          onConfirm={() => doRemove(asking.judge)}
          onCancel={() => setAsking(null)}
          returnFocusTo={removeId(asking.judge)}
        >
          <p>{t('rounds.assignment.removeDraftText')}</p>
        </ConfirmPanel>
      ) : null}
      {removeError ? <RefusalNotice title={t('rounds.assignment.removeRefused')} error={removeError} /> : null}
      {shown.length === 0 ? (
        <EmptyState>
          {data.entries.length
            ? t('rounds.assignment.noneShort')
            : t(round.kind === 'national' && round.status === 'draft' ? 'rounds.assignment.noEntriesDraft' : 'rounds.assignment.noEntries')}
        </EmptyState>
      ) : (
        <DataTable
          caption={t('rounds.assignment.entriesTitle')}
          className="assignment-table"
          columns={[{ label: t('rounds.assignment.entry') }, { label: t('rounds.assignment.judges') }, !closed && { label: t('rounds.assignment.addJudge') }]}
        >
          {shown.map((e) => (
            <tr key={e.roundEntryId}>
              <th scope="row">
                <code>{e.code}</code>{' '}
                <span className="muted small" title={t('rounds.assignment.roundCodeHint')}>
                  {t('rounds.assignment.roundCode', { code: e.roundCode })}
                </span>
                <div className="entry-title">{e.title || t('rounds.untitled')}</div>
                <div className="muted small">
                  {countryName(e.countryCode)} · {languageLabel(e.videoLanguage, lng)}
                </div>
              </th>
              <td data-label={t('rounds.assignment.judges')}>
                <p className={e.judges.length < k ? 'coverage coverage-short' : 'coverage'}>
                  {e.judges.length < k ? <span aria-hidden="true">⚠ </span> : null}
                  {t('rounds.assignment.coverage', { assigned: formatNumber(e.judges.length, lng), needed: formatNumber(k, lng) })}
                </p>
                {e.judges.length ? (
                  <ul className="assigned-judges">
                    {e.judges.map((a) => (
                      <li key={a.assignmentId}>
                        <span className="assigned-name">{a.displayName}</span>{' '}
                        {a.languageMatch ? (
                          <span className="tag tag-ok">✓ {t('rounds.assignment.languageMatch')}</span>
                        ) : (
                          <span className="tag tag-warn">⚠ {t('rounds.assignment.subtitles')}</span>
                        )}{' '}
                        {a.source === 'manual' ? <span className="tag">{t('rounds.assignment.manual')}</span> : null}{' '}
                        <ScorecardStatusBadge status={a.scorecard} />{' '}
                        {closed || a.scorecard === 'submitted' || a.scorecard === 'locked' ? null : (
                          <Button
                            id={removeId(a)}
                            variant="link"
                            aria-label={t('rounds.assignment.removeNamed', { name: a.displayName, code: e.code })}
                            onClick={() => {
                              remove.reset();
                              if (a.scorecard === 'draft') setAsking({ entry: e, judge: a });
                              else doRemove(a);
                            }}
                          >
                            {t('rounds.assignment.remove')}
                          </Button>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
              {closed ? null : (
                <td data-label={t('rounds.assignment.addJudge')}>
                  <AddJudge roundId={round.id} entry={e} judges={data.judges} />
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** Picks a judge for one entry; a refusal says which rule the pair breaks. */
function AddJudge({ roundId, entry, judges }: { roundId: string; entry: AssignedEntry; judges: Schemas['JudgeLoadDto'][] }) {
  const { t, i18n } = useTranslation();
  const add = useAddAssignment(roundId);
  const [judgeId, setJudgeId] = useState('');
  const selectId = `ra-add-${entry.roundEntryId}`;
  const errorId = `${selectId}-error`;
  const onEntry = new Set(entry.judges.map((j) => j.judgeId));
  const options = judges.filter((j) => !onEntry.has(j.judgeId));
  const refusal = add.error ? errorMessage(t, add.error) : null;
  if (!options.length) return <span className="muted small">{t('rounds.assignment.noOtherJudge')}</span>;
  return (
    <div className="add-judge">
      <label htmlFor={selectId} className="visually-hidden">
        {t('rounds.assignment.chooseJudgeFor', { code: entry.code })}
      </label>
      <select
        id={selectId}
        value={judgeId}
        onChange={(e) => {
          setJudgeId(e.target.value);
          add.reset();
        }}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={refusal ? errorId : undefined}
      >
        <option value="">{t('rounds.assignment.chooseJudge')}</option>
        {options.map((j) => (
          <option key={j.judgeId} value={j.judgeId}>
            {t('rounds.assignment.judgeOption', { name: j.displayName, n: formatNumber(j.assigned, i18n.language) })}
          </option>
        ))}
      </select>
      <Button
        variant="secondary"
        busy={add.isPending}
        disabled={!judgeId}
        aria-label={t('rounds.assignment.addTo', { code: entry.code })}
        onClick={() => add.mutate({ roundEntryId: entry.roundEntryId, judgeId }, { onSuccess: () => setJudgeId('') })}
      >
        {t('rounds.assignment.add')}
      </Button>
      {refusal ? (
        <p id={errorId} className="field-error" role="alert">
          {t('rounds.assignment.addRefused')} {refusal}
        </p>
      ) : null}
    </div>
  );
}

function Loads({ loads }: { loads: Schemas['JudgeLoadDto'][] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  if (!loads.length) return <EmptyState>{t('rounds.panel.noJudges')}</EmptyState>;
  const assigned = loads.map((l) => l.assigned);
  return (
    <>
      <p className="muted small">
        {t('rounds.assignment.loadRange', { min: formatNumber(Math.min(...assigned), lng), max: formatNumber(Math.max(...assigned), lng) })}
      </p>
      <DataTable
        caption={t('rounds.assignment.loadsTitle')}
        columns={[
          { label: t('rounds.panel.judge') },
          { label: t('rounds.progress.assigned'), num: true },
          { label: t('rounds.progress.submitted'), num: true },
        ]}
      >
        {[...loads]
          .sort((a, b) => b.assigned - a.assigned || a.displayName.localeCompare(b.displayName, lng))
          .map((l) => (
            <tr key={l.judgeId}>
              <th scope="row">{l.displayName}</th>
              <td className="num">{formatNumber(l.assigned, lng)}</td>
              <td className="num">{formatNumber(l.submitted, lng)}</td>
            </tr>
          ))}
      </DataTable>
    </>
  );
}
