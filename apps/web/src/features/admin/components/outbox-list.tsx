import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useOutbox } from '../api/get-outbox';

const PAGE = 20;

/** The mail the platform wrote (invitations, notices): the organiser reads it here when no SMTP server is set. */
export function OutboxList() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [offset, setOffset] = useState(0);
  const query = useOutbox(PAGE, offset);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const { items, total } = query.data;
  if (!items.length) return <EmptyState>{t('outbox.none')}</EmptyState>;
  return (
    <div className="stack">
      <p className="muted">
        {t('common.showingRange', { from: formatNumber(offset + 1, lng), to: formatNumber(offset + items.length, lng), total: formatNumber(total, lng) })}
      </p>
      <ul className="plain-list messages">
        {items.map((m) => (
          <li key={m.id} className="card message">
            <div className="message-head">
              <h2 className="message-subject">{m.subject}</h2>
              <time className="muted small" dateTime={m.createdAt}>
                {formatDateTime(m.createdAt, lng)}
              </time>
            </div>
            <p className="small">
              <span className="muted">{t('outbox.to')}: </span>
              <span className="break">{m.to}</span>
              {' · '}
              <span className="muted">{m.sentAt ? t('outbox.sentAt', { at: formatDateTime(m.sentAt, lng) }) : t('outbox.notSent')}</span>
            </p>
            <details>
              <summary>{t('outbox.showText')}</summary>
              <pre className="message-text">{m.text}</pre>
            </details>
          </li>
        ))}
      </ul>
      <Pager offset={offset} count={items.length} total={total} page={PAGE} onChange={setOffset} />
    </div>
  );
}

export function Pager({ offset, count, total, page, onChange }: { offset: number; count: number; total: number; page: number; onChange: (o: number) => void }) {
  const { t } = useTranslation();
  if (total <= page) return null;
  return (
    <nav className="pager" aria-label={t('common.pages')}>
      <Button variant="secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - page))}>
        {t('common.previous')}
      </Button>
      <Button variant="secondary" disabled={offset + count >= total} onClick={() => onChange(offset + page)}>
        {t('common.next')}
      </Button>
    </nav>
  );
}
