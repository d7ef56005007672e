import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useAudit, type AuditFilter } from '../api/get-audit';

const SUBJECTS = ['round', 'scorecard', 'assignment', 'round_entry', 'entry', 'consent', 'invitation', 'competition'] as const;
const PAGE = 100;

/** The append-only audit log, newest first: who did what, when, with the state before and after. */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [draft, setDraft] = useState({ subjectType: '', subjectId: '' });
  const [filter, setFilter] = useState<AuditFilter>({ limit: PAGE });
  const query = useAudit(filter);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setFilter({
      limit: PAGE,
      subjectType: draft.subjectType || undefined,
      subjectId: draft.subjectType && draft.subjectId.trim() ? draft.subjectId.trim() : undefined,
    });
  }

  return (
    <div className="stack">
      <form className="panel form-inline" onSubmit={onSubmit} aria-label={t('audit.filter')}>
        <label className="field">
          <span className="field-label">{t('audit.subjectType')}</span>
          <select value={draft.subjectType} onChange={(e) => setDraft({ ...draft, subjectType: e.target.value })}>
            <option value="">{t('audit.everything')}</option>
            {SUBJECTS.map((s) => (
              <option key={s} value={s}>
                {t(`audit.subjects.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('audit.subjectId')}</span>
          <input
            value={draft.subjectId}
            onChange={(e) => setDraft({ ...draft, subjectId: e.target.value })}
            disabled={!draft.subjectType}
            aria-describedby="audit-id-hint"
          />
          <span id="audit-id-hint" className="field-hint">
            {t('audit.subjectIdHint')}
          </span>
        </label>
        <Button type="submit">{t('audit.show')}</Button>
      </form>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && !query.data.length ? <EmptyState>{t('audit.none')}</EmptyState> : null}
      {query.data?.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('audit.caption', { count: query.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.subject')}</th>
                <th scope="col">{t('audit.change')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{formatDateTime(e.at, lng)}</time>
                  </td>
                  <td>{e.actorName ?? t('audit.system')}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    <span className="muted small">{e.subjectType}</span> <code className="break small">{e.subjectId}</code>
                  </td>
                  <td>
                    {e.before || e.after ? (
                      <details>
                        <summary>{t('audit.showChange')}</summary>
                        {e.before ? (
                          <>
                            <p className="small muted">{t('audit.before')}</p>
                            <pre className="message-text">{JSON.stringify(e.before, null, 2)}</pre>
                          </>
                        ) : null}
                        {e.after ? (
                          <>
                            <p className="small muted">{t('audit.after')}</p>
                            <pre className="message-text">{JSON.stringify(e.after, null, 2)}</pre>
                          </>
                        ) : null}
                      </details>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
