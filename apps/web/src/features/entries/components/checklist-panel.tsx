import { useTranslation } from '../../../lib/use-translation';
import { formatDateTime } from '../../../lib/format';
import type { Entry } from '../api/get-entry';
import { ProblemList } from './problem-list';

/** What still stands between the entry and submission; each item links to the section that fixes it. */
export function ChecklistPanel({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  if (entry.status !== 'draft') return null;
  const items = entry.checklist;
  return (
    <section className="panel panel-checklist" aria-labelledby="entry-checklist-h">
      {entry.changesRequested ? (
        <div className="notice notice-info" role="note" aria-labelledby="entry-changes-h">
          <h2 id="entry-changes-h" className="notice-title">
            {t('entries.changesRequested.title')}
          </h2>
          <p>{t('entries.changesRequested.lead')}</p>
          <blockquote className="changes-message">{entry.changesMessage}</blockquote>
          {entry.changesDueAt ? <p>{t('entries.changesRequested.deadline', { date: formatDateTime(entry.changesDueAt, i18n.language) })}</p> : null}
        </div>
      ) : null}
      <h2 id="entry-checklist-h">{t('entries.checklist.title')}</h2>
      {items.length ? (
        <>
          <p>{t('entries.checklist.lead', { count: items.length })}</p>
          <ProblemList problems={items} />
        </>
      ) : (
        <p className="notice notice-success" role="status">
          {t('entries.checklist.ready')}
        </p>
      )}
    </section>
  );
}
