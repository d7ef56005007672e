import { useId, useState, type FormEvent } from 'react';
import { LOCALES } from '@clapper/domain/locales';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import type { CountryOption } from '../../../components/ui/country-select';
import { FormField } from '../../../components/ui/form-field';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { languageLabel } from '../../../lib/languages';
import { localize } from '../../../lib/localized-text';
import { useMe } from '../../../api/get-me';
import { useAddPoolJudge, useJudgePool, type PoolFilter, type PoolPerson } from '../api/judge-pool';
import { RefusalNotice } from './refusal-notice';
import './round-setup.css';
import { formatList } from '../../../lib/format';

const ids = { q: 'jp-q', country: 'jp-country', language: 'jp-language' };

export interface JudgePoolPickerProps {
  round: Schemas['RoundDto'];
  /** the countries an organiser may filter by */
  countries: CountryOption[];
  countryName: (code: string) => string;
}

/**
 * Judges from the pool: people who have judged or run rounds on the platform, searched by name, country and language,
 * with the rounds they judged. The manager who adds one vouches for them: the judge gets the round at once and is
 * emailed what it asks. A coordinator sees their own country's people only (the API holds them to it).
 */
export function JudgePoolPicker({ round, countries, countryName }: JudgePoolPickerProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const me = useMe();
  const organiser = Boolean(me.data?.roles.some((r) => r.role === 'organiser'));
  const [draft, setDraft] = useState<PoolFilter>({});
  const [filter, setFilter] = useState<PoolFilter>({});
  const pool = useJudgePool(round.id, filter);
  const add = useAddPoolJudge(round.id);
  const [added, setAdded] = useState<string | null>(null);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setFilter({ ...draft, q: draft.q?.trim() });
  }

  return (
    <section className="panel" aria-labelledby="jp-h">
      <h3 id="jp-h">{t('roundSetup.pool.title')}</h3>
      <p className="muted small">{t(organiser ? 'roundSetup.pool.lead' : 'roundSetup.pool.leadCoordinator', { country: round.countryCode ?? '' })}</p>
      <form className="form" role="search" aria-labelledby="jp-h" onSubmit={onSubmit} noValidate>
        <div className="pool-filters">
          <FormField id={ids.q} label={t('roundSetup.pool.name')}>
            {(p) => <input {...p} type="search" autoComplete="off" value={draft.q ?? ''} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />}
          </FormField>
          {organiser ? (
            <FormField id={ids.country} label={t('roundSetup.pool.country')}>
              {(p) => (
                <select {...p} value={draft.country ?? ''} onChange={(e) => setDraft({ ...draft, country: e.target.value })}>
                  <option value="">{t('roundSetup.pool.anyCountry')}</option>
                  {countries.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ) : null}
          <FormField id={ids.language} label={t('roundSetup.pool.language')}>
            {(p) => (
              <select {...p} value={draft.language ?? ''} onChange={(e) => setDraft({ ...draft, language: e.target.value })}>
                <option value="">{t('roundSetup.pool.anyLanguage')}</option>
                {LOCALES.map((code) => (
                  <option key={code} value={code}>
                    {languageLabel(code, lng)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <div className="form-actions">
            <Button type="submit" variant="secondary">
              {t('roundSetup.pool.search')}
            </Button>
          </div>
        </div>
      </form>
      {added ? <Notice tone="success">{t('roundSetup.pool.added', { name: added })}</Notice> : null}
      {add.isError ? <RefusalNotice title={t('roundSetup.pool.addRefused')} error={add.error} /> : null}
      {pool.isPending ? <Loading /> : null}
      {pool.isError ? <ErrorNotice error={pool.error} onRetry={() => void pool.refetch()} /> : null}
      {pool.data ? (
        pool.data.people.length === 0 ? (
          <EmptyState>{t('roundSetup.pool.none')}</EmptyState>
        ) : (
          <>
            <p className="muted small" role="status">
              {t(pool.data.more ? 'roundSetup.pool.countMore' : 'roundSetup.pool.count', { count: pool.data.people.length })}
            </p>
            <ul className="pool-results">
              {pool.data.people.map((person) => (
                <PoolRow
                  key={person.userId}
                  person={person}
                  countryName={countryName}
                  busy={add.isPending && add.variables === person.userId}
                  onAdd={() => {
                    setAdded(null);
                    add.mutate(person.userId, { onSuccess: () => setAdded(person.displayName) });
                  }}
                />
              ))}
            </ul>
          </>
        )
      ) : null}
    </section>
  );
}

function PoolRow({ person: p, countryName, busy, onAdd }: { person: PoolPerson; countryName: (code: string) => string; busy: boolean; onAdd: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const languages = formatList(
    p.languages.map((l) => languageLabel(l, lng)),
    lng,
  );
  // the button's name is its visible words; the person it adds is its description
  const nameId = useId();
  return (
    <li className="pool-person">
      <div className="pool-person-who">
        <div className="pool-person-name" id={nameId}>
          {p.displayName}
        </div>
        <div className="muted small break">{p.email}</div>
        <div className="small">
          {p.countryCode ? countryName(p.countryCode) : t('roundSetup.pool.noCountry')}
          {languages ? ` · ${languages}` : ''}
        </div>
        {p.pastRounds.length ? (
          <ul className="pool-past small">
            {p.pastRounds.map((r) => (
              <li key={r.roundId}>
                {t('roundSetup.pool.pastRound', {
                  round: r.kind === 'national' && r.countryCode ? t('rounds.kind.nationalOf', { country: countryName(r.countryCode) }) : t('rounds.kind.final'),
                  competition: localize(r.competitionName, lng),
                  year: String(r.year),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <div className="muted small">{t('roundSetup.pool.noPastRounds')}</div>
        )}
      </div>
      {p.onPanel ? (
        <span className="badge">{t('roundSetup.pool.onPanel')}</span>
      ) : (
        <Button variant="secondary" busy={busy} onClick={onAdd} aria-describedby={nameId}>
          {t('roundSetup.pool.add')}
        </Button>
      )}
    </li>
  );
}
