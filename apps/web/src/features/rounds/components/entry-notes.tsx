import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useAddNote } from '../api/add-note';
import { useNotes } from '../api/get-notes';
import './rounds.css';
import { errorMessage } from '../../../lib/error-message';

const MAX_NOTE = 4000;

/** The deliberation notes on one entry (who, when, what), and a note to add: the record of why it ranks where it does. */
export function EntryNotes({ roundId, roundEntryId, code }: { roundId: string; roundEntryId: string; code: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const notes = useNotes(roundId, roundEntryId);
  const add = useAddNote(roundId, roundEntryId);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = `rn-${roundEntryId}`;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) {
      setProblem(t('rounds.notes.empty'));
      document.getElementById(id)?.focus();
      return;
    }
    setProblem(null);
    add.mutate(text.trim(), { onSuccess: () => setText('') });
  }

  const errors = problem ? [problem] : add.isError ? [errorMessage(t, add.error)] : undefined;
  return (
    <div className="entry-notes">
      {notes.isPending ? <Loading /> : null}
      {notes.isError ? <ErrorNotice error={notes.error} onRetry={() => void notes.refetch()} /> : null}
      {notes.data ? (
        notes.data.length ? (
          <ol className="notes-list">
            {notes.data.map((n) => (
              <li key={n.id}>
                <p className="note-meta small">
                  <strong>{n.authorName}</strong> · <span className="muted">{formatDateTime(n.createdAt, lng)}</span>
                </p>
                <p className="prewrap">{n.text}</p>
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState>{t('rounds.notes.none')}</EmptyState>
        )
      ) : null}
      <form className="form note-form" onSubmit={onSubmit} noValidate>
        <FormField id={id} label={t('rounds.notes.add', { code })} hint={t('rounds.notes.hint')} errors={errors}>
          {(p) => <textarea {...p} rows={3} maxLength={MAX_NOTE} value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={add.isPending}>
            {t('rounds.notes.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
