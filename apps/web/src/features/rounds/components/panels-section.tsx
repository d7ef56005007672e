import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { languageLabel } from '../../../lib/languages';
import { roundName } from '../utils/round-label';
import { useAddPoolJudge, useJudgePool, type PoolPerson } from '../api/judge-pool';
import { RefusalNotice } from './refusal-notice';
import './round-setup.css';
import { formatList } from '../../../lib/format';

type Round = Schemas['RoundDto'];

/** How many people of the pool each round suggests; the round's panel page searches the whole pool. */
const SUGGESTED = 3;

export interface PanelsSectionProps {
  rounds: Round[];
  countryName: (code: string) => string;
  /** the round's panel page, where the whole pool is searched and new judges are invited */
  panelHref: (roundId: string) => string;
}

/**
 * The panels of the rounds still short of judges, each with people of the judge pool who fit it (its country's for a
 * national round; anyone for the final, where the assignment keeps judges off their own country's entries), to
 * add in one click. People who judged before come first.
 */
export function PanelsSection({ rounds, countryName, panelHref }: PanelsSectionProps) {
  const { t } = useTranslation();
  const open = rounds.filter((r) => r.status !== 'closed');
  const short = open.filter((r) => r.counts.judges < r.judgesPerEntry);
  if (!open.length) return null;
  return (
    <section className="rounds-panels" aria-labelledby="rounds-panels-h">
      <h2 id="rounds-panels-h">{t('roundSetup.panels.title')}</h2>
      <p className="muted">{t('roundSetup.panels.lead')}</p>
      {short.length === 0 ? (
        <Notice tone="success">{t('roundSetup.panels.allSet')}</Notice>
      ) : (
        <div className="panels-rounds">
          {short.map((r) => (
            <RoundSuggestions key={r.id} round={r} countryName={countryName} panelHref={panelHref(r.id)} />
          ))}
        </div>
      )}
    </section>
  );
}

/** People who judged before first (most past rounds first), then as the pool lists them (by name). */
function suggested(people: PoolPerson[]): PoolPerson[] {
  return people
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !p.onPanel)
    .sort((a, b) => Math.min(b.p.pastRounds.length, 1) - Math.min(a.p.pastRounds.length, 1) || a.i - b.i)
    .slice(0, SUGGESTED)
    .map(({ p }) => p);
}

function RoundSuggestions({ round, countryName, panelHref }: { round: Round; countryName: (code: string) => string; panelHref: string }) {
  const { t } = useTranslation();
  const name = roundName(t, round, countryName);
  const headingId = useId();
  const pool = useJudgePool(round.id, round.kind === 'national' && round.countryCode ? { country: round.countryCode } : {});
  const add = useAddPoolJudge(round.id);
  const [added, setAdded] = useState<string | null>(null);
  const people = pool.data ? suggested(pool.data.people) : [];
  return (
    <section className="panel panels-round" aria-labelledby={headingId}>
      <div className="panels-round-head">
        <h3 id={headingId}>{name}</h3>
        <span className="muted small">{t('roundSetup.panels.judges', { count: round.judgesPerEntry, judges: round.counts.judges })}</span>
      </div>
      {added ? <Notice tone="success">{t('roundSetup.panels.added', { name: added, round: name })}</Notice> : null}
      {add.isError ? <RefusalNotice title={t('roundSetup.pool.addRefused')} error={add.error} /> : null}
      {pool.isPending ? <Loading /> : null}
      {pool.isError ? <ErrorNotice error={pool.error} onRetry={() => void pool.refetch()} /> : null}
      {pool.data && people.length === 0 ? (
        <EmptyState>
          {round.kind === 'national' && round.countryCode
            ? t('roundSetup.panels.noneOf', { country: countryName(round.countryCode) })
            : t('roundSetup.panels.none')}
        </EmptyState>
      ) : null}
      {people.length ? (
        <ul className="pool-results" aria-label={t('roundSetup.panels.suggestedFor', { round: name })}>
          {people.map((p) => (
            <Suggestion
              key={p.userId}
              person={p}
              round={name}
              countryName={countryName}
              busy={add.isPending && add.variables === p.userId}
              onAdd={() => {
                setAdded(null);
                add.mutate(p.userId, { onSuccess: () => setAdded(p.displayName) });
              }}
            />
          ))}
        </ul>
      ) : null}
      <p className="small">
        <Link to={panelHref}>{t('roundSetup.panels.more', { round: name })}</Link>
      </p>
    </section>
  );
}

function Suggestion({
  person: p,
  round,
  countryName,
  busy,
  onAdd,
}: {
  person: PoolPerson;
  round: string;
  countryName: (code: string) => string;
  busy: boolean;
  onAdd: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const languages = formatList(
    p.languages.map((l) => languageLabel(l, lng)),
    lng,
  );
  return (
    <li className="pool-person">
      <div className="pool-person-who">
        <div className="pool-person-name">{p.displayName}</div>
        <div className="small">
          {p.countryCode ? countryName(p.countryCode) : t('roundSetup.pool.noCountry')}
          {languages ? ` · ${languages}` : ''}
        </div>
        <div className="muted small">
          {p.pastRounds.length ? t('roundSetup.panels.pastRounds', { count: p.pastRounds.length }) : t('roundSetup.pool.noPastRounds')}
        </div>
      </div>
      <Button variant="secondary" busy={busy} onClick={onAdd} aria-label={t('roundSetup.panels.add', { name: p.displayName, round })}>
        {t('roundSetup.panels.addShort')}
      </Button>
    </li>
  );
}
