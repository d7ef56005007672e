import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FieldGroup, FormField } from '../../../components/ui/form-field';
import { Notice } from '../../../components/ui/query-state';
import { datetimeLocalToIso } from '../../../lib/datetime-local';
import { formatDateTime } from '../../../lib/format';
import { useFormProblems } from '../../../lib/use-form-problems';
import type { Entry } from '../api/get-entry';
import { useScreenEntry } from '../api/screen-entry';
import { ChangesFields, type ChangesDraft } from './changes-fields';

type Decision = 'eligible' | 'ineligible' | 'changes_requested';

const fields = {
  decision: { id: 'sc-decision', label: 'decision' },
  reason: { id: 'sc-reason', label: 'reason' },
  message: { id: 'sc-message', label: 'message' },
  dueAt: { id: 'sc-due', label: 'dueAt' },
};

/**
 * A coordinator's screening decision on a submitted entry: eligible, ineligible (with a reason shown to the team), or
 * changes requested (a message and a deadline: the entry goes back to the team as a draft until then).
 */
export function ScreeningPanel({ entry, onSaved }: { entry: Entry; onSaved?: () => void }) {
  const { t, i18n } = useTranslation();
  const screen = useScreenEntry(entry.id);
  const [decision, setDecision] = useState<Decision | ''>(entry.eligibility === 'pending' ? '' : entry.eligibility);
  const [reason, setReason] = useState(entry.eligibilityReason ?? '');
  const [changes, setChanges] = useState<ChangesDraft>({ message: '', dueAt: '' });
  const labelled = {
    decision: { ...fields.decision, label: t('entries.screening.decision') },
    reason: { ...fields.reason, label: t('entries.screening.reason') },
    message: { ...fields.message, label: t('review.changes.message') },
    dueAt: { ...fields.dueAt, label: t('review.changes.dueAt') },
  };
  const { byInput, summary } = useFormProblems(screen.error, labelled);
  if (entry.status !== 'submitted')
    return (
      <section className="panel" aria-labelledby="entry-screening-h">
        <h2 id="entry-screening-h">{t('entries.screening.title')}</h2>
        {entry.changesRequested && entry.changesDueAt ? (
          <>
            <p className="notice notice-info">{t('review.changes.pending', { date: formatDateTime(entry.changesDueAt, i18n.language) })}</p>
            <blockquote className="review-quote">{entry.changesMessage}</blockquote>
          </>
        ) : (
          <p className="muted">{t('entries.screening.notSubmitted')}</p>
        )}
      </section>
    );
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!decision) return;
    // the API keeps a reason for ineligible entries only
    const body =
      decision === 'ineligible'
        ? { decision, reason: reason.trim() }
        : decision === 'changes_requested'
          ? { decision, message: changes.message.trim(), dueAt: datetimeLocalToIso(changes.dueAt) ?? changes.dueAt }
          : { decision };
    screen.mutate(body, { onSuccess: () => onSaved?.() });
  }
  return (
    <section className="panel" aria-labelledby="entry-screening-h">
      <h2 id="entry-screening-h">{t('entries.screening.title')}</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <ProblemSummary summary={summary} />
        {screen.isSuccess ? <Notice tone="success">{t('entries.screening.saved')}</Notice> : null}
        <FieldGroup id={fields.decision.id} legend={t('entries.screening.decision')} errors={byInput[fields.decision.id]}>
          {(['eligible', 'ineligible', 'changes_requested'] as const).map((d) => (
            <label key={d} className="check">
              <input type="radio" name="screening-decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
              <span>{d === 'changes_requested' ? t('review.screening.changes_requested') : t(`entries.screening.${d}`)}</span>
            </label>
          ))}
        </FieldGroup>
        {decision === 'ineligible' ? (
          <FormField id={fields.reason.id} label={t('entries.screening.reason')} hint={t('entries.screening.reasonHint')} errors={byInput[fields.reason.id]}>
            {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} required />}
          </FormField>
        ) : null}
        {decision === 'changes_requested' ? (
          <>
            <p className="muted small">{t('review.changes.explain')}</p>
            <ChangesFields
              idPrefix="sc"
              value={changes}
              onChange={setChanges}
              errors={{ 'sc-message': byInput[fields.message.id], 'sc-due': byInput[fields.dueAt.id] }}
            />
          </>
        ) : null}
        <div>
          <Button type="submit" disabled={!decision} busy={screen.isPending}>
            {decision === 'changes_requested' ? t('review.changes.send') : t('entries.screening.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
