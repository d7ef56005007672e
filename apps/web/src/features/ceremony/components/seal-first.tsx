import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { errorMessage, problemsOf } from '../../../lib/error-message';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { Button } from '../../../components/ui/button';
import { useSealForCeremony } from '../api/seal-results';

/**
 * Ceremony mode before the results are sealed (the API's `results.ceremony_not_sealed`): what stands in the way of
 * sealing, with the way to the Awards page; or, when nothing does, the offer to seal now, asked again with what
 * sealing does, and then the ceremony.
 */
export function SealFirst({ competitionId, error }: { competitionId: string; error: unknown }) {
  const { t } = useTranslation();
  const seal = useSealForCeremony(competitionId);
  const [asking, setAsking] = useState(false);
  const buttonId = useId();
  const blockers = problemsOf(t, error);
  return (
    <main className="ceremony ceremony-gate-page">
      <div className="ceremony-gate" role="region" aria-labelledby={`${buttonId}-h`}>
        <p className="ceremony-gate-kicker">{t('ceremony.title')}</p>
        <h1 id={`${buttonId}-h`}>{t('ceremony.sealFirst.heading')}</h1>
        <p className="lead">{errorMessage(t, error)}</p>
        {blockers.length ? (
          <>
            <p>{t('ceremony.sealFirst.blocked', { count: blockers.length })}</p>
            <ul data-testid="seal-blockers">
              {blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
            <p>
              <Link className="btn btn-primary" to={paths.admin.awards(competitionId)}>
                {t('ceremony.sealFirst.toAwards')}
              </Link>
            </p>
          </>
        ) : asking ? (
          <ConfirmPanel
            title={t('ceremony.sealFirst.confirmTitle')}
            confirmLabel={t('ceremony.sealFirst.confirm')}
            tone="primary"
            busy={seal.isPending}
            onConfirm={() => seal.mutate(undefined, { onError: () => setAsking(false) })}
            onCancel={() => setAsking(false)}
            returnFocusTo={buttonId}
          >
            <ul>
              <li>{t('ceremony.sealFirst.fixed')}</li>
              <li>{t('ceremony.sealFirst.private')}</li>
              <li>{t('ceremony.sealFirst.rehearse')}</li>
            </ul>
          </ConfirmPanel>
        ) : (
          <>
            <p>{t('ceremony.sealFirst.ready')}</p>
            <div className="form-actions">
              <Button id={buttonId} onClick={() => setAsking(true)}>
                {t('ceremony.sealFirst.offer')}
              </Button>
              <Link className="btn btn-secondary" to={paths.admin.awards(competitionId)}>
                {t('ceremony.backToAwards')}
              </Link>
            </div>
          </>
        )}
        {seal.isError ? (
          <p className="notice notice-error" role="alert">
            {errorMessage(t, seal.error)}
          </p>
        ) : null}
      </div>
    </main>
  );
}
