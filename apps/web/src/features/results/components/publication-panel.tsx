import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { formatDateTime } from '../../../lib/format';
import type { Award, Publication } from '../api/get-awards';
import { usePublishResults } from '../../../api/publish-results';
import { useSealResults } from '../api/seal-results';
import { useUnsealResults } from '../api/unseal-results';
import { blockersOf, blockerText } from '../utils/format';
import { localize } from '../../../lib/localized-text';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { errorMessage } from '../../../lib/error-message';
import { useCurrentError } from '../../../lib/use-current-error';
import { isApiError } from '../../../lib/api-client';
import { translationGapsOf } from '../../../lib/translation-gaps';
import { TranslationGapsConfirm } from '../../../components/ui/translation-gaps';

/** Where the results stand (open, sealed, published), what blocks sealing, and the steps: seal, unseal, publish. */
export function PublicationPanel({ competitionId, publication, awards = [] }: { competitionId: string; publication: Publication; awards?: Award[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const seal = useSealResults(competitionId);
  const unseal = useUnsealResults(competitionId);
  const publish = usePublishResults(competitionId);
  const [confirming, setConfirming] = useState(false);
  const p = publication;
  // a refusal goes once the results it was about have changed (winners assigned, the final closed, a retry)
  const failed = useCurrentError(seal.error ?? unseal.error ?? publish.error, publication);
  const awardName = (id: string) => localize(awards.find((a) => a.id === id)?.name, lng) || undefined;
  const refusedBlockers = blockersOf(failed).map((b) => blockerText(t, b, awardName));
  // a refusal naming awards (publishing with one undecided) names them as the page does, in the reader's language
  const failedText =
    isApiError(failed) && Array.isArray(failed.params.awardIds)
      ? blockerText(t, { reason: failed.reason ?? 'common.conflict', params: failed.params }, awardName)
      : errorMessage(t, failed);
  const reset = () => (seal.reset(), unseal.reset(), publish.reset());
  // publishing while texts miss a translation is asked again, listing them (issue 17)
  const gaps = translationGapsOf(publish.error);

  return (
    <section className="panel publication" aria-labelledby="pub-h">
      <div className="publication-head">
        <h2 id="pub-h">{t('results.publication.title')}</h2>
        <span className={`badge badge-publication-${p.state}`}>{t(`results.publication.state.${p.state}`, { defaultValue: p.state })}</span>
      </div>
      <p>{t(`results.publication.explain.${p.state}`, { defaultValue: '' })}</p>
      <dl className="facts">
        <div>
          <dt>{t('results.publication.ceremonyAt')}</dt>
          <dd>{p.ceremonyAt ? formatDateTime(p.ceremonyAt, lng) : t('results.publication.noCeremony')}</dd>
        </div>
        {p.sealedAt ? (
          <div>
            <dt>{t('results.publication.sealedAt')}</dt>
            <dd>{formatDateTime(p.sealedAt, lng)}</dd>
          </div>
        ) : null}
        {p.publishedAt ? (
          <div>
            <dt>{t('results.publication.publishedAt')}</dt>
            <dd>{formatDateTime(p.publishedAt, lng)}</dd>
          </div>
        ) : null}
      </dl>
      {p.blockers.length ? (
        <div className="notice notice-info blockers">
          <p className="notice-title">{t('results.publication.blockers')}</p>
          <ul>
            {p.blockers.map((b) => (
              <li key={b.reason}>{blockerText(t, b, awardName)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {failed && !gaps ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('results.publication.refused')}</p>
          <p>{failedText}</p>
          {refusedBlockers.length ? (
            <ul>
              {refusedBlockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="inline-actions publication-actions">
        {p.state === 'open' ? (
          <Button busy={seal.isPending} onClick={() => (reset(), seal.mutate(undefined))}>
            {t('results.publication.seal')}
          </Button>
        ) : null}
        {p.state === 'sealed' ? (
          <>
            <Button variant="secondary" busy={unseal.isPending} onClick={() => (reset(), unseal.mutate(undefined))}>
              {t('results.publication.unseal')}
            </Button>
            {!confirming ? <Button onClick={() => (reset(), setConfirming(true))}>{t('results.publication.publish')}</Button> : null}
          </>
        ) : null}
        <Link className="btn btn-secondary" to={paths.ceremony(competitionId)}>
          {t('results.links.ceremony')}
        </Link>
        <a className="btn btn-link" href={`/api/competitions/${encodeURIComponent(competitionId)}/exports/results.csv`} download>
          {t('results.links.csv')}
        </a>
      </div>
      {gaps && p.state === 'sealed' ? (
        <TranslationGapsConfirm
          what="results"
          gaps={gaps}
          busy={publish.isPending}
          onConfirm={() => publish.mutate({ confirmGaps: true }, { onSuccess: () => setConfirming(false) })}
          onCancel={() => (setConfirming(false), publish.reset())}
        />
      ) : confirming && p.state === 'sealed' ? (
        <ConfirmPanel
          tone="primary"
          title={t('results.publication.confirmTitle')}
          confirmLabel={t('results.publication.confirm')}
          busy={publish.isPending}
          onConfirm={() => publish.mutate(undefined, { onSuccess: () => setConfirming(false) })}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('results.publication.confirmText')}</p>
        </ConfirmPanel>
      ) : null}
    </section>
  );
}
