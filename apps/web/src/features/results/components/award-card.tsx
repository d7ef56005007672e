import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { localize } from '../../../lib/localized-text';
import { useDeleteAward } from '../api/delete-award';
import type { Competition } from '../../../api/get-competition';
import type { Award } from '../api/get-awards';
import type { EntryResult } from '../api/get-round-results';
import { ordinal } from '../utils/format';
import { AwardForm, type CriterionOption } from './award-form';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { OverrideDialog } from './override-dialog';
import { errorMessage } from '../../../lib/error-message';
import { undecidedText } from '../utils/undecided-text';

export interface AwardCardProps {
  competition: Competition;
  award: Award;
  criteria: CriterionOption[];
  candidates: EntryResult[];
  countryName: (code: string) => string;
  /** sealed or published: definitions and winners cannot change */
  locked: boolean;
  /** every award of the competition, to name the awards an entry already won */
  awards?: Award[];
}

/** One award: its definition, winners (from the ranking or overridden, with the reason), suggestions and open cuts. */
export function AwardCard({ competition, award, criteria, candidates, countryName, locked, awards = [] }: AwardCardProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [mode, setMode] = useState<'view' | 'edit' | 'delete' | 'override'>('view');
  // the button that opened the form, dialog or question gets the focus back when it closes (keyboard users stay put)
  const uid = useId();
  const buttonId = (m: 'edit' | 'delete' | 'override') => `${uid}-${m}`;
  const opener = useRef<string | null>(null);
  const open = (m: 'edit' | 'delete' | 'override') => {
    opener.current = buttonId(m);
    setMode(m);
  };
  useEffect(() => {
    if (mode !== 'view' || !opener.current) return;
    document.getElementById(opener.current)?.focus();
    opener.current = null;
  }, [mode]);
  const remove = useDeleteAward(competition.id);
  const name = localize(award.name, lng);
  const category = award.categoryId ? localize(competition.categories.find((c) => c.id === award.categoryId)?.name, lng) : null;
  const criterion = award.criterion ? (criteria.find((c) => c.key === award.criterion)?.name ?? award.criterion) : null;
  const codeOf = (entryId: string) => candidates.find((c) => c.entryId === entryId)?.code ?? '';
  const awardName = (id: string) => localize(awards.find((a) => a.id === id)?.name, lng);

  if (mode === 'edit')
    return <div className="panel">{<AwardForm competition={competition} award={award} criteria={criteria} onDone={() => setMode('view')} />}</div>;

  return (
    <article className="panel award-card" aria-labelledby={`award-${award.id}`}>
      <div className="award-head">
        <div>
          <h3 id={`award-${award.id}`}>{name}</h3>
          <p className="muted small">
            {[
              t(`results.awards.kind.${award.kind}`, { defaultValue: award.kind }),
              t('results.awards.placesCount', { count: award.places }),
              category,
              criterion ? t('results.awards.forCriterion', { name: criterion }) : null,
              t('results.awards.positionN', { n: award.position }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {localize(award.description, lng) ? <p className="small">{localize(award.description, lng)}</p> : null}
        </div>
        {!locked ? (
          <div className="row-actions">
            <Button id={buttonId('override')} variant="secondary" onClick={() => open('override')}>
              {t('results.awards.override')}
            </Button>
            <Button id={buttonId('edit')} variant="link" onClick={() => open('edit')} aria-label={t('results.awards.editNamed', { name })}>
              {t('common.edit')}
            </Button>
            <Button id={buttonId('delete')} variant="link" onClick={() => open('delete')} aria-label={t('results.awards.deleteNamed', { name })}>
              {t('results.awards.delete')}
            </Button>
          </div>
        ) : null}
      </div>

      {mode === 'delete' ? (
        <ConfirmPanel
          tone="danger"
          title={t('results.awards.deleteConfirm', { name })}
          confirmLabel={t('results.awards.delete')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(award.id)}
          onCancel={() => setMode('view')}
        >
          {remove.error ? <p className="field-error">{errorMessage(t, remove.error)}</p> : null}
        </ConfirmPanel>
      ) : null}

      <h4>{t('results.awards.winners')}</h4>
      {award.winners.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('results.awards.winnersOf', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.awards.place')}</th>
                <th scope="col">{t('results.table.entry')}</th>
                <th scope="col">{t('results.table.country')}</th>
                <th scope="col">{t('results.awards.source')}</th>
              </tr>
            </thead>
            <tbody>
              {award.winners.map((w) => (
                <tr key={`${w.forCountry ?? ''}-${w.place}-${w.entryId}`}>
                  <td>
                    {w.forCountry
                      ? t('results.awards.placeInCountry', { place: ordinal(t, w.place, lng), country: countryName(w.forCountry) })
                      : ordinal(t, w.place, lng)}
                  </td>
                  <th scope="row">
                    <code>{w.code}</code>
                    <div className="entry-title">{w.title || t('results.untitled')}</div>
                  </th>
                  <td>{countryName(w.countryCode)}</td>
                  <td>
                    {w.source === 'override' ? (
                      <>
                        <span className="badge badge-override">{t('results.awards.sourceOverride')}</span>
                        {w.reason ? <p className="small prewrap">{t('results.awards.reasonWas', { reason: w.reason })}</p> : null}
                      </>
                    ) : (
                      <span className="badge badge-rank">{t('results.awards.sourceRank')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('results.awards.noWinners')}</p>
      )}

      {award.suggested.length ? (
        <p className="small">
          <span className="field-label">{t('results.awards.suggested')}</span>{' '}
          {award.suggested
            .map((s) => `${s.forCountry ? `${countryName(s.forCountry)} ` : ''}${ordinal(t, s.place, lng)}: ${s.code || codeOf(s.entryId)}`)
            .join(' · ')}
        </p>
      ) : null}
      {award.undecided.length ? (
        <ul className="undecided">
          {award.undecided.map((u, i) => (
            <li key={i} className="notice notice-info">
              <span aria-hidden="true">⚠ </span>
              {undecidedText(t, u, { countryName, awardName, category, language: lng })}
            </li>
          ))}
        </ul>
      ) : null}

      {mode === 'override' ? (
        <OverrideDialog competitionId={competition.id} award={award} candidates={candidates} countryName={countryName} onClose={() => setMode('view')} />
      ) : null}
    </article>
  );
}
