import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap } from '../../../lib/api-client';

/** How many of the signed-in person's notifications are unread: the bell's count. */
export const getUnreadCount = () => unwrap(api.GET('/api/notifications/unread-count'));

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.notifications.unread(),
    queryFn: getUnreadCount,
    // asked again on each navigation and when the window gets the focus back (the bell), never on a timer
    staleTime: 0,
    refetchOnWindowFocus: true,
  });

/** The bell's count (the shell shows the bell to signed-in people only). */
export const useUnreadCount = () => useQuery(unreadCountQueryOptions());
