import { useEffect } from 'react';
import { NavLink, useLocation } from 'react-router';
import { paths } from '../../../app/paths';
import { formatNumber } from '../../../lib/format';
import { useTranslation } from '../../../lib/use-translation';
import { useUnreadCount } from '../api/get-unread-count';
import './notification-bell.css';

/**
 * The header's bell: a link to the notification list whose name says how many are unread ("Notifications, 3 unread").
 * The count is asked again on each navigation and when the window gets the focus back, never on a timer.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const count = useUnreadCount();
  const { refetch } = count;
  useEffect(() => {
    void refetch();
  }, [pathname, refetch]);
  const unread = count.data?.unread ?? 0;
  return (
    <NavLink
      to={paths.me.notifications}
      end
      className={unread ? 'notification-bell notification-bell-unread' : 'notification-bell'}
      aria-label={unread ? t('nav.notificationsUnread', { count: unread }) : t('nav.notifications')}
    >
      <svg className="notification-bell-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-1.7 1.7A1 1 0 0 0 4 19.4h16a1 1 0 0 0 .7-1.7L19 16Z"
        />
      </svg>
      {unread ? (
        <span className="notification-bell-count" aria-hidden="true">
          {unread > 99 ? `${formatNumber(99, i18n.language)}+` : formatNumber(unread, i18n.language)}
        </span>
      ) : null}
    </NavLink>
  );
}
