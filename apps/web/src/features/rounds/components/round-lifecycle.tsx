import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { useCurrentError } from '../../../lib/use-current-error';
import { missingScorecards, useCloseRound } from '../api/close-round';
import { submissionsStillOpen, useOpenRound } from '../api/open-round';
import { RoundStatusBadge } from './badges';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { RefusalNotice } from './refusal-notice';
import './rounds.css';

export interface RoundLifecycleProps {
  round: Schemas['RoundDto'];
  /** the setup has changes not saved yet: opening waits for them */
  unsaved: boolean;
}

/**
 * Where the round stands (draft → open → closed) and the one step that moves it on: open it, or close it. Opening
 * while the competition still takes submissions, or closing with scorecards not submitted, asks first and says what
 * will happen, with the facts the API gave.
 */
export function RoundLifecycle({ round, unsaved }: RoundLifecycleProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const open = useOpenRound(round.id);
  const close = useCloseRound(round.id);
  // a refusal goes once the round it was about has changed (a judge added, an entry screened, a retry)
  const openError = useCurrentError(open.error, round);
  const closeError = useCurrentError(close.error, round);
  const early = submissionsStillOpen(openError);
  const missing = missingScorecards(closeError);

  return (
    <section className="panel lifecycle" aria-labelledby="rl-h">
      <h2 id="rl-h">
        {t('rounds.lifecycle.title')} <RoundStatusBadge status={round.status} />
      </h2>
      <p>{t(`rounds.lifecycle.explain.${round.status}`)}</p>
      {round.status === 'draft' ? (
        <>
          {round.kind === 'national' ? <p className="muted small">{t('rounds.lifecycle.openNational')}</p> : null}
          {unsaved ? <p className="field-hint">{t('rounds.lifecycle.saveFirst')}</p> : null}
          {early ? (
            <ConfirmPanel
              tone="primary"
              title={t('guardrails.openRound.earlyTitle', { closesAt: early.closesAt })}
              confirmLabel={t('guardrails.openRound.openAnyway')}
              busy={open.isPending}
              onConfirm={() => open.mutate(true)}
              onCancel={() => open.reset()}
              returnFocusTo="rl-open"
            >
              <p>
                {round.kind === 'final'
                  ? t('guardrails.openRound.earlyFinal', { entries: early.entries })
                  : t('guardrails.openRound.earlyNational', { entries: early.entries, submitted: early.submitted })}
              </p>
            </ConfirmPanel>
          ) : (
            <Button id="rl-open" busy={open.isPending} disabled={unsaved} onClick={() => open.mutate(false)}>
              {t('rounds.lifecycle.open')}
            </Button>
          )}
          {openError && !early ? <RefusalNotice title={t('rounds.lifecycle.openRefused')} error={openError} /> : null}
        </>
      ) : null}
      {round.status === 'open' ? (
        <>
          <p className="muted small">
            {t('rounds.lifecycle.closeHint', { submitted: formatNumber(round.counts.submitted, lng), assigned: formatNumber(round.counts.assignments, lng) })}
          </p>
          {missing ? (
            <ConfirmPanel
              title={t('guardrails.closeRound.missingTitle', {
                missing: missing.assigned - missing.submitted,
                assigned: missing.assigned,
                count: missing.judges.length,
              })}
              confirmLabel={t('rounds.lifecycle.closeAnyway')}
              busy={close.isPending}
              onConfirm={() => close.mutate(true)}
              onCancel={() => close.reset()}
              returnFocusTo="rl-close"
            >
              {missing.judges.length ? <p>{t('guardrails.closeRound.stillToSubmit', { judges: missing.judges })}</p> : null}
              <p>{t('guardrails.closeRound.whatHappens')}</p>
            </ConfirmPanel>
          ) : (
            <Button id="rl-close" variant="danger" busy={close.isPending} onClick={() => close.mutate(false)}>
              {t('rounds.lifecycle.close')}
            </Button>
          )}
          {closeError && !missing ? <RefusalNotice title={t('rounds.lifecycle.closeRefused')} error={closeError} /> : null}
        </>
      ) : null}
      {round.status === 'closed' ? <Notice>{t('rounds.lifecycle.closedNotice')}</Notice> : null}
    </section>
  );
}
