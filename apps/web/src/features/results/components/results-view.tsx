import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatDateTime, formatList, formatNumber, formatPercent } from '../../../lib/format';
import { localize } from '../../../lib/localized-text';
import type { Competition } from '../../../api/get-competition';
import type { ResultsRound } from '../api/get-competition-rounds';
import { useRoundResults, type RoundResults } from '../api/get-round-results';
import { tieGroups } from '../utils/format';
import { OptionsForm } from './options-form';
import { RankingTable, type RankedRow } from './ranking-table';
import { ScoreChart } from './score-chart';
import { TieDecisionForm } from './tie-decision-form';
import { AGGREGATION_TEXT, methodText } from '../utils/method-text';
import { ConfidencePanel } from './confidence-panel';
import { ExtraJudge } from './extra-judge';

type Scope = 'overall' | 'category' | 'country';

export interface ResultsViewProps {
  round: ResultsRound;
  competition: Competition;
  countryName: (code: string) => string;
  /** the results are sealed or published: nothing can change */
  locked: boolean;
}

/** One round's results: how they were computed, the ranking (overall, per category, per country), ties and options. */
export function ResultsView({ round, competition, countryName, locked }: ResultsViewProps) {
  const { t } = useTranslation();
  const results = useRoundResults(round.id);
  if (results.isPending) return <Loading />;
  if (results.isError) return <ErrorNotice error={results.error} onRetry={() => void results.refetch()} />;
  const r = results.data;
  const groups = tieGroups(r.entries);
  const byCode = new Map(r.entries.map((e) => [e.code, e]));
  return (
    <div className="stack">
      <MethodPanel round={round} results={r} />
      <PartsPanel results={r} />
      {locked ? null : <ConfidencePanel roundId={r.roundId} closed={r.status === 'closed'} />}
      <RankingPanel results={r} competition={competition} countryName={countryName} />
      <section className="panel" aria-labelledby="ties-h">
        <h3 id="ties-h">{t('results.ties.title')}</h3>
        {groups.length ? (
          <>
            <p>{t('results.ties.intro', { count: groups.length })}</p>
            {!r.options.tieBreaks.some((b) => b.kind === 'organiser') ? <p className="notice notice-info">{t('results.options.noOrganiserHint')}</p> : null}
            <div className="stack">
              {groups.map((codes) => (
                <TieDecisionForm key={codes.join('|')} roundId={round.id} entries={codes.map((c) => byCode.get(c)!)} disabled={locked} />
              ))}
            </div>
          </>
        ) : (
          <p className="muted">{t('results.ties.none')}</p>
        )}
        <Decisions results={r} />
      </section>
      <section className="panel">
        <OptionsForm key={JSON.stringify(r.options)} round={round} results={r} disabled={locked} />
      </section>
    </div>
  );
}

/**
 * The parts of a calibrated round whose judges share no entry: named, judge by judge, with how many entries each
 * holds, so that the organiser can connect them by assigning a judge across.
 */
function PartsPanel({ results }: { results: RoundResults }) {
  const { t, i18n } = useTranslation();
  const parts = results.method.parts;
  if (parts.length < 2) return null;
  const name = new Map(results.judges.map((j) => [j.id, j.displayName]));
  return (
    <section className="panel" aria-labelledby="parts-h">
      <h3 id="parts-h">{t('results.parts.title')}</h3>
      <p>{t('results.parts.intro')}</p>
      <ol className="parts">
        {parts.map((p, i) => (
          <li key={p.judgeIds.join()}>
            {t('results.parts.part', {
              n: formatNumber(i + 1, i18n.language),
              judges: formatList(
                p.judgeIds.map((id) => name.get(id) ?? ''),
                i18n.language,
              ),
            })}{' '}
            · {t('results.parts.entries', { count: p.entryIds.length })}
          </li>
        ))}
      </ol>
      <ExtraJudge roundId={results.roundId} closed={results.status === 'closed'} request={{ connectParts: true }} label={t('results.extra.connect')} />
    </section>
  );
}

