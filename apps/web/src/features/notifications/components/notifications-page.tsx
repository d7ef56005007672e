import { useState } from 'react';
import { Link } from 'react-router';
import { useCountryNames } from '../../../api/get-countries';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';
import { useTranslation } from '../../../lib/use-translation';
import { useNotifications } from '../api/get-notifications';
import { useMarkRead } from '../api/mark-read';
import { NotificationItem } from './notification-item';
import './notifications.css';

/**
 * The signed-in person's notifications (/me/notifications), newest first: the same events as their emails, each
 * linking to its page. Unread ones are marked; opening one marks it read, and "Mark all as read" marks them all.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const list = useNotifications();
  const markRead = useMarkRead();
  const { nameOf } = useCountryNames();
  const [announcement, setAnnouncement] = useState('');

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;

  const markAll = () => {
    setAnnouncement('');
    markRead.mutate({ all: true }, { onSuccess: () => setAnnouncement(t('notifications.list.allMarked')) });
  };

  return (
    <Page
      title={t('notifications.list.title')}
      lead={t('notifications.list.lead')}
      actions={
        <Link className="btn btn-secondary" to={paths.me.notificationSettings}>
          {t('notifications.list.settings')}
        </Link>
      }
    >
      <div className="notifications stack">
        <div role="status" aria-live="polite">
          {announcement ? <p className="notice notice-success">{announcement}</p> : null}
        </div>
        {markRead.isError ? (
          <p className="notice notice-error" role="alert">
            {errorMessage(t, markRead.error)}
          </p>
        ) : null}
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          <div className="empty notifications-empty">
            <p>{t('notifications.list.empty')}</p>
            <p>
              <Link to={paths.home}>{t('notifications.list.emptyAction')}</Link>
            </p>
          </div>
        ) : (
          <>
            <div className="notifications-toolbar">
              <p className="muted">{unread ? t('notifications.list.unreadCount', { count: unread }) : t('notifications.list.allRead')}</p>
              <Button variant="secondary" busy={markRead.isPending && 'all' in (markRead.variables ?? {})} disabled={!unread} onClick={markAll}>
                {t('notifications.list.markAll')}
              </Button>
            </div>
            <ul className="notification-list" aria-label={t('notifications.list.title')}>
              {items.map((item) => (
                <NotificationItem key={item.id} item={item} countryName={nameOf} onOpen={(id) => markRead.mutate({ ids: [id] })} />
              ))}
            </ul>
            {list.hasNextPage ? (
              <div>
                <Button variant="secondary" busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {t('notifications.list.more')}
                </Button>
              </div>
            ) : null}
          </>
        )}
      </div>
    </Page>
  );
}
