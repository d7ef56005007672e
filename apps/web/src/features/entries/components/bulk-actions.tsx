import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { FormField } from '../../../components/ui/form-field';
import { ErrorNotice, Notice } from '../../../components/ui/query-state';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { datetimeLocalToIso } from '../../../lib/datetime-local';
import { formatNumber } from '../../../lib/format';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useBulkEntries, useExportSelection, type BulkAction } from '../api/bulk-entries';
import type { ReviewRow } from '../api/get-review-entries';
import { ChangesFields, type ChangesDraft } from './changes-fields';

type Action = BulkAction['action'];

const FIELDS = {
  message: { id: 'bulk-message', label: 'message' },
  dueAt: { id: 'bulk-due', label: 'dueAt' },
  subject: { id: 'bulk-subject', label: 'subject' },
  body: { id: 'bulk-body', label: 'body' },
};

/**
 * The actions on the selected entries: mark eligible, ask for changes, email the teams, export as CSV. Each but the
 * export asks first, saying what will happen to how many entries; all or nothing on the server.
 */
export function BulkActions({ selected, rows, onDone }: { selected: string[]; rows: ReviewRow[]; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const bulk = useBulkEntries();
  const exporting = useExportSelection();
  const [asking, setAsking] = useState<Action | null>(null);
  const [changes, setChanges] = useState<ChangesDraft>({ message: '', dueAt: '' });
  const [mail, setMail] = useState({ subject: '', body: '' });
  const [done, setDone] = useState<{ action: Action; count: number } | null>(null);
  const labelled = {
    message: { ...FIELDS.message, label: t('review.changes.message') },
    dueAt: { ...FIELDS.dueAt, label: t('review.changes.dueAt') },
    subject: { ...FIELDS.subject, label: t('review.bulk.subject') },
    body: { ...FIELDS.body, label: t('review.bulk.body') },
  };
  const { byInput, summary } = useFormProblems(bulk.error, labelled);
  const count = selected.length;
  const n = formatNumber(count, lng);
  const submittedOnly = rows.filter((r) => selected.includes(r.id) && r.status !== 'submitted').map((r) => r.code);

  if (!count && !done) return null;

  function run(action: Action) {
    const body: BulkAction =
      action === 'request_changes'
        ? { entryIds: selected, action, message: changes.message.trim(), dueAt: datetimeLocalToIso(changes.dueAt) ?? changes.dueAt }
        : action === 'message'
          ? { entryIds: selected, action, subject: mail.subject.trim(), body: mail.body.trim() }
          : { entryIds: selected, action };
    bulk.mutate(body, {
      onSuccess: (result) => {
        setDone({ action, count: result.count });
        setAsking(null);
        setChanges({ message: '', dueAt: '' });
        setMail({ subject: '', body: '' });
        onDone();
      },
    });
  }

  const ask = (action: Action) => {
    bulk.reset();
    setDone(null);
    setAsking(action);
  };

  return (
    <section className="panel review-bulk" aria-labelledby="review-bulk-h">
      <h2 id="review-bulk-h" className="review-bulk-title">
        {t('review.bulk.selected', { count, n })}
      </h2>
      {done ? <Notice tone="success">{t(`review.bulk.done.${done.action}`, { count: done.count, n: formatNumber(done.count, lng) })}</Notice> : null}
      {count ? (
        <div className="row-actions">
          <Button id="bulk-do-eligible" variant="secondary" onClick={() => ask('eligible')}>
            {t('review.bulk.eligible')}
          </Button>
          <Button id="bulk-do-request_changes" variant="secondary" onClick={() => ask('request_changes')}>
            {t('review.bulk.requestChanges')}
          </Button>
          <Button id="bulk-do-message" variant="secondary" onClick={() => ask('message')}>
            {t('review.bulk.message')}
          </Button>
          <Button variant="secondary" busy={exporting.isPending} onClick={() => exporting.mutate(selected)}>
            {t('review.bulk.export')}
          </Button>
        </div>
      ) : null}
      {exporting.isError ? <ErrorNotice error={exporting.error} /> : null}
      {asking ? (
        <ConfirmPanel
          title={t(`review.bulk.confirm.${asking}`, { count, n })}
          confirmLabel={t(`review.bulk.confirmLabel.${asking}`, { count, n })}
          tone="primary"
          busy={bulk.isPending}
          onConfirm={() => run(asking)}
          onCancel={() => setAsking(null)}
          returnFocusTo={`bulk-do-${asking}`}
        >
          <p>{t(`review.bulk.explain.${asking}`, { count, n })}</p>
          {asking !== 'message' && submittedOnly.length ? (
            <p className="notice notice-info">{t('review.bulk.notSubmitted', { codes: submittedOnly, count: submittedOnly.length })}</p>
          ) : null}
          <ProblemSummary summary={summary} />
          {bulk.isError && !summary ? <ErrorNotice error={bulk.error} /> : null}
          {asking === 'request_changes' ? (
            <div className="stack">
              <ChangesFields
                idPrefix="bulk"
                value={changes}
                onChange={setChanges}
                errors={{ 'bulk-message': byInput[FIELDS.message.id], 'bulk-due': byInput[FIELDS.dueAt.id] }}
              />
            </div>
          ) : null}
          {asking === 'message' ? (
            <div className="stack">
              <FormField id={FIELDS.subject.id} label={t('review.bulk.subject')} errors={byInput[FIELDS.subject.id]} required>
                {(p) => <input {...p} value={mail.subject} maxLength={200} onChange={(e) => setMail({ ...mail, subject: e.target.value })} required />}
              </FormField>
              <FormField id={FIELDS.body.id} label={t('review.bulk.body')} hint={t('review.bulk.bodyHint')} errors={byInput[FIELDS.body.id]} required>
                {(p) => <textarea {...p} rows={5} value={mail.body} maxLength={5000} onChange={(e) => setMail({ ...mail, body: e.target.value })} required />}
              </FormField>
            </div>
          ) : null}
        </ConfirmPanel>
      ) : null}
    </section>
  );
}
