import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { missingScorecards, useCloseRound } from '../api/close-round';
import { useOpenRound } from '../api/open-round';
import { RoundStatusBadge } from './badges';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { RefusalNotice } from './refusal-notice';
import './rounds.css';

export interface RoundLifecycleProps {
  round: Schemas['RoundDto'];
  /** the setup has changes not saved yet: opening waits for them */
  unsaved: boolean;
}

/** Where the round stands (draft → open → closed) and the one step that moves it on: open it, or close it. */
export function RoundLifecycle({ round, unsaved }: RoundLifecycleProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const open = useOpenRound(round.id);
  const close = useCloseRound(round.id);
  const missing = missingScorecards(close.error);

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
          <Button busy={open.isPending} disabled={unsaved} onClick={() => open.mutate(undefined)}>
            {t('rounds.lifecycle.open')}
          </Button>
          {open.isError ? <RefusalNotice title={t('rounds.lifecycle.openRefused')} error={open.error} /> : null}
        </>
      ) : null}
      {round.status === 'open' ? (
        <>
          <p className="muted small">
            {t('rounds.lifecycle.closeHint', { submitted: formatNumber(round.counts.submitted, lng), assigned: formatNumber(round.counts.assignments, lng) })}
          </p>
          {missing ? (
            <ConfirmPanel
              title={t('rounds.lifecycle.missingTitle', {
                missing: formatNumber(missing.assigned - missing.submitted, lng),
                assigned: formatNumber(missing.assigned, lng),
              })}
              confirmLabel={t('rounds.lifecycle.closeAnyway')}
              busy={close.isPending}
              onConfirm={() => close.mutate(true)}
              onCancel={() => close.reset()}
              returnFocusTo="rl-close"
            >
              <p>{t('rounds.lifecycle.missingText')}</p>
            </ConfirmPanel>
          ) : (
            <Button id="rl-close" variant="danger" busy={close.isPending} onClick={() => close.mutate(false)}>
              {t('rounds.lifecycle.close')}
            </Button>
          )}
          {close.isError && !missing ? <RefusalNotice title={t('rounds.lifecycle.closeRefused')} error={close.error} /> : null}
        </>
      ) : null}
      {round.status === 'closed' ? <Notice>{t('rounds.lifecycle.closedNotice')}</Notice> : null}
    </section>
  );
}