/** The method sentence and the options: always shown with the results they produced. */
function MethodPanel({ round, results }: { round: ResultsRound; results: RoundResults }) {
  const { t, i18n } = useTranslation();
  const criterion = (key: string | undefined) => localize(round.rubric.criteria.find((c) => c.key === key)?.name, i18n.language) || key || '';
  const o = results.options;
  const onOff = (b: boolean) => (b ? t('results.method.on') : t('results.method.off'));
  return (
    <section className="panel" aria-labelledby="method-h">
      <h3 id="method-h">{t('results.method.title')}</h3>
      <p className="results-method">{methodText(t, results.method, i18n.language)}</p>
      {results.status !== 'closed' ? <p className="notice notice-info">{t('results.method.provisional')}</p> : null}
      <dl className="facts">
        <div>
          <dt>{t('results.options.aggregation')}</dt>
          <dd>{t(AGGREGATION_TEXT[o.aggregation].label)}</dd>
        </div>
        <div>
          <dt>{t('results.options.trimmed')}</dt>
          <dd>{onOff(o.trimmed)}</dd>
        </div>
        <div>
          <dt>{t('results.options.chain')}</dt>
          <dd>
            {o.tieBreaks.length ? (
              <ol className="inline-chain">
                {o.tieBreaks.map((b, i) => (
                  <li key={i}>
                    {b.kind === 'criterion' ? t('results.options.kind.criterionNamed', { name: criterion(b.criterion) }) : t(`results.options.kind.${b.kind}`)}
                  </li>
                ))}
              </ol>
            ) : (
              t('results.options.noChain')
            )}
          </dd>
        </div>
        {o.audienceWeight > 0 ? (
          <div>
            <dt>{t('results.method.audience')}</dt>
            <dd>{formatPercent(o.audienceWeight, i18n.language, 1)}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

/** The ranking in one of three views, with the bars of the scores under it. */
function RankingPanel({ results, competition, countryName }: { results: RoundResults; competition: Competition; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const [scope, setScope] = useState<Scope>('overall');
  const [key, setKey] = useState('');
  const categoryName = (id: string) => localize(competition.categories.find((c) => c.id === id)?.name, i18n.language) || id;
  const groups = scope === 'category' ? results.byCategory : scope === 'country' ? results.byCountry : [];
  const groupName = (k: string) => (scope === 'category' ? categoryName(k) : countryName(k));
  const current = groups.find((g) => g.key === key) ?? groups[0];
  const byId = useMemo(() => new Map(results.entries.map((e) => [e.entryId, e])), [results.entries]);
  const rows: RankedRow[] =
    scope === 'overall' || !current
      ? results.entries.map((e) => ({ entry: e, rank: e.rank, tiedWith: e.tiedWith }))
      : current.entries.flatMap((s) => {
          const e = byId.get(s.entryId);
          return e ? [{ entry: e, rank: s.rank, tiedWith: s.tiedWith }] : [];
        });
  const caption = scope === 'overall' || !current ? t('results.scope.overall') : t('results.scope.of', { group: groupName(current.key) });

  return (
    <section className="panel" aria-labelledby="ranking-h">
      <h3 id="ranking-h">{t('results.ranking')}</h3>
      <div className="results-scope">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('results.scope.label')}</legend>
          {(['overall', 'category', 'country'] as Scope[]).map((s) => (
            <label key={s} className={scope === s ? 'is-current' : undefined}>
              <input type="radio" name={`${uid}-scope`} value={s} checked={scope === s} onChange={() => (setScope(s), setKey(''))} />
              {t(`results.scope.${s}`)}
            </label>
          ))}
        </fieldset>
        {scope !== 'overall' && groups.length ? (
          <div className="field field-inline">
            <label className="field-label" htmlFor={`${uid}-group`}>
              {scope === 'category' ? t('results.scope.whichCategory') : t('results.scope.whichCountry')}
            </label>
            <select id={`${uid}-group`} value={current?.key ?? ''} onChange={(e) => setKey(e.target.value)}>
              {groups.map((g) => (
                <option key={g.key} value={g.key}>
                  {groupName(g.key)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {rows.length ? (
        <>
          <RankingTable caption={caption} rows={rows} countryName={countryName} />
          <ScoreChart rows={rows} title={caption} />
        </>
      ) : (
        <EmptyState>{t('results.noEntries')}</EmptyState>
      )}
    </section>
  );
}

function Decisions({ results }: { results: RoundResults }) {
  const { t, i18n } = useTranslation();
  if (!results.decisions.length) return null;
  return (
    <div className="decisions">
      <h4>{t('results.ties.recorded')}</h4>
      <ul className="plain-list">
        {results.decisions.map((d) => (
          <li key={`${d.decidedAt}-${d.codes.join()}`} className="subpanel">
            <p>
              <strong>{d.codes.join(' › ')}</strong>
            </p>
            <p className="prewrap">{d.reason}</p>
            <p className="muted small">{t('results.ties.decidedAt', { when: formatDateTime(d.decidedAt, i18n.language) })}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
