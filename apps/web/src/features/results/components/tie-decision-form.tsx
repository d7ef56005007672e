import { useId, useMemo, useState, type FormEvent } from 'react';
import { formatList } from '../../../lib/format';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { useDecideTie } from '../api/decide-tie';
import type { EntryResult } from '../api/get-round-results';
import { move } from '../utils/format';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { errorMessage } from '../../../lib/error-message';

/** One group still tied after the chain: the organisers put it in order (best first) and say why. */
export function TieDecisionForm({ roundId, entries, disabled }: { roundId: string; entries: EntryResult[]; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const decide = useDecideTie(roundId);
  const [order, setOrder] = useState(entries);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const [announce, setAnnounce] = useState('');
  const reasonId = `${uid}-reason`;
  const codes = formatList(
    entries.map((e) => e.code),
    i18n.language,
  );
  const fields = useMemo(() => ({ reason: { id: reasonId, label: t('results.ties.reason') } }), [reasonId, t]);
  const problems = useFormProblems(decide.error, fields, { local, message: errorMessage });

  const moveEntry = (i: number, delta: number) => {
    setOrder(move(order, i, delta));
    setAnnounce(t('results.ties.moved', { code: order[i].code, position: i + delta + 1, count: order.length }));
  };

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (reason.trim().length < 5) {
      setLocal({ errors: { [reasonId]: [t('results.ties.reasonRequired')] }, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    decide.mutate({ entryIds: order.map((x) => x.entryId), reason: reason.trim() });
  }

  const reasonError = problems.byInput[reasonId];
  return (
    <form className="subpanel tie-form" onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-h`}>
      <h4 id={`${uid}-h`}>{t('results.ties.decideTitle', { codes })}</h4>
      <ProblemSummary summary={problems.summary} />
      <p className="field-hint">{t('results.ties.orderHint')}</p>
      <ol className="tie-order">
        {order.map((x, i) => (
          <li key={x.entryId}>
            <span>
              <code>{x.code}</code> {x.title || t('results.untitled')}
            </span>
            <span className="row-actions">
              <Button
                variant="secondary"
                disabled={disabled || i === 0}
                onClick={() => moveEntry(i, -1)}
                aria-label={t('results.ties.moveUp', { code: x.code })}
              >
                <span aria-hidden="true">↑</span>
              </Button>
              <Button
                variant="secondary"
                disabled={disabled || i === order.length - 1}
                onClick={() => moveEntry(i, 1)}
                aria-label={t('results.ties.moveDown', { code: x.code })}
              >
                <span aria-hidden="true">↓</span>
              </Button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      <div className={`field${reasonError ? ' field-invalid' : ''}`}>
        <label className="field-label" htmlFor={reasonId}>
          {t('results.ties.reason')} <span className="field-required">({t('common.required')})</span>
        </label>
        <p className="field-hint" id={`${reasonId}-hint`}>
          {t('results.ties.reasonHint')}
        </p>
        {reasonError ? (
          <p className="field-error" id={`${reasonId}-error`}>
            {reasonError.join('; ')}
          </p>
        ) : null}
        <textarea
          id={reasonId}
          rows={2}
          value={reason}
          required
          disabled={disabled}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={[`${reasonId}-hint`, reasonError ? `${reasonId}-error` : null].filter(Boolean).join(' ')}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" busy={decide.isPending} disabled={disabled}>
          {t('results.ties.decide')}
        </Button>
      </div>
    </form>
  );
}
