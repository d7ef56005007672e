import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { formatNumber } from '../../../lib/format';
import { paths } from '../../../app/paths';
import { useNeighbours } from '../api/get-review-entries';
import { viewFromSearch } from '../utils/review-view';

/**
 * The review queue: previous and next inside the list the reviewer opened the entry from (its filters and sort, kept
 * in the query string), and where this entry stands in it. Outside any list it shows only the way back.
 */
export function ReviewQueueNav({ id, country, search, back }: { id: string; country?: string; search: string; back: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const view = viewFromSearch(new URLSearchParams(search), country);
  const neighbours = useNeighbours(id, view);
  const n = neighbours.data;
  const to = (other: string) => paths.entries.review(country, other, search);
  return (
    <nav className="review-queue" aria-label={t('review.queue.label')}>
      {back}
      {n?.position ? (
        <span className="review-queue-steps">
          {n.previousId ? (
            <Link to={to(n.previousId)} rel="prev">
              {t('review.queue.previous')}
            </Link>
          ) : (
            <span className="muted" aria-disabled="true">
              {t('review.queue.previous')}
            </span>
          )}
          <span aria-live="polite">{t('review.queue.position', { position: formatNumber(n.position, lng), total: formatNumber(n.total, lng) })}</span>
          {n.nextId ? (
            <Link to={to(n.nextId)} rel="next">
              {t('review.queue.next')}
            </Link>
          ) : (
            <span className="muted" aria-disabled="true">
              {t('review.queue.next')}
            </span>
          )}
        </span>
      ) : null}
    </nav>
  );
}
