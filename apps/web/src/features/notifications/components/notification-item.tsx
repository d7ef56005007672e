import { Link } from 'react-router';
import { formatDateTime, formatRelativeTime } from '../../../lib/format';
import { useTranslation } from '../../../lib/use-translation';
import type { NotificationItem as Item } from '../api/get-notifications';
import { notificationText } from '../utils/notification-text';

/** Pages the server renders (the showcase) open with a full page load; the rest are the app's own routes. */
const isServerPage = (path: string) => path === '/showcase' || path.startsWith('/showcase/');

/**
 * One notification: what happened as a link to its page (opening it marks it read), what it means, what it is about
 * and when. An unread one is marked with a dot and a "New" label that screen readers read first.
 */
export function NotificationItem({ item, countryName, onOpen }: { item: Item; countryName: (code: string) => string; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const text = notificationText(t, lng, item, countryName);
  const unread = item.readAt === null;
  const open = () => {
    if (unread) onOpen(item.id);
  };
  const title = (
    <>
      {unread ? (
        <>
          <span className="visually-hidden">{t('notifications.list.unreadLabel')}</span>{' '}
        </>
      ) : null}
      {text.title}
    </>
  );
  return (
    <li className={unread ? 'notification notification-unread' : 'notification'}>
      <span className="notification-dot" aria-hidden="true" />
      <div className="notification-body">
        <p className="notification-title">
          {isServerPage(item.path) ? (
            <a href={item.path} onClick={open}>
              {title}
            </a>
          ) : (
            <Link to={item.path} onClick={open}>
              {title}
            </Link>
          )}
          {unread ? (
            <span className="badge notification-new" aria-hidden="true">
              {t('notifications.list.new')}
            </span>
          ) : null}
        </p>
        {text.detail ? <p className="notification-detail">{text.detail}</p> : null}
        <p className="notification-meta muted">
          {text.competition ? <span lang={text.competition.language}>{text.competition.text}</span> : null}
          {text.about ? <span>{text.about}</span> : null}
          <time dateTime={item.createdAt} title={formatDateTime(item.createdAt, lng)}>
            {formatRelativeTime(item.createdAt, lng)}
          </time>
        </p>
      </div>
    </li>
  );
}
