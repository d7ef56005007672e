import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ErrorNotice } from '../../../components/ui/query-state';
import { isApiError } from '../../../lib/api-client';
import type { Entry } from '../api/get-entry';
import { useSubmitEntry } from '../api/submit-entry';
import { useWithdrawEntry } from '../api/withdraw-entry';
import { sectionId, type Problem } from '../utils/checklist';
import { ProblemList } from './problem-list';
import { SubmitReview, type ReviewExtras } from './submit-review';

/** The unmet requirements an `entries.not_ready` refusal lists, each a reason with its facts. */
function problemsOf(error: unknown): Problem[] {
  if (!isApiError(error) || error.reason !== 'entries.not_ready') return [];
  const list = error.params.problems;
  return Array.isArray(list) ? (list as Problem[]).filter((p) => typeof p?.reason === 'string') : [];
}

/**
 * Submit (once the checklist is empty), after a review of everything that will be submitted and a confirmation; or
 * withdraw a submitted entry while the window is open.
 */
export function SubmitPanel({
  entry,
  editable,
  windowOpen,
  categoryName = '',
  review = { video: null, subtitleLanguages: null },
}: {
  entry: Entry;
  editable: boolean;
  windowOpen: boolean;
  categoryName?: string;
  /** the video's facts and the subtitles' languages, for the review before submitting */
  review?: ReviewExtras;
}) {
  const { t } = useTranslation();
  const submit = useSubmitEntry(entry.id);
  const withdraw = useWithdrawEntry(entry.id);
  const explainId = useId();
  const submitId = useId();
  const [reviewing, setReviewing] = useState(false);
  const canAct = entry.viewerRelation !== 'coordinator';
  const refused = problemsOf(submit.error);

  if (entry.status === 'withdrawn')
    return (
      <section className="panel" id={sectionId('submit')} tabIndex={-1} aria-labelledby="entry-submit-h">
        <h2 id="entry-submit-h">{t('entries.submit.title')}</h2>
        <p>{t('entries.submit.withdrawnText')}</p>
      </section>
    );

  if (entry.status === 'submitted')
    return (
      <section className="panel" id={sectionId('submit')} tabIndex={-1} aria-labelledby="entry-submit-h">
        <h2 id="entry-submit-h">{t('entries.submit.title')}</h2>
        <p className="notice notice-success" role="status">
          {t('entries.submit.submittedText')}
        </p>
        {canAct && windowOpen ? (
          <>
            {withdraw.isError ? <ErrorNotice error={withdraw.error} /> : null}
            <p className="muted small">{t('entries.submit.withdrawHint')}</p>
            <Button
              variant="danger"
              busy={withdraw.isPending}
              onClick={() => {
                if (window.confirm(t('entries.submit.confirmWithdraw'))) withdraw.mutate();
              }}
            >
              {t('entries.submit.withdraw')}
            </Button>
          </>
        ) : null}
      </section>
    );

  const blocked = entry.checklist.length > 0;
  return (
    <section className="panel" id={sectionId('submit')} tabIndex={-1} aria-labelledby="entry-submit-h">
      <h2 id="entry-submit-h">{t('entries.submit.title')}</h2>
      {refused.length ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('entries.submit.refused')}</p>
          <ProblemList problems={refused} />
        </div>
      ) : submit.isError ? (
        <ErrorNotice error={submit.error} />
      ) : null}
      <p id={explainId} className={blocked ? 'muted' : undefined}>
        {blocked ? t('entries.submit.blocked', { count: entry.checklist.length }) : t('entries.submit.readyText')}
      </p>
      {editable && reviewing ? (
        <SubmitReview
          entry={entry}
          categoryName={categoryName}
          video={review.video}
          subtitleLanguages={review.subtitleLanguages}
          busy={submit.isPending}
          returnFocusTo={submitId}
          onCancel={() => setReviewing(false)}
          // the review closes either way: on success the entry is submitted, on a refusal the reasons show above
          onConfirm={() => submit.mutate(undefined, { onSettled: () => setReviewing(false) })}
        />
      ) : null}
      {editable && !reviewing ? (
        <Button
          id={submitId}
          className="btn-large"
          disabled={blocked}
          aria-describedby={explainId}
          aria-expanded={false}
          onClick={() => {
            submit.reset();
            setReviewing(true);
          }}
        >
          {t('entries.submit.submit')}
        </Button>
      ) : null}
    </section>
  );
}
