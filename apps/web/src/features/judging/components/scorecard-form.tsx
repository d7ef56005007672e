import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormField } from '../../../components/ui/form-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import type { JudgeEntry } from '../api/get-judge-entry';
import type { JudgeRound } from '../api/get-judge-rounds';
import { roundPhase } from '../utils/round';
import { criterionName, formatTotal, levelsOf, missingCriteria, scoreProblems } from '../utils/scoring';
import { useScorecardSaver } from '../utils/use-scorecard-saver';
import { ScorecardBadge } from './badges';
import { ConflictPanel } from './conflict-panel';
import { CriterionField, criterionIds } from './criterion-field';
import { OtherScores } from './other-scores';
import { SaveStatus } from './save-status';
import './judging.css';

export interface ScorecardFormProps {
  roundId: string;
  entry: JudgeEntry;
  /** the round, for saying why scores are locked; optional while it loads */
  round?: Pick<JudgeRound, 'status' | 'opensAt' | 'closesAt'>;
  /** where "Next entry" goes, or null when nothing is left to do */
  nextHref: string | null;
  queueHref: string;
  /** autosave delay after the last change */
  autosaveMs?: number;
  /** the server refused a save because the round is not open: reload the entry */
  onLocked?: () => void;
}

const TEXT_MAX = 5000;

/**
 * The judge's scorecard for one entry: a radio group per criterion, comments, autosave with its status, the
 * reconciliation of a stale save, and the submit with its check that every criterion is scored.
 */
