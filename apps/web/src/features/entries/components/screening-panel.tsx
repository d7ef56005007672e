import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FieldGroup, FormField } from '../../../components/ui/form-field';
import { Notice } from '../../../components/ui/query-state';
import { useFormProblems } from '../../../lib/use-form-problems';
import type { Entry } from '../api/get-entry';
import { useScreenEntry } from '../api/screen-entry';

const fields = { decision: { id: 'sc-decision', label: 'decision' }, reason: { id: 'sc-reason', label: 'reason' } };

/** A coordinator's eligibility decision on a submitted entry, with a reason shown to the team. */
export function ScreeningPanel({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const screen = useScreenEntry(entry.id);
  const [decision, setDecision] = useState<'eligible' | 'ineligible' | ''>(entry.eligibility === 'pending' ? '' : entry.eligibility);
  const [reason, setReason] = useState(entry.eligibilityReason ?? '');
  const labelled = {
    decision: { ...fields.decision, label: t('entries.screening.decision') },
    reason: { ...fields.reason, label: t('entries.screening.reason') },
  };
  const { byInput, summary } = useFormProblems(screen.error, labelled);
  if (entry.status !== 'submitted')
    return (
      <section className="panel" aria-labelledby="entry-screening-h">
        <h2 id="entry-screening-h">{t('entries.screening.title')}</h2>
        <p className="muted">{t('entries.screening.notSubmitted')}</p>
      </section>
    );
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!decision) return;
    // the API keeps a reason for ineligible entries only
    screen.mutate(decision === 'ineligible' ? { decision, reason: reason.trim() } : { decision });
  }
  return (
    <section className="panel" aria-labelledby="entry-screening-h">
      <h2 id="entry-screening-h">{t('entries.screening.title')}</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <ProblemSummary summary={summary} />
        {screen.isSuccess ? <Notice tone="success">{t('entries.screening.saved')}</Notice> : null}
        <FieldGroup id={fields.decision.id} legend={t('entries.screening.decision')} errors={byInput[fields.decision.id]}>
          {(['eligible', 'ineligible'] as const).map((d) => (
            <label key={d} className="check">
              <input type="radio" name="screening-decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
              <span>{t(`entries.screening.${d}`)}</span>
            </label>
          ))}
        </FieldGroup>
        {decision === 'ineligible' ? (
          <FormField id={fields.reason.id} label={t('entries.screening.reason')} hint={t('entries.screening.reasonHint')} errors={byInput[fields.reason.id]}>
            {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} required />}
          </FormField>
        ) : null}
        <div>
          <Button type="submit" disabled={!decision} busy={screen.isPending}>
            {t('entries.screening.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
