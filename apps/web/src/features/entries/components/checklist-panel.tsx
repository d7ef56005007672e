import { useTranslation } from '../../../lib/use-translation';
import type { Entry } from '../api/get-entry';
import { ProblemList } from './problem-list';

/** What still stands between the entry and submission; each item links to the section that fixes it. */
export function ChecklistPanel({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  if (entry.status !== 'draft') return null;
  const items = entry.checklist;
  return (
    <section className="panel panel-checklist" aria-labelledby="entry-checklist-h">
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