export function ScorecardForm({ roundId, entry, round, nextHref, queueHref, autosaveMs, onLocked }: ScorecardFormProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const rubric = entry.rubric;
  const criteria = rubric.criteria;
  const saver = useScorecardSaver({
    roundId,
    roundEntryId: entry.roundEntryId,
    initial: entry.scorecard,
    overallComment: rubric.overallComment,
    delayMs: autosaveMs,
    onLocked,
  });
  const { values, card, status } = saver;
  const editable = card.editable && status.kind !== 'locked';
  const submitted = card.status === 'submitted' || card.status === 'locked';
  const [missing, setMissing] = useState<{ keys: string[]; attempt: number } | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [justSubmitted, setJustSubmitted] = useState(0);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (justSubmitted) doneRef.current?.focus();
  }, [justSubmitted]);

  const stillMissing = (missing?.keys ?? []).filter((k) => values.scores[k] === undefined);
  // the server's problems with the scores, from the submit or from the last autosave, by criterion
  const server = scoreProblems(t, submitError ?? (status.kind === 'error' ? status.error : null), criteria, lng);
  const errorsFor = (key: string) => {
    const list = [...(stillMissing.includes(key) ? [t('judge.score.chooseLevel')] : []), ...(server.byCriterion[key] ?? [])];
    return list.length ? list : undefined;
  };
  const firstLevelId = (key: string) => {
    const c = criteria.find((x) => x.key === key);
    return c ? criterionIds(key).level(levelsOf(c)[0]?.score ?? c.scaleMin) : criterionIds(key).group;
  };
  const scoredCount = criteria.length - missingCriteria(criteria, values.scores).length;

  async function onSubmit() {
    setSubmitError(null);
    const miss = missingCriteria(criteria, values.scores);
    if (miss.length) {
      setMissing({ keys: miss.map((c) => c.key), attempt: (missing?.attempt ?? 0) + 1 });
      document.getElementById(firstLevelId(miss[0].key))?.focus();
      return;
    }
    setMissing(null);
    const result = await saver.submit();
    if (result.ok) setJustSubmitted((n) => n + 1);
    // a stale version or a closed round are shown by the save status (and the conflict panel) instead
    else if (result.error && !(isApiError(result.error) && result.error.status === 409)) setSubmitError(result.error);
  }

  // a change is saved at once when focus leaves its field (or its criterion), not on every arrow key within a group
  function onBlur(e: FocusEvent<HTMLFormElement>) {
    const groupOf = (el: EventTarget | null) => (el instanceof Element ? el.closest('fieldset.criterion, .field') : null);
    if (groupOf(e.target) !== groupOf(e.relatedTarget)) void saver.flush();
  }

  const lockedText =
    status.kind === 'locked' || card.status === 'locked' || (round && roundPhase(round) === 'closed')
      ? t('judge.score.lockedClosed')
      : round && roundPhase(round) === 'not_open'
        ? t('judge.score.lockedNotOpen', { opens: formatDateTime(round.opensAt, lng) })
        : t('judge.score.locked');

  return (
    <>
      <form className="scorecard" aria-labelledby="sc-h" noValidate onSubmit={(e) => e.preventDefault()} onBlur={onBlur}>
        <div className="scorecard-head">
          <h2 id="sc-h">{t('judge.score.title')}</h2>
          <ScorecardBadge status={card.status} />
        </div>
        <SaveStatus status={status} onRetry={saver.retry} />
        <p className="scorecard-summary small">
          {t('judge.score.scoredCount', { done: scoredCount, total: criteria.length })}
          {card.total !== null ? ` · ${t('judge.score.total', { total: formatTotal(card.total, lng) })}` : ''}
        </p>

        {editable ? null : (
          <div className="notice notice-info" role="status">
            <p className="notice-title">{t('judge.score.lockedTitle')}</p>
            <p>{lockedText}</p>
          </div>
        )}

        {status.kind === 'conflict' ? (
          <ConflictPanel
            criteria={criteria}
            mine={values}
            current={status.current}
            overallComment={rubric.overallComment}
            onUseCurrent={saver.takeCurrent}
            onKeepMine={saver.keepMine}
          />
        ) : null}

        {stillMissing.length ? (
          <ErrorSummary
            title={t('judge.score.missingTitle')}
            message={t('judge.score.missingText')}
            items={stillMissing.map((key) => {
              const c = criteria.find((x) => x.key === key)!;
              return { targetId: firstLevelId(key), text: criterionName(c, lng) };
            })}
            focusKey={undefined}
          />
        ) : null}
        {submitError ? (
          <ErrorSummary
            title={t('judge.score.submitFailed')}
            message={errorMessage(t, submitError)}
            items={[
              ...Object.entries(server.byCriterion).map(([key, messages]) => ({ targetId: firstLevelId(key), text: messages.join(' ') })),
              ...server.other.map((text) => ({ text })),
            ]}
            focusKey={submitError}
          />
        ) : null}

        {editable ? (
          <details className="judge-keys">
            <summary>{t('judge.keys.title')}</summary>
            <ul>
              <li>{t('judge.score.levelHint')}</li>
              <li>{t('judge.keys.tab')}</li>
              <li>{t('judge.keys.arrows')}</li>
              <li>{t('judge.keys.digits')}</li>
              <li>{t('judge.keys.autosave')}</li>
            </ul>
          </details>
        ) : null}

        {criteria.map((c) => (
          <CriterionField
            key={c.key}
            criterion={c}
            weight={entry.weights[c.key]}
            value={values.scores[c.key]}
            editable={editable}
            errors={errorsFor(c.key)}
            onChange={(score) => saver.setScore(c.key, score)}
          />
        ))}

        {rubric.overallComment ? (
          <FormField id="sc-overall" label={t('judge.score.overallComment')} hint={t('judge.score.overallCommentHint')}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                maxLength={TEXT_MAX}
                readOnly={!editable}
                value={values.overallComment}
                onChange={(e) => saver.change({ overallComment: e.target.value })}
              />
            )}
          </FormField>
        ) : null}
        <FormField id="sc-feedback" label={t('judge.score.teamFeedback')} hint={t('judge.score.teamFeedbackHint')}>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              maxLength={TEXT_MAX}
              readOnly={!editable}
              value={values.teamFeedback}
              onChange={(e) => saver.change({ teamFeedback: e.target.value })}
            />
          )}
        </FormField>
        <FormField id="sc-private" label={t('judge.score.privateNote')} hint={t('judge.score.privateNoteHint')}>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              maxLength={TEXT_MAX}
              readOnly={!editable}
              value={values.privateNote}
              onChange={(e) => saver.change({ privateNote: e.target.value })}
            />
          )}
        </FormField>

        {editable && !submitted ? (
          <div className="form-actions">
            <Button onClick={() => void onSubmit()} busy={saver.submitting} disabled={status.kind === 'conflict'}>
              {t('judge.score.submit')}
            </Button>
            <p className="field-hint">{t('judge.score.submitHint')}</p>
          </div>
        ) : null}

        {submitted ? (
          <div ref={doneRef} tabIndex={-1} className="notice notice-success judge-done" role="status">
            <p className="notice-title">
              {card.submittedAt ? t('judge.score.submittedAt', { at: formatDateTime(card.submittedAt, lng) }) : t('judge.scorecardStatus.submitted')}
            </p>
            {editable ? <p>{t('judge.score.stillEditable')}</p> : null}
            <p className="form-actions">
              {nextHref ? (
                <Link className="btn btn-primary" to={nextHref}>
                  {t('judge.score.next')}
                </Link>
              ) : (
                <span>{t('judge.score.noneLeft')}</span>
              )}
              <Link className="btn btn-secondary" to={queueHref}>
                {t('judge.score.backToQueue')}
              </Link>
            </p>
          </div>
        ) : null}
      </form>
      {submitted && entry.round.showOtherScores ? (
        <OtherScores roundId={roundId} roundEntryId={entry.roundEntryId} criteria={criteria} mine={{ scores: values.scores, total: card.total }} />
      ) : null}
    </>
  );
}
