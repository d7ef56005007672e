import { useTranslation } from '../../../lib/use-translation';
import type { Entry } from '../api/get-entry';
import { ProblemList } from './problem-list';

/** Screening's checklist: the competition's rules the entry breaks now (the submission window aside), or that it meets them all. */
export function RulesPanel({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="entry-rules-h">
      <h2 id="entry-rules-h">{t('review.rules.title')}</h2>
      {entry.rules.length ? (
        <>
          <p>{t('review.rules.lead', { count: entry.rules.length })}</p>
          <ProblemList problems={entry.rules} links={false} />
        </>
      ) : (
        <p className="notice notice-success">{t('review.rules.ok')}</p>
      )}
    </section>
  );
}
