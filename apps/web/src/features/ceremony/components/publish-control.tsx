import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { errorMessage } from '../../../lib/error-message';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { usePublishResults } from '../../../api/publish-results';
import type { CeremonyDeck as Deck } from '../api/get-ceremony';
import { translationGapsOf } from '../../../lib/translation-gaps';
import { TranslationGapsConfirm } from '../../../components/ui/translation-gaps';

/**
 * Publishing, in the presenter's window only (never on the audience's screen): a separate action, asked again with
 * what it does, since it cannot be taken back. Rehearsing the deck publishes nothing.
 */
export function PublishControl({ deck }: { deck: Deck }) {
  const { t } = useTranslation();
  const publish = usePublishResults(deck.competitionId);
  const [asking, setAsking] = useState(false);
  const headingId = useId();
  const buttonId = useId();
  const published = deck.publication.state === 'published' || publish.isSuccess;
  // publishing while texts miss a translation is asked again, listing them (issue 17)
  const gaps = translationGapsOf(publish.error);
  return (
    <section className="presenter-panel presenter-publish" aria-labelledby={headingId}>
      <h2 id={headingId} className="presenter-heading">
        {t('ceremony.publication.heading')}
      </h2>
      {published ? (
        <p className="ceremony-published" role="status">
          <span aria-hidden="true">✓ </span>
          {t('ceremony.published')}
        </p>
      ) : gaps ? (
        <TranslationGapsConfirm
          what="results"
          gaps={gaps}
          busy={publish.isPending}
          onConfirm={() => publish.mutate({ confirmGaps: true })}
          onCancel={() => publish.reset()}
          returnFocusTo={buttonId}
        />
      ) : asking ? (
        <ConfirmPanel
          title={t('ceremony.publication.confirmTitle')}
          confirmLabel={t('ceremony.publication.confirm')}
          tone="primary"
          busy={publish.isPending}
          onConfirm={() => publish.mutate(undefined, { onSettled: () => setAsking(false) })}
          onCancel={() => setAsking(false)}
          returnFocusTo={buttonId}
        >
          <p>{t('ceremony.publication.what')}</p>
        </ConfirmPanel>
      ) : (
        <>
          <p className="presenter-muted">{t('ceremony.publication.rehearsal')}</p>
          <button id={buttonId} type="button" className="ceremony-btn ceremony-publish" onClick={() => setAsking(true)}>
            {t('ceremony.publish')}
          </button>
        </>
      )}
      {publish.isError && !gaps ? (
        <p className="ceremony-error" role="alert">
          {errorMessage(t, publish.error)}
        </p>
      ) : null}
    </section>
  );
}
