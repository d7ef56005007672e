import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { localize } from '../../../lib/localized-text';
import type { Award } from '../api/get-awards';
import type { EntryResult } from '../api/get-round-results';
import { useOverrideWinners } from '../api/override-winners';
import { formatScore2, ordinal } from '../utils/format';
import { errorMessage } from '../../../lib/error-message';
import { sortedCountries } from '../../../lib/format';

export interface OverrideDialogProps {
  competitionId: string;
  award: Award;
  /** the final's results, best first: the entries that can win */
  candidates: EntryResult[];
  countryName: (code: string) => string;
  onClose: () => void;
}

/**
 * Replaces an award's winners by hand: an entry of the final for each place (for the best per country, the country
 * first), and the reason, which is required and goes into the audit log. Escape or Cancel closes it.
 */
export function OverrideDialog({ competitionId, award, candidates, countryName, onClose }: OverrideDialogProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const uid = useId();
  const ref = useRef<HTMLDivElement>(null);
  const override = useOverrideWinners(competitionId);
  const perCountry = award.kind === 'country_best';
  const countries = sortedCountries([...new Set(candidates.map((c) => c.countryCode))], lng).map((c) => c.code);
  const [country, setCountry] = useState(perCountry ? (award.winners[0]?.forCountry ?? '') : '');
  const current = (place: number) => award.winners.find((w) => w.place === place && (!perCountry || w.forCountry === country))?.entryId ?? '';
  const [picks, setPicks] = useState<string[]>(() => Array.from({ length: award.places }, (_, i) => current(i + 1)));
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const name = localize(award.name, lng);
  const id = (f: string) => `${uid}-${f}`;
  const pool = candidates.filter((c) => (!perCountry || c.countryCode === country) && (!award.categoryId || c.categoryId === award.categoryId));

  useEffect(() => {
    ref.current?.focus();
  }, []);

  // server field paths → the inputs that show them
  const fields = {
    reason: { id: id('reason'), label: t('results.override.reason') },
    countryCode: { id: id('country'), label: t('results.override.country') },
    winners: { id: id('place-1'), label: t('results.override.placeN', { place: ordinal(t, 1, lng) }) },
  };
  const problems = useFormProblems(override.error, fields, { local, message: errorMessage });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<string, string[]> = {};
    if (perCountry && !country) errors[id('country')] = [t('results.override.countryRequired')];
    const chosen = picks.map((entryId, i) => ({ entryId, place: i + 1 })).filter((w) => w.entryId);
    if (new Set(chosen.map((w) => w.entryId)).size !== chosen.length) errors[id('place-1')] = [t('results.override.duplicate')];
    if (reason.trim().length < 5) errors[id('reason')] = [t('results.override.reasonRequired')];
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    override.mutate(
      { awardId: award.id, body: { winners: chosen, reason: reason.trim(), ...(perCountry ? { countryCode: country } : {}) } },
      { onSuccess: onClose },
    );
  }

  const err = (f: string) => problems.byInput[id(f)];
  return (
    <div
      ref={ref}
      className="override-dialog"
      role="dialog"
      aria-labelledby={id('h')}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <h3 id={id('h')}>{t('results.override.title', { name })}</h3>
        <p className="muted">{t('results.override.intro')}</p>
        <ProblemSummary summary={problems.summary} />
        {perCountry ? (
          <div className={`field${err('country') ? ' field-invalid' : ''}`}>
            <label className="field-label" htmlFor={id('country')}>
              {t('results.override.country')}
            </label>
            {err('country') ? (
              <p className="field-error" id={`${id('country')}-error`}>
                {err('country')!.join('; ')}
              </p>
            ) : null}
            <select
              id={id('country')}
              value={country}
              aria-invalid={err('country') ? true : undefined}
              onChange={(e) => {
                const next = e.target.value;
                setCountry(next);
                setPicks(Array.from({ length: award.places }, (_, i) => award.winners.find((w) => w.place === i + 1 && w.forCountry === next)?.entryId ?? ''));
              }}
            >
              <option value="">{t('results.override.chooseCountry')}</option>
              {countries.map((c) => (
                <option key={c} value={c}>
                  {countryName(c)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {picks.map((value, i) => {
          const fid = id(`place-${i + 1}`);
          const e = i === 0 ? err('place-1') : undefined;
          return (
            <div key={i} className={`field${e ? ' field-invalid' : ''}`}>
              <label className="field-label" htmlFor={fid}>
                {t('results.override.placeN', { place: ordinal(t, i + 1, lng) })}
              </label>
              {e ? (
                <p className="field-error" id={`${fid}-error`}>
                  {e.join('; ')}
                </p>
              ) : null}
              <select
                id={fid}
                value={value}
                disabled={perCountry && !country}
                aria-invalid={e ? true : undefined}
                onChange={(ev) => setPicks(picks.map((p, j) => (j === i ? ev.target.value : p)))}
              >
                <option value="">{t('results.override.noWinner')}</option>
                {pool.map((c) => (
                  <option key={c.entryId} value={c.entryId}>
                    {t('results.override.candidate', {
                      rank: c.rank,
                      code: c.code,
                      title: c.title || t('results.untitled'),
                      score: formatScore2(c.score, lng) || '—',
                    })}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
        <div className={`field${err('reason') ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor={id('reason')}>
            {t('results.override.reason')} <span className="field-required">({t('common.required')})</span>
          </label>
          <p className="field-hint" id={`${id('reason')}-hint`}>
            {t('results.override.reasonHint')}
          </p>
          {err('reason') ? (
            <p className="field-error" id={`${id('reason')}-error`}>
              {err('reason')!.join('; ')}
            </p>
          ) : null}
          <textarea
            id={id('reason')}
            rows={3}
            required
            value={reason}
            aria-invalid={err('reason') ? true : undefined}
            aria-describedby={[`${id('reason')}-hint`, err('reason') ? `${id('reason')}-error` : null].filter(Boolean).join(' ')}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" busy={override.isPending}>
            {t('results.override.save')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('results.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
