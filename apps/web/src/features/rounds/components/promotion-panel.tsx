import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FieldGroup } from '../../../components/ui/form-field';
import { EmptyState, Notice } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import type { Ranking, RankedEntry } from '../api/get-ranking';
import { usePromoteEntries } from '../api/promote-entries';
import { useUndoPromotion } from '../api/undo-promotion';
import { inRankOrder, preselectForPromotion, promotionState, tiedAtCut } from '../utils/promotion';
import { formatScore } from '../utils/round-label';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { RefusalNotice } from './refusal-notice';
import { useCurrentError } from '../../../lib/use-current-error';
import './rounds.css';

export interface PromotionPanelProps {
  round: Schemas['RoundDto'];
  ranking: Ranking;
  countryName: (code: string) => string;
}

/**
 * Promotion of a national round's best entries to the regional final, within the country's quota: the entries
 * already promoted (with undo until the final opens), then a choice that starts from the top of the ranking.
 */
export function PromotionPanel({ round, ranking, countryName }: PromotionPanelProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const undo = useUndoPromotion(round.id);
  // held here, not in the form: a promotion changes the ranking, which replaces the form before the answer is handled
  const promote = usePromoteEntries(round.id);
  // a refusal goes once the ranking has changed since (another promotion, an undo, a retry)
  const undoError = useCurrentError(undo.error, ranking);
  const [undone, setUndone] = useState<string | null>(null);
  const [done, setDone] = useState<string[] | null>(null);
  const { promoted, remaining } = promotionState(ranking.entries, ranking.quota);
  const country = round.countryCode ? countryName(round.countryCode) : '';

  return (
    <section className="panel promotion" aria-labelledby="rk-promo-h">
      <h3 id="rk-promo-h">{t('rounds.promotion.title')}</h3>
      {ranking.finalRoundId === null || ranking.quota === null ? (
        <Notice>{t('rounds.promotion.noFinal')}</Notice>
      ) : (
        <>
          <p>{t('rounds.promotion.quota', { country, quota: formatNumber(ranking.quota, lng), used: formatNumber(promoted.length, lng) })}</p>
          <h4>{t('rounds.promotion.promotedTitle')}</h4>
          {done ? <Notice tone="success">{t('rounds.promotion.done', { codes: done.join(', ') })}</Notice> : null}
          {undone ? <Notice tone="success">{t('rounds.promotion.undone', { code: undone })}</Notice> : null}
          {undoError ? <RefusalNotice title={t('rounds.promotion.undoRefused')} error={undoError} /> : null}
          {promoted.length ? (
            <ul className="plain-list promoted-list">
              {promoted.map((e) => (
                <li key={e.roundEntryId}>
                  <span className="badge badge-promoted">
                    <span aria-hidden="true">★ </span>
                    {t('rounds.promotion.promoted')}
                  </span>{' '}
                  <code>{e.code}</code> {e.title || t('rounds.untitled')} <span className="muted small">{t('rounds.ranking.rankN', { rank: e.rank })}</span>{' '}
                  <Button
                    variant="link"
                    busy={undo.isPending && undo.variables === e.roundEntryId}
                    aria-label={t('rounds.promotion.undoNamed', { code: e.code })}
                    onClick={() => {
                      setUndone(null);
                      setDone(null);
                      promote.reset();
                      undo.mutate(e.roundEntryId, { onSuccess: () => setUndone(e.code) });
                    }}
                  >
                    {t('rounds.promotion.undo')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t('rounds.promotion.nonePromoted')}</EmptyState>
          )}
          {round.status !== 'closed' ? (
            <Notice>{t('rounds.promotion.closeFirst')}</Notice>
          ) : remaining === 0 ? (
            <Notice>{t('rounds.promotion.quotaUsed')}</Notice>
          ) : (
            <PromotionForm
              key={promoted.map((e) => e.roundEntryId).join()}
              promote={promote}
              ranking={ranking}
              country={country}
              onPromoted={(codes) => {
                setUndone(null);
                setDone(codes);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

interface PromotionFormProps {
  promote: ReturnType<typeof usePromoteEntries>;
  ranking: Ranking;
  country: string;
  onPromoted: (codes: string[]) => void;
}

function PromotionForm({ promote, ranking, country, onPromoted }: PromotionFormProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { remaining, candidates } = promotionState(ranking.entries, ranking.quota);
  const [chosen, setChosen] = useState(() => new Set(preselectForPromotion(ranking.entries, ranking.quota)));
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<{ text: string; attempt: number } | null>(null);
  const ties = tiedAtCut(ranking.entries, ranking.quota);
  const order = inRankOrder(chosen, ranking.entries);
  const codeOf = (id: string) => ranking.entries.find((e) => e.roundEntryId === id)?.code ?? id;
  useEffect(() => {
    if (problem) document.getElementById('rk-choose')?.focus();
  }, [problem]);

  const toggle = (id: string, on: boolean) => {
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    setProblem(null);
    setAsking(false);
  };

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    promote.reset();
    if (!chosen.size) setProblem({ text: t('rounds.promotion.chooseOne'), attempt: (problem?.attempt ?? 0) + 1 });
    else if (chosen.size > remaining)
      setProblem({ text: t('rounds.promotion.overQuota', { n: formatNumber(remaining, lng) }), attempt: (problem?.attempt ?? 0) + 1 });
    else setAsking(true);
  }

  if (!candidates.length) return <EmptyState>{t('rounds.promotion.noCandidates')}</EmptyState>;
  return (
    <form className="form promotion-form" onSubmit={onSubmit} noValidate>
      <FieldGroup
        id="rk-choose"
        legend={t('rounds.promotion.choose')}
        hint={t('rounds.promotion.chooseHint', { n: formatNumber(remaining, lng) })}
        errors={problem ? [problem.text] : undefined}
      >
        <ul className="plain-list promotion-choices">
          {candidates.map((e) => (
            <li key={e.roundEntryId}>
              <label className="check">
                <input type="checkbox" checked={chosen.has(e.roundEntryId)} onChange={(ev) => toggle(e.roundEntryId, ev.target.checked)} />
                <span>
                  {t('rounds.ranking.rankN', { rank: e.rank })} · <code>{e.code}</code> {e.title || t('rounds.untitled')} ·{' '}
                  {t('rounds.promotion.mean', { mean: formatScore(e.mean, lng) })}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </FieldGroup>
      {ties.length ? (
        <p className="warning-text" role="note">
          <span aria-hidden="true">⚠ </span>
          {t('rounds.promotion.tie', { codes: ties.map((e: RankedEntry) => e.code).join(', ') })}
        </p>
      ) : null}
      <p className="muted small" aria-live="polite">
        {t('rounds.promotion.chosenCount', { chosen: formatNumber(chosen.size, lng), remaining: formatNumber(remaining, lng) })}
      </p>
      {asking ? (
        <ConfirmPanel
          title={t('rounds.promotion.confirmTitle', { country, n: formatNumber(order.length, lng) })}
          confirmLabel={t('rounds.promotion.confirm')}
          tone="primary"
          busy={promote.isPending}
          onConfirm={() =>
            promote.mutate(order, {
              onSuccess: () => {
                setAsking(false);
                onPromoted(order.map(codeOf));
              },
              onError: () => setAsking(false),
            })
          }
          onCancel={() => setAsking(false)}
          returnFocusTo="rk-promote"
        >
          <ol className="confirm-list">
            {order.map((id) => (
              <li key={id}>
                <code>{codeOf(id)}</code>
              </li>
            ))}
          </ol>
          <p className="small">{t('rounds.promotion.confirmText')}</p>
        </ConfirmPanel>
      ) : (
        <div className="form-actions">
          <Button id="rk-promote" type="submit">
            {t('rounds.promotion.submit')}
          </Button>
        </div>
      )}
      {promote.isError ? <RefusalNotice title={t('rounds.promotion.refused')} error={promote.error} /> : null}
    </form>
  );
}
